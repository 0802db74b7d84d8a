/// Walks the article sentence by sentence and turns frames into
/// statements with resolved sources: subjects and their appositions are
/// read into entities, pronouns resolved against what came before,
/// nested reports folded into the report that contains them, quotations
/// without a verb given to their speaker, hedged sentences to the
/// article's declared source.
struct Attribution {
    let document: Document
    let finder: FrameFinder
    let names: NameIndex
    let declared: DeclaredSource
    private(set) var entities: EntityTable
    private var salient: [[Int]]
    /// For nouns such as "statement" or "report": who last issued one, so
    /// that "the statement said" speaks for them.
    private var documentAuthors: [String: (sentence: Int, entities: [Int])] = [:]
    /// Blocks already known to continue (or not) a quotation after a
    /// `Quote:` marker: asked once per sentence, answered once per block.
    private var carriedFromMarkedQuote: [Int: Bool] = [:]
    private let pronouns: PronounResolver
    private let tokens: [Token]

    init(document: Document, finder: FrameFinder, names: NameIndex, declared: DeclaredSource, entities: EntityTable) {
        self.document = document
        self.finder = finder
        self.names = names
        self.declared = declared
        self.entities = entities
        salient = Array(repeating: [], count: document.sentences.count)
        pronouns = PronounResolver(document: document)
        tokens = document.tokens
    }


    mutating func statements() -> [Statement] {
        var statements: [Statement] = []
        var consumed = Set<Int>()
        var lastSpeaker: (entities: [Int], block: Int)?
        // The headline is read last: its "study suggests" or "council aides
        // say" can then find the study and the aides the article names.
        let order = document.sentences.indices.filter { document.block(ofSentence: $0).kind != .title }
            + document.sentences.indices.filter { document.block(ofSentence: $0).kind == .title }
        for sentenceIndex in order {
            let sentence = document.sentences[sentenceIndex]
            let block = document.article.blocks[sentence.block]
            guard block.kind.isProse, !consumed.contains(sentenceIndex) else { continue }
            var frames = finder.frames(in: sentenceIndex)
            // The sources of the last earlier frame that has any, passed on
            // rather than the frames themselves, which would copy them all.
            var earlierSources: [Int]?
            for index in frames.indices {
                frames[index].entities = resolve(&frames[index], earlierSources: earlierSources)
                if !frames[index].entities.isEmpty { earlierSources = frames[index].entities }
            }
            // A denial whose denier is not named ("her client denies") still
            // makes the statement that relays it a denial.
            let relayedDenials = frames.filter { $0.entities.isEmpty && $0.isDenial }
            frames.removeAll { $0.entities.isEmpty }
            salient[sentenceIndex] = uniqued(frames.flatMap(\.entities))
            if frames.isEmpty { noteSubjectPronoun(in: sentenceIndex) }
            var groups = group(frames)
            for denial in relayedDenials {
                guard let carrier = groups.lastIndex(where: { $0[0].cue.upperBound <= denial.cue.lowerBound }),
                    !groups[carrier].contains(where: \.isDenial)
                else { continue }
                groups[carrier].append(denial)
            }
            if !groups.isEmpty {
                let made = self.statements(for: groups, in: sentenceIndex, consumed: &consumed)
                noteDocuments(in: made)
                statements.append(contentsOf: made)
                lastSpeaker = (groups.last!.first!.entities, sentence.block)
                continue
            }
            if let quotation = quotationStatement(
                in: sentenceIndex, lastSpeaker: lastSpeaker, consumed: &consumed)
            {
                statements.append(quotation)
                salient[sentenceIndex] = quotation.entities
                lastSpeaker = (quotation.entities, sentence.block)
                continue
            }
            if let hedged = hedgeStatement(in: sentenceIndex) {
                statements.append(hedged)
            }
        }
        return statements
    }

    /// Remembers who issued the documents a statement mentions ("said in
    /// a statement", "in a report").
    private mutating func noteDocuments(in statements: [Statement]) {
        for statement in statements where !statement.entities.isEmpty {
            for index in statement.tokens where tokens[index].kind == .word && !document.quotes.isQuoted(index) {
                guard document.lexicon.organizationKind(tokens[index].key) == .document else { continue }
                documentAuthors[document.text(index).lowercased()] = (statement.sentence, statement.entities)
            }
        }
    }

    // MARK: Subjects

    private mutating func resolve(_ frame: inout Frame, earlierSources: [Int]?) -> [Int] {
        switch frame.subject {
        case .phrase(let range, let appositives):
            // "according to his estimate", "her statement said": the owner's.
            if range.count >= 2, tokens[range.lowerBound].kind == .word,
                document.classes[range.lowerBound].contains(.determiner),
                !document.classes[range.lowerBound].isDisjoint(with: .personalPronoun),
                finder.reader.reading((range.lowerBound + 1)..<range.upperBound)?.kind == .document
            {
                let owners = resolvePronoun(range.lowerBound)
                if !owners.isEmpty { return owners }
            }
            var readings = finder.reader.readings(range)
            if readings.isEmpty && frame.kind == .accordingTo {
                readings = [finder.reader.descriptive(range)]
            }
            let inHeadline = document.block(ofSentence: frame.sentence).kind == .title
            // "the statement said": whoever made the statement just reported.
            if readings.count == 1, readings[0].kind == .document, readings[0].surface.lowercased().hasPrefix("the "),
                let noun = readings[0].name.split(separator: " ").last.map(String.init),
                let earlier = documentAuthors[noun.lowercased()], frame.sentence - earlier.sentence <= 4
            {
                return earlier.entities
            }
            // "her rep" and "Marisol Vance's rep": one person, whoever's rep.
            if readings.count == 1, readings[0].reference == .role, let owned = ownedRole(range) {
                let mention = document.textRange(range)
                if let known = entities.ownedRole(owned.owner, owned.role) {
                    entities.note(mention: mention, of: known)
                    entities.addAlias(readings[0].surface, to: known)
                    // "Marisol Vance's rep" names the person better than "her rep".
                    if document.classes[range.lowerBound].isDisjoint(with: .personalPronoun) {
                        entities.rename(known, to: readings[0].name)
                    }
                    entities.markSubject(known)
                    return [known]
                }
                if let entity = entities.resolve(readings[0], at: mention, lookAhead: inHeadline) {
                    entities.registerOwnedRole(owned.owner, owned.role, entity)
                    entities.markSubject(entity)
                    return [entity]
                }
            }
            var resolved: [Int] = []
            for reading in readings {
                if let entity = entities.resolve(reading, at: document.textRange(reading.range), lookAhead: inHeadline) {
                    resolved.append(entity)
                    entities.markSubject(entity)
                }
            }
            if resolved.count == 1 {
                for appositive in appositives { attach(appositive, to: resolved[0]) }
            }
            return resolved
        case .pronoun(let index):
            return resolvePronoun(index)
        case .sharedSubject:
            if let earlierSources { return earlierSources }
            let sentence = document.sentences[frame.sentence]
            guard let subject = clauseSubject(in: sentence.tokens.lowerBound..<frame.cue.lowerBound) else { return [] }
            if case .pronoun(let index) = subject { return resolvePronoun(index) }
            frame.subject = subject
            return resolve(&frame, earlierSources: earlierSources)
        case .none:
            return []
        }
    }

    /// Whose role a phrase names, and which role: "her rep" (the woman
    /// "her" is), "Marisol Vance's representative" (the named possessor).
    private mutating func ownedRole(_ range: Range<Int>) -> (owner: Int, role: WordKey)? {
        // "a representative for Lindell"
        if let joint = range.first(where: { tokens[$0].kind == .word && tokens[$0].key == Document.keyFor }),
            joint > range.lowerBound, joint + 1 < range.upperBound,
            !document.classes[joint - 1].isDisjoint(with: [.role, .title]),
            let reading = finder.reader.reading((joint + 1)..<range.upperBound), reading.reference == .name,
            reading.kind == .person || reading.kind == .unknown,
            let owner = entities.resolve(reading, at: document.textRange((joint + 1)..<range.upperBound))
        {
            return (owner, Attribution.roleSynonyms[tokens[joint - 1].key] ?? tokens[joint - 1].key)
        }
        guard let last = range.last, tokens[last].kind == .word,
            !document.classes[last].isDisjoint(with: [.role, .title])
        else { return nil }
        let role = Attribution.roleSynonyms[tokens[last].key] ?? tokens[last].key
        let first = range.lowerBound
        if tokens[first].kind == .word, document.classes[first].contains(.determiner),
            !document.classes[first].isDisjoint(with: .personalPronoun), range.count == 2
        {
            guard let owner = pronouns.resolve(pronoun: first, salient: salient, names: names, entities: &entities, namedOnly: true).first
            else { return nil }
            return (owner, role)
        }
        guard let mark = range.first(where: { tokens[$0].kind == .possessive }), mark == last - 1,
            mark > first, let reading = finder.reader.reading(first..<mark), reading.reference == .name,
            let owner = entities.resolve(reading, at: document.textRange(first..<mark))
        else { return nil }
        return (owner, role)
    }

    /// Words for one role: a "rep" is a "representative".
    private static let roleSynonyms: [WordKey: WordKey] = [
        WordKey("rep"): WordKey("representative"), WordKey("reps"): WordKey("representative"),
        WordKey("spokesman"): WordKey("spokesperson"), WordKey("spokeswoman"): WordKey("spokesperson"),
        WordKey("attorney"): WordKey("lawyer"),
    ]

    private mutating func resolvePronoun(_ index: Int) -> [Int] {
        let resolved = sentenceSubjectGroup(for: index)
            ?? pronouns.resolve(pronoun: index, salient: salient, names: names, entities: &entities)
        let range = TextRange(tokens[index].start, tokens[index].end)
        for entity in resolved { entities.note(mention: range, of: entity) }
        return resolved
    }

    /// A description in apposition to a source's name becomes one of its
    /// aliases, and tells its kind ("The group that owns most of her
    /// music, Big Machine" is an organisation).
    private mutating func attach(_ appositive: Range<Int>, to entity: Int) {
        let text = document.text(appositive)
        entities.addAlias(text, to: entity)
        // "…, a Treasury minister has said." then "Gareth Pryce, the
        // exchequer secretary to the Treasury, told …": the unnamed official
        // just quoted is the one now named.
        let capitalised = appositive.filter { tokens[$0].kind == .word && document.isProper($0) }.map { tokens[$0].key }
        if entities[entity].kind == .person || entities[entity].kind == .unknown, !capitalised.isEmpty {
            entities.absorbUnnamedRole(sharing: capitalised, into: entity, before: tokens[appositive.lowerBound].start)
        }
        guard let reading = finder.reader.reading(appositive) else {
            if let kind = descriptorKind(appositive), entities[entity].kind != .government {
                entities.setKind(kind, of: entity)
            }
            return
        }
        switch reading.reference {
        case .role:
            if let gender = reading.gender { entities.setGender(gender, of: entity) }
            if entities[entity].kind == .unknown { entities.setKind(.person, of: entity) }
        case .backReference:
            if entities[entity].kind == .unknown || entities[entity].kind == .person && entities[entity].nameTokenCount > 0
                && reading.kind != .document
            {
                entities.setKind(reading.kind, of: entity)
            }
        default:
            break
        }
    }

    /// The kind named by the first nouns of a description: "the group
    /// that …" → organisation.
    private func descriptorKind(_ range: Range<Int>) -> SourceKind? {
        for index in range.prefix(4) {
            if let kind = document.lexicon.organizationKind(tokens[index].key) { return kind }
            if document.classes[index].contains(.role) { return .person }
        }
        return nil
    }

    /// The subject of the clause a verb belongs to, when the verb shares it
    /// ("Zelenskiy repeated his pleas … and said", "Swift got support,
    /// after accusing them"): the first noun phrase after any openers.
    private func clauseSubject(in range: Range<Int>) -> Frame.Subject? {
        var start = range.lowerBound
        var guardCount = 0
        while start < range.upperBound, guardCount < 4 {
            guardCount += 1
            let token = tokens[start]
            if token.kind == .openQuote || token.kind == .dash {
                start += 1
                continue
            }
            let wordClass = document.classes[start]
            let opener = token.kind == .word && !document.isProper(start)
                && (!wordClass.isDisjoint(with: [.preposition, .subordinator, .adverb, .timeWord, .participleAdverbial])
                    || document.ends(start, with: "ing"))
            let comma = (start..<range.upperBound).first(where: { tokens[$0].isPunctuation(",") })
            // "Two days later, …", "Hours later, …": a time said in words,
            // capitalised or not, sets the scene.
            let timeSaid = comma.map { comma in
                (start..<comma).contains { document.classes[$0].contains(.timeWord) }
                    && (start..<comma).allSatisfy {
                        tokens[$0].kind == .number || !document.classes[$0].isDisjoint(with: [.timeWord, .adverb, .determiner])
                    }
            } ?? false
            guard opener || timeSaid || token.kind == .word && wordClass.contains(.adverb) else { break }
            guard let comma, comma - start <= 12 else { return nil }
            start = comma + 1
            // "Speaking in Salem, New Hampshire, Trump …": the rest of the
            // opener's place, not the subject.
            if let next = (start..<min(range.upperBound, start + 4)).first(where: { tokens[$0].isPunctuation(",") }),
                next > start, (start..<next).allSatisfy(document.isProper), finder.endsInLocation(comma)
            {
                start = next + 1
            }
        }
        guard start < range.upperBound else { return nil }
        if tokens[start].kind == .word, FrameFinder.subjectPronouns.contains(tokens[start].key) {
            return .pronoun(start)
        }
        guard var phrase = finder.phrases.phrase(startingAt: start, upperBound: range.upperBound) else { return nil }
        // "Kovrania's own readout of the call …": the owned thing is the subject.
        var ownedStart = phrase.upperBound + 1
        while ownedStart < range.upperBound, tokens[ownedStart].key == WordKey("own") || tokens[ownedStart].key == WordKey("very") {
            ownedStart += 1
        }
        if ownedStart < range.upperBound, tokens[phrase.upperBound].kind == .possessive,
            let owned = finder.phrases.phrase(startingAt: ownedStart, upperBound: range.upperBound),
            finder.reader.readings(phrase.lowerBound..<owned.upperBound).first != nil
        {
            phrase = phrase.lowerBound..<owned.upperBound
        }
        // "The agency's director, Helen Marsh, refused …, saying": the name in apposition.
        let comma = phrase.upperBound
        if comma + 1 < range.upperBound, tokens[comma].isPunctuation(","),
            let name = finder.phrases.phrase(startingAt: comma + 1, upperBound: range.upperBound),
            name.upperBound < range.upperBound, tokens[name.upperBound].isPunctuation(","),
            finder.reader.reading(name)?.reference == .name
        {
            return .phrase(name, appositives: [phrase])
        }
        return .phrase(phrase, appositives: [])
    }

    /// "More than 40 MPs have signed a letter …, which they say will hurt
    /// drivers": a plural pronoun after its own sentence's plural subject
    /// is that group, named or not.
    private mutating func sentenceSubjectGroup(for pronoun: Int) -> [Int]? {
        guard pronouns.form(of: pronoun) == .plural else { return nil }
        let start = document.sentences[document.sentenceOfToken[pronoun]].tokens.lowerBound
        // The subject's head: the first plural noun, past a quantity ("More
        // than 40 MPs", "Dozens of residents"), before any verb or comma.
        var head: Int?
        for index in start..<min(pronoun, start + 6) {
            let token = tokens[index]
            if token.isPunctuation(",") || token.kind == .word && document.lexicon.verb(token.key) != nil { break }
            if token.kind == .word, document.isPluralNoun(index) || document.isAnonymousHead(index) {
                head = index
                break
            }
        }
        guard let head else { return nil }
        // The whole group up to its verb: "MPs on the government benches".
        var end = head + 1
        while end < pronoun, tokens[end].kind == .word || tokens[end].kind == .number,
            document.lexicon.verb(tokens[end].key) == nil,
            document.classes[end].isDisjoint(with: [.auxiliary, .relative, .negation])
        {
            end += 1
        }
        let group = finder.phrases.phrase(endingAt: end - 1, lowerBound: head).flatMap { $0.lowerBound == head ? $0 : nil }
        guard let range = group ?? finder.phrases.phrase(startingAt: head, upperBound: pronoun), range.upperBound < pronoun,
            let reading = finder.reader.readings(range).first, reading.isPlural,
            let entity = entities.resolve(reading, at: document.textRange(reading.range))
        else { return nil }
        return [entity]
    }

    /// A pronoun opening a sentence without an attribution still tells who
    /// the sentence is about ("Now they've put out another statement"),
    /// which the next pronoun may need.
    /// So does a group opening one ("The researchers, led by …, combined
    /// …" before "They found").
    private mutating func noteSubjectPronoun(in sentenceIndex: Int) {
        let sentence = document.sentences[sentenceIndex]
        guard let subject = clauseSubject(in: sentence.tokens) else { return }
        switch subject {
        case .pronoun(let index):
            salient[sentenceIndex] = resolvePronoun(index)
        case .phrase(let range, _):
            guard let reading = finder.reader.readings(range).first, reading.isPlural, reading.reference == .anonymous,
                let entity = entities.resolve(reading, at: document.textRange(reading.range))
            else { return }
            salient[sentenceIndex] = [entity]
        default:
            break
        }
    }

    // MARK: Grouping

    /// Frames with the same sources form one statement; a frame inside the
    /// complement of an earlier one ("She claimed the label thought …")
    /// belongs to it.
    private func group(_ frames: [Frame]) -> [[Frame]] {
        // "…, according to a state audit released Tuesday." speaks for the
        // whole sentence, whatever verbs stand inside it.
        if let closing = frames.last(where: {
            $0.kind == .accordingTo && $0.cue.lowerBound > 0 && tokens[$0.cue.lowerBound - 1].isPunctuation(",")
                && $0.cue.lowerBound > document.sentences[$0.sentence].tokens.lowerBound + 1
        }) {
            var whole = closing
            whole.complementIsLeft = true
            return [[whole]]
        }
        // "“You say that all victims should be believed,” the woman said":
        // a report inside someone's quoted words is part of what they say,
        // not a statement that swallows theirs.
        // Closures rather than method references: a method reference would
        // copy the whole Attribution, its entity table included, per sentence.
        let quoted = frames.filter { isInsideQuotedStatement($0) }
        if !quoted.isEmpty, quoted.count < frames.count {
            var groups = group(frames.filter { !isInsideQuotedStatement($0) })
            for frame in quoted where isRelayedReport(frame) {
                guard let speaker = groups.indices.min(by: {
                    abs(groups[$0][0].cue.lowerBound - frame.cue.lowerBound) < abs(groups[$1][0].cue.lowerBound - frame.cue.lowerBound)
                }) else { break }
                groups[speaker][0].nested += frame.entities.filter { isNamedSpeaker($0) }
            }
            return groups
        }
        var groups: [[Frame]] = []
        let frontedEnd = frames.first.flatMap { frontedClauseEnd(in: $0.sentence) }
        for frame in frames {
            guard let last = groups.last?.last else {
                groups.append([frame])
                continue
            }
            let between = last.cue.upperBound..<max(last.cue.upperBound, anchor(of: frame))
            // A participle ("…, blaming …") or infinitive ("continued to
            // believe") extends the statement it follows.
            let finite = !frame.isInfinitive && !isGerund(frame)
            let broken = hasClauseBreak(between: between.lowerBound, and: between.upperBound)
                || frontedEnd.map(between.contains) == true || finite && isJoinedReport(frame, after: between.lowerBound)
            // After only a participle ("X cut its forecast, blaming …, and
            // said …") the finite verb carries the same statement.
            let afterParticiple = groups[groups.count - 1].allSatisfy { isGerund($0) }
            if last.entities.sorted() == frame.entities.sorted() && (!broken || !finite || afterParticiple) {
                groups[groups.count - 1].append(frame)
            } else if (broken || last.complementIsLeft) && !isSubordinate(frame) {
                groups.append([frame])
            } else if frame.isDenial, !groups[groups.count - 1].contains(where: \.isDenial) {
                // "said her client 'absolutely denies' any involvement": the
                // speaker relays a denial, which makes the statement one.
                groups[groups.count - 1].append(frame)
            } else {
                // The frame sits inside the last one's statement; a named
                // person or body it reports ("X said Y had told him …")
                // is a source of that statement too.
                if isRelayedReport(frame) { groups[groups.count - 1][0].nested += frame.entities.filter { isNamedSpeaker($0) } }
            }
        }
        return groups
    }

    /// A frame whose cue stands inside a quotation long enough to be a
    /// statement (not a scare-quoted verb: `X “categorically rejected” it`).
    private func isInsideQuotedStatement(_ frame: Frame) -> Bool {
        guard let span = document.quotes.span(containing: frame.cue.lowerBound) else { return false }
        return span.wordCount >= QuoteSpans.minimumStatementWords
    }

    /// A reporting verb of the lexicon with its own subject before it
    /// ("Y had told him"): a participle ("urging her to …") borrows a
    /// subject, and a cue only the model reads is too uncertain to name
    /// a second source on.
    private func isRelayedReport(_ frame: Frame) -> Bool {
        guard frame.kind == .verb, frame.origin == .rule, !isGerund(frame), case .phrase = frame.subject else { return false }
        return true
    }

    /// A person, body or outlet the article names: one who can be relayed.
    /// A document, a count or an unnamed group inside another's statement
    /// ("said logs showed", "said mechanics had warned") is its evidence.
    private func isNamedSpeaker(_ index: Int) -> Bool {
        let entity = entities[entities.current(index)]
        return entity.reference == .name && [.person, .organization, .government, .media].contains(entity.kind)
    }

    /// The comma closing a subordinate clause that opens the sentence:
    /// "After watching his rivals ignore the facts, Clinton said …",
    /// "Though the ministry kept quiet, officials confirmed …". A report
    /// in that clause is not the one the main clause makes. ("As X
    /// reports, …" is a report of its own form.)
    private func frontedClauseEnd(in sentenceIndex: Int) -> Int? {
        let sentence = document.sentences[sentenceIndex].tokens
        guard let first = sentence.first(where: { tokens[$0].kind == .word }),
            document.classes[first].contains(.subordinator), tokens[first].key != Document.keyAs
        else { return nil }
        return (first..<sentence.upperBound).first { tokens[$0].isPunctuation(",") && !document.quotes.isQuoted($0) }
    }

    /// A report inside a subordinate clause ("…, after figures showed …",
    /// "because officials said …") gives a reason or a time for the
    /// statement around it, not a statement of its own.
    private func isSubordinate(_ frame: Frame) -> Bool {
        var before = anchor(of: frame) - 1
        let start = document.sentences[frame.sentence].tokens.lowerBound
        while before >= start, tokens[before].isPunctuation(",") { before -= 1 }
        guard before >= start, tokens[before].kind == .word else { return false }
        return Attribution.subordinators.contains(tokens[before].key)
    }

    private static let subordinators = WordSet(["after", "before", "because", "since", "as", "when", "until", "once", "if", "unless"])

    private func isGerund(_ frame: Frame) -> Bool {
        frame.kind == .verb && (document.lexicon.verb(tokens[frame.cue.lowerBound].key)?.isGerund ?? false)
    }

    private func anchor(of frame: Frame) -> Int {
        if case .phrase(let range, let appositives) = frame.subject, !frame.complementIsLeft || range.lowerBound < frame.cue.lowerBound {
            return min(range.lowerBound, appositives.map(\.lowerBound).min() ?? range.lowerBound, frame.cue.lowerBound)
        }
        if case .pronoun(let index) = frame.subject { return min(index, frame.cue.lowerBound) }
        return frame.cue.lowerBound
    }

    /// "Smith said the plan failed and Jones said it worked": "and" right
    /// before a report's own subject joins a second report to the first
    /// rather than one inside its statement.
    private func isJoinedReport(_ frame: Frame, after start: Int) -> Bool {
        switch frame.subject {
        case .phrase, .pronoun: break
        default: return false
        }
        let joint = anchor(of: frame) - 1
        return joint > start && tokens[joint].kind == .word && tokens[joint].key == Document.keyAnd
    }

    private static let clauseBreakWords: WordSet = WordSet(["but", "while", "whereas", "although", "though", "yet"])

    private func hasClauseBreak(between start: Int, and end: Int) -> Bool {
        guard start < end else { return false }
        for index in start..<end {
            let token = tokens[index]
            if token.isPunctuation(";") || token.kind == .dash { return true }
            if token.kind == .word, Attribution.clauseBreakWords.contains(token.key) { return true }
            if token.isPunctuation(","), index + 1 < end, tokens[index + 1].kind == .word,
                tokens[index + 1].key == Document.keyAnd
            {
                return true
            }
            // ", a charge Saldova's government rejected", ", claims Kyiv has rejected"
            if token.isPunctuation(","),
                (index + 1..<min(end, index + 3)).contains(where: { document.classes[$0].contains(.denialObject) })
            {
                return true
            }
        }
        return false
    }

    // MARK: Statements

    private mutating func statements(for groups: [[Frame]], in sentenceIndex: Int, consumed: inout Set<Int>) -> [Statement] {
        let sentence = document.sentences[sentenceIndex]
        var extent = quotationExtent(of: sentenceIndex)
        for covered in extent.sentences where covered != sentenceIndex { consumed.insert(covered) }
        if groups.count > 1 { extent = (sentence.tokens, [sentenceIndex]) }
        // `X said: "S1. S2."`: the statement runs on to where the quotation closes.
        if groups.count == 1, groups[0][0].coversParagraph {
            var last = sentenceIndex
            while last + 1 < document.sentences.count, document.sentences[last + 1].block == sentence.block {
                last += 1
                consumed.insert(last)
            }
            extent.tokens = extent.tokens.lowerBound..<document.sentences[last].tokens.upperBound
        } else if groups.count == 1 {
            let runOn = groups[0][0].complementIsLeft
                ? quotationResumed(after: sentenceIndex) : quotationRunOn(after: sentenceIndex)
            for covered in runOn { consumed.insert(covered) }
            if let last = runOn.last { extent.tokens = extent.tokens.lowerBound..<document.sentences[last].tokens.upperBound }
        }
        var statements: [Statement] = []
        // Split the sentence between groups, at the clause break before each.
        var bounds: [Int] = [extent.tokens.lowerBound]
        for group in groups.dropFirst() {
            let start = anchor(of: group[0])
            var cut = start
            while cut > bounds.last! + 1 {
                let token = tokens[cut - 1]
                if token.isPunctuation(",") || token.isPunctuation(";") || token.kind == .dash { break }
                if token.kind == .word, Attribution.clauseBreakWords.contains(token.key) || token.key == Document.keyAnd {
                    cut -= 1
                    break
                }
                cut -= 1
            }
            bounds.append(max(cut, bounds.last! + 1))
        }
        bounds.append(extent.tokens.upperBound)
        for (index, group) in groups.enumerated() {
            // A denial that answers the sentence's first statement ("X accused
            // Y of …, a charge Y rejected") is about all of it.
            let answersFirst = index > 0 && group.contains(where: \.isDenial)
            // "He said A, and insisted B": the second statement is still his,
            // and keeps him, so it runs from the sentence's start.
            let sameSpeaker = index > 0 && groups[index - 1][0].entities.sorted() == group[0].entities.sorted()
            let start = answersFirst || sameSpeaker ? extent.tokens.lowerBound : bounds[index]
            let range = trimmed(start..<bounds[index + 1])
            guard !range.isEmpty else { continue }
            let cited = group.flatMap(\.cited).compactMap { phrase -> Int? in
                guard let reading = finder.reader.readings(phrase).first else { return nil }
                return entities.resolve(reading, at: document.textRange(phrase))
            } + group.flatMap(\.nested)
            let denial = group.first(where: \.isDenial)
            // The verb that carries the statement, not an aside before it.
            let cue = (group.first { $0.kind != .verb || !(document.lexicon.verb(tokens[$0.cue.lowerBound].key)?.isGerund ?? false) }
                ?? group[0]).cue
            // `"How did that make you feel?" the prosecutor asked`: a question asserts nothing.
            if group[0].complementIsLeft,
                let close = (range.lowerBound..<cue.lowerBound).last(where: { tokens[$0].kind == .closeQuote }),
                endsInQuestion(range.lowerBound..<(close + 1))
            {
                continue
            }
            let pieces = group.count == 1 && !group[0].complementIsLeft
                ? coordinatedComplements(range, after: cue.upperBound) : [range]
            // One claim per source when several share it ("They criticised …").
            for entity in group[0].entities {
                for piece in pieces {
                    statements.append(
                        Statement(
                            tokens: piece, cue: .tokens(cue), entities: [entity], isDenial: denial != nil,
                            denialCue: denial?.cue, cited: cited, sentence: sentenceIndex))
                }
            }
        }
        return statements
    }

    /// "stated that A, but that B": two propositions, split before "but that".
    private func coordinatedComplements(_ range: Range<Int>, after cueEnd: Int) -> [Range<Int>] {
        guard cueEnd + 2 < range.upperBound else { return [range] }
        for index in (cueEnd + 2)..<range.upperBound
        where tokens[index].kind == .word && tokens[index].key == Document.keyThat && !document.quotes.isQuoted(index) {
            let joiner = tokens[index - 1]
            let splitsHere =
                joiner.isPunctuation(";")
                || joiner.kind == .word && joiner.key == WordKey("but") && tokens[index - 2].isPunctuation(",")
            if splitsHere {
                let cut = joiner.kind == .word ? index - 1 : index
                return [trimmed(range.lowerBound..<cut), trimmed(cut..<range.upperBound)].filter { !$0.isEmpty }
            }
        }
        return [range]
    }

    /// The sentence's tokens, widened back over a quotation that began in
    /// an earlier sentence of the paragraph: `"S1. S2," they said.` is one
    /// statement. (A quotation that runs on past the sentence is
    /// followed by `quotationRunOn`.)
    private func quotationExtent(of sentenceIndex: Int) -> (tokens: Range<Int>, sentences: [Int]) {
        let sentence = document.sentences[sentenceIndex]
        var lower = sentence.tokens.lowerBound
        for index in sentence.tokens {
            guard let span = document.quotes.span(containing: index) else { continue }
            lower = min(lower, span.open)
        }
        var first = sentenceIndex
        while first > 0, sentenceIndex - first < Reach.quotedSentences, document.sentences[first - 1].block == sentence.block,
            document.sentences[first - 1].tokens.upperBound > lower
        {
            first -= 1
        }
        return (document.sentences[first].tokens.lowerBound..<sentence.tokens.upperBound, Array(first...sentenceIndex))
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, tokens[lower].isPunctuation(",") || tokens[lower].isPunctuation(";")
            || tokens[lower].kind == .dash
        {
            lower += 1
        }
        while upper > lower, tokens[upper - 1].isPunctuation(",") || tokens[upper - 1].isPunctuation(";")
            || tokens[upper - 1].kind == .dash
        {
            upper -= 1
        }
        return lower..<upper
    }

    // MARK: Quotations without a verb

    private mutating func quotationStatement(
        in sentenceIndex: Int, lastSpeaker: (entities: [Int], block: Int)?, consumed: inout Set<Int>
    ) -> Statement? {
        let sentence = document.sentences[sentenceIndex]
        let block = document.article.blocks[sentence.block]
        let isMarkedQuote = block.marker == .quote
        let quotes = document.quotes
        guard let span = sentence.tokens.lazy.compactMap({ quotes.span(containing: $0) }).first,
            span.wordCount >= QuoteSpans.minimumStatementWords || isMarkedQuote
        else { return nil }
        // `"S1. S2," they said.`: S1 belongs to the statement the verb makes.
        let closing = document.sentenceOfToken[span.close]
        if closing > sentenceIndex, closing - sentenceIndex <= Reach.quotedSentences,
            document.sentences[closing].block == sentence.block, !finder.frames(in: closing).isEmpty
        {
            return nil
        }
        guard isStatementSentence(sentence.tokens), !endsInQuestion(sentence.tokens) else { return nil }
        var speaker: [Int] = []
        // `"S1. S2." – Jane Doe`: the name follows wherever the quotation closes.
        let closingSentence = document.sentences[document.sentenceOfToken[span.close]]
        if closingSentence.block == sentence.block,
            let dashed = dashAttribution(after: span.close, in: closingSentence.tokens.upperBound)
        {
            speaker = dashed
        } else if isMarkedQuote || isCarriedFromMarkedQuote(sentence.block), let declared = declared.quoteSpeaker(for: block) {
            speaker = [declared]
        } else if let lastSpeaker, (0...2).contains(sentence.block - lastSpeaker.block) {
            speaker = lastSpeaker.entities
        }
        guard !speaker.isEmpty else { return nil }
        let runOn = quotationRunOn(after: sentenceIndex)
        for covered in runOn { consumed.insert(covered) }
        let end = runOn.last.map { document.sentences[$0].tokens.upperBound } ?? sentence.tokens.upperBound
        return Statement(
            tokens: trimmed(sentence.tokens.lowerBound..<end), cue: .none, entities: speaker, isDenial: false,
            denialCue: nil, cited: [], sentence: sentenceIndex)
    }

    /// The sentences a quotation still open at the end of `sentenceIndex`
    /// runs on into, up to the one that closes it, in the same paragraph:
    /// `He said: "S1. S2. S3."` is one statement, as the speaker made it.
    /// A sentence with an attribution of its own ends the run before it.
    /// `"S1," she said. "S2. S3."`: the quotation the speaker resumes in
    /// the next sentence of the paragraph, through where it closes.
    private func quotationResumed(after sentenceIndex: Int) -> [Int] {
        let next = sentenceIndex + 1
        guard next < document.sentences.count, document.sentences[next].block == document.sentences[sentenceIndex].block,
            let first = document.sentences[next].tokens.first, tokens[first].kind == .openQuote,
            document.quotes.span(containing: first + 1)?.open == first,
            document.quotes.span(containing: document.sentences[sentenceIndex].tokens.lowerBound + 1) != nil,
            finder.frames(in: next).isEmpty
        else { return [] }
        return [next] + quotationRunOn(after: next)
    }

    private func quotationRunOn(after sentenceIndex: Int) -> [Int] {
        let sentence = document.sentences[sentenceIndex]
        guard let span = sentence.tokens.reversed().lazy.compactMap({ self.document.quotes.span(containing: $0) }).first,
            span.close >= sentence.tokens.upperBound
        else { return [] }
        var covered: [Int] = []
        var next = sentenceIndex + 1
        while next < document.sentences.count, document.sentences[next].block == sentence.block,
            document.sentences[next].tokens.lowerBound <= span.close, finder.frames(in: next).isEmpty
        {
            covered.append(next)
            next += 1
        }
        return covered
    }

    /// Whether the quotation in `range` (or the range itself) ends with a
    /// question mark: the last punctuation before its closing mark is "?".
    private func endsInQuestion(_ range: Range<Int>) -> Bool {
        for index in range.reversed() {
            let token = tokens[index]
            if token.kind == .closeQuote || token.isPunctuation(",") || token.kind == .dash { continue }
            if token.kind == .word || token.kind == .number { return false }
            return token.isPunctuation("?")
        }
        return false
    }

    /// Whether a quoted sentence says something: four words or more, and
    /// not a fragment opening with a preposition or a participle
    /// ("Regarding the fortifications in Kharkiv Oblast.").
    private func isStatementSentence(_ range: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }
        guard words.count >= 4, let first = words.first else { return false }
        if document.classes[first].contains(.preposition) { return false }
        return !document.ends(first, with: "ing")
    }

    /// A paragraph that closes a quotation opened after a `Quote:` marker.
    private mutating func isCarriedFromMarkedQuote(_ block: Int) -> Bool {
        guard block > 0, document.article.blocks[block - 1].marker == .quote else { return false }
        if let known = carriedFromMarkedQuote[block] { return known }
        let carried = document.sentences.contains { sentence in
            sentence.block == block && sentence.tokens.contains { document.quotes.span(containing: $0).map {
                document.sentences[document.sentenceOfToken[$0.open]].block == block - 1 } ?? false }
        }
        carriedFromMarkedQuote[block] = carried
        return carried
    }

    /// `"…" – Jane Doe`: a speaker named after a dash that follows the quotation.
    private mutating func dashAttribution(after close: Int, in upperBound: Int) -> [Int]? {
        var index = close + 1
        while index < upperBound, tokens[index].isPunctuation(",") { index += 1 }
        guard index + 1 < upperBound, tokens[index].kind == .dash,
            let phrase = finder.phrases.phrase(startingAt: index + 1, upperBound: upperBound)
        else { return nil }
        let resolved = finder.reader.readings(phrase).compactMap {
            entities.resolve($0, at: document.textRange($0.range))
        }
        return resolved.isEmpty ? nil : resolved
    }

    // MARK: Hedges

    private func hedgeStatement(in sentenceIndex: Int) -> Statement? {
        let sentence = document.sentences[sentenceIndex]
        let block = document.article.blocks[sentence.block]
        let isHeadline = block.kind == .title
        if let cue = passiveReport(in: sentence.tokens) {
            let source = declared.speaks(for: block).map { [$0] } ?? []
            return Statement(
                tokens: trimmed(sentence.tokens), cue: .tokens(cue), entities: source, isDenial: false,
                denialCue: nil, cited: [], sentence: sentenceIndex)
        }
        for index in sentence.tokens where !document.quotes.isQuoted(index) && tokens[index].kind == .word
            && (!tokens[index].isCapitalized || document.isSentenceInitial(index) || isHeadline)
        {
            guard let match = document.phrase(at: index, limit: sentence.tokens.upperBound,
                where: {
                    guard case .hedge(let use) = $0 else { return false }
                    return use.contains(.claim) || isHeadline && use.contains(.headline)
                })
            else { continue }
            let source = declared.speaks(for: block).map { [$0] } ?? []
            return Statement(
                tokens: trimmed(sentence.tokens), cue: .tokens(index..<(index + match.length)), entities: source,
                isDenial: false, denialCue: nil, cited: [], sentence: sentenceIndex)
        }
        return nil
    }

    /// A report in the passive, with any adverbs in it: "is also said to
    /// be", "was widely believed to have", "it has since been reported that".
    private func passiveReport(in range: Range<Int>) -> Range<Int>? {
        for index in range where tokens[index].kind == .word && !document.quotes.isQuoted(index) {
            guard let verb = document.lexicon.verb(tokens[index].key), !verb.isGerund,
                !verb.flags.contains(.denial), index + 1 < range.upperBound
            else { continue }
            var cursor = index - 1
            while cursor >= range.lowerBound, document.classes[cursor].contains(.adverb) { cursor -= 1 }
            guard cursor >= range.lowerBound, Attribution.beForms.contains(tokens[cursor].key) else { continue }
            let next = tokens[index + 1]
            let itSubject = cursor - 1 >= range.lowerBound
                && (tokens[cursor - 1].key == WordKey("it") || tokens[cursor - 1].key == WordKey("has")
                    || tokens[cursor - 1].key == WordKey("have"))
            if next.kind == .word, next.key == Document.keyTo || itSubject && next.key == Document.keyThat {
                return cursor..<(index + 2)
            }
        }
        return nil
    }

    private static let beForms: WordSet = WordSet(["is", "are", "was", "were", "been", "be", "being"])

    private func uniqued(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
