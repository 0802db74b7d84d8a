/// Finds the attribution frames of one sentence: reporting verbs with
/// their subjects, "according to" phrases and hedges.
struct FrameFinder {
    let document: Document
    let phrases: NounPhrases
    let reader: PhraseReader
    private let shares: GroupShares

    private let lexicon: Lexicon
    private let tokens: [Token]

    init(document: Document) {
        self.document = document
        lexicon = document.lexicon
        tokens = document.tokens
        phrases = NounPhrases(document: document)
        reader = PhraseReader(document: document)
        shares = GroupShares(document: document)
    }

    private static let beForms: WordSet = WordSet(["is", "are", "was", "were", "be", "been", "being", "am"])
    private static let verbAuxiliaries: WordSet = WordSet(["has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
         "did", "does", "do", "'ve", "'d", "'ll"])
    /// Verbs after which a to-infinitive is still asserted: "continued to
    /// believe", "went on to say".
    /// Verbs before "to" that leave the next verb asserted: "continued to
    /// believe", "went on to say", and the reporter's hedges "appeared to
    /// blame", "seemed to think" (a hedged report is still the subject's).
    private static let assertingBeforeTo: WordSet = WordSet([
        "continued", "continues", "continue", "continuing", "went", "goes", "go", "proceeded", "on",
        "appeared", "appears", "appear", "seemed", "seems", "seem",
    ])
    private static let gerundOpeners: WordSet = WordSet(["after", "before", "while", "when", "by", "in", "since", "without", "upon", "on"])

    func frames(in sentenceIndex: Int) -> [Frame] {
        let sentence = document.sentences[sentenceIndex]
        var frames: [Frame] = []
        // Read once for the sentence, not once per verb in it.
        var cited: [Range<Int>]?
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            defer { index += 1 }
            guard tokens[index].kind == .word, !document.quotes.isQuoted(index) || scareQuotedVerb(index) != nil else {
                continue
            }
            if let cueLength = creditingPreposition(at: index, in: sentence.tokens) {
                if let frame = accordingTo(at: index, cueLength: cueLength, in: sentenceIndex) {
                    frames.append(frame)
                    index = frame.cue.upperBound
                }
                continue
            }
            // "described the claim … as false" denies, though "describe" also reports.
            let verdict = verdictVerb(at: index, upperBound: sentence.tokens.upperBound)
            let phrasal = phrasalDenialVerb(at: index, upperBound: sentence.tokens.upperBound)
            guard let verb = (verdict?.flags.contains(.denial) == true ? verdict : nil) ?? lexicon.verb(tokens[index].key) ?? verdict
                    ?? phrasal?.verb,
                isVerbUse(index, verb: verb, in: sentenceIndex)
            else {
                continue
            }
            let length = lexicon.verb(tokens[index].key) == nil && verdict == nil ? phrasal?.length ?? 1 : 1
            if var frame = verbFrame(at: index, verb: verb, in: sentenceIndex, length: length) {
                if cited == nil { cited = citedSources(in: sentence.tokens) }
                frame.cited = cited ?? []
                frames.append(frame)
            }
        }
        let learned = learnedFrames(in: sentenceIndex, besides: frames)
        if !learned.isEmpty { frames = (frames + learned).sorted { $0.cue.lowerBound < $1.cue.lowerBound } }
        if frames.isEmpty,
            let credited = headlineCredit(in: sentenceIndex) ?? speakerLabel(in: sentenceIndex) ?? namedQuotation(in: sentenceIndex)
        {
            frames.append(credited)
        }
        return frames
    }

    /// `WALLACE: Let's start with the debate.`: a transcript's speaker
    /// label, a name in capitals and a colon opening the paragraph, which
    /// speaks the whole paragraph.
    private func speakerLabel(in sentenceIndex: Int) -> Frame? {
        let sentence = document.sentences[sentenceIndex]
        let block = document.block(ofSentence: sentenceIndex)
        // A transcript quoted paragraph by paragraph opens each with a mark: `"WALLACE: …`.
        let start = tokens[sentence.tokens.lowerBound].kind == .openQuote ? sentence.tokens.lowerBound + 1 : sentence.tokens.lowerBound
        guard block.kind == .paragraph || block.kind == .lede, block.marker == nil,
            sentenceIndex == 0 || document.sentences[sentenceIndex - 1].block != sentence.block,
            let colon = (start..<sentence.tokens.upperBound).prefix(4).first(where: { tokens[$0].isPunctuation(":") }),
            colon > start,
            (start..<colon).allSatisfy({ tokens[$0].kind == .word && Document.isAcronym(document.article.scalars[tokens[$0].start..<tokens[$0].end]) || tokens[$0].isPunctuation(".") })
        else { return nil }
        // What follows is written in ordinary case, not a shouted headline.
        let words = (colon + 1..<sentence.tokens.upperBound).filter { tokens[$0].kind == .word }
        let shouted = words.filter { Document.isAcronym(document.article.scalars[tokens[$0].start..<tokens[$0].end]) }.count
        guard words.count >= 4, shouted * 2 < words.count else { return nil }
        // A question on its own ("BLITZER: Will she be there?") asserts nothing.
        let alone = sentenceIndex + 1 == document.sentences.count || document.sentences[sentenceIndex + 1].block != sentence.block
        let lastMark = sentence.tokens.reversed().first { tokens[$0].kind == .punctuation }
        if alone, let lastMark, tokens[lastMark].isPunctuation("?") { return nil }
        let label = start..<colon
        guard reader.readings(label).first != nil else { return nil }
        var frame = Frame(kind: .quotation, sentence: sentenceIndex, cue: colon..<(colon + 1), lemma: nil, subject: .phrase(label, appositives: []))
        frame.coversParagraph = true
        return frame
    }

    /// `Pollsters agree - Ana Ruiz: “The lesson is simple.”`: a name and a
    /// colon right before a quotation, opening the sentence or after a
    /// dash, give the quotation to the name.
    private func namedQuotation(in sentenceIndex: Int) -> Frame? {
        let range = document.sentences[sentenceIndex].tokens
        guard let colon = range.first(where: {
            tokens[$0].isPunctuation(":") && $0 + 1 < range.upperBound && tokens[$0 + 1].kind == .openQuote
        }) else { return nil }
        var start = colon
        while start > range.lowerBound, colon - start < 6, tokens[start - 1].kind != .dash { start -= 1 }
        guard start < colon, start == range.lowerBound || tokens[start - 1].kind == .dash,
            let name = phrases.phrase(startingAt: start, upperBound: colon), name.upperBound == colon,
            let reading = reader.readings(name).first, reading.reference == .name, FrameFinder.speakingKinds.contains(reading.kind)
        else { return nil }
        return Frame(kind: .quotation, sentence: sentenceIndex, cue: colon..<(colon + 1), lemma: nil, subject: .phrase(name, appositives: []))
    }

    /// "Varuna Agro in talks to sell dairy stake: sources", "… – police":
    /// a headline that names its source after a colon or dash at its end.
    private func headlineCredit(in sentenceIndex: Int) -> Frame? {
        let sentence = document.sentences[sentenceIndex]
        guard document.block(ofSentence: sentenceIndex).kind == .title,
            let mark = sentence.tokens.last(where: { tokens[$0].isPunctuation(":") || tokens[$0].kind == .dash }),
            mark - sentence.tokens.lowerBound >= 4, (2...5).contains(sentence.tokens.upperBound - mark)
        else { return nil }
        var end = sentence.tokens.upperBound
        while end > mark + 1, tokens[end - 1].kind == .punctuation { end -= 1 }
        let credit = (mark + 1)..<end
        guard !credit.isEmpty, phrases.phrase(startingAt: credit.lowerBound, upperBound: end) == credit,
            reader.readings(credit).first != nil
        else { return nil }
        var frame = Frame(kind: .accordingTo, sentence: sentenceIndex, cue: credit, lemma: "according to", subject: .phrase(credit, appositives: []))
        frame.complementIsLeft = true
        return frame
    }

    // MARK: Verbs

    /// "pushed back on", "took issue with": a verb and its particle from
    /// denials.txt, which deny as one verb does.
    private func phrasalDenialVerb(at index: Int, upperBound: Int) -> (verb: VerbForm, length: Int)? {
        guard let match = document.phrase(at: index, limit: upperBound, where: {
            if case .denialVerb = $0 { return true }
            return false
        }) else { return nil }
        let lemma = (index..<(index + match.length)).map {
            String(String.UnicodeScalarView(document.article.scalars[tokens[$0].start..<tokens[$0].end])).lowercased()
        }.joined(separator: " ")
        return (VerbForm(lemma: lemma, flags: [.denial], isGerund: document.ends(index, with: "ing")), match.length)
    }

    /// "called the claims false", "branded it a smear": a verb of naming
    /// followed closely by a verdict acts as a denial verb; followed by its
    /// object and a quotation ("called the result “a mandate for change”")
    /// it states a characterisation.
    private func verdictVerb(at index: Int, upperBound: Int) -> VerbForm? {
        guard document.classes[index].contains(.verdictVerb) else { return nil }
        let isGerund = document.ends(index, with: "ing")
        if document.verdictEnd(after: index, upperBound: upperBound) != nil {
            return VerbForm(lemma: "call", flags: [.denial, .verdict], isGerund: isGerund)
        }
        // An object, then a quotation: "called on", "called for" ask for action.
        guard index + 1 < upperBound, tokens[index + 1].kind == .word, !document.classes[index + 1].contains(.preposition),
            let quotation = (index + 2..<min(upperBound, index + 7)).first(where: {
                tokens[$0].kind == .openQuote || tokens[$0].isPunctuation(",") || tokens[$0].isPunctuation(".")
            }), tokens[quotation].kind == .openQuote
        else { return nil }
        return VerbForm(lemma: "call", flags: [], isGerund: isGerund)
    }

    /// Whether a reporting-verb form is used as a verb here: not a
    /// capitalised name, not a noun after a determiner ("the state"), not
    /// the start of a compound ("think tank"), not an aside ("Witkoff,
    /// writing on X, said").
    func isVerbUse(_ index: Int, verb: VerbForm, in sentenceIndex: Int) -> Bool {
        if tokens[index].isCapitalized && !document.titleCaseSentences.contains(sentenceIndex)
            && !document.isSentenceInitial(index)
        {
            return false
        }
        if index > 0 {
            let previous = tokens[index - 1]
            if previous.kind == .possessive { return false }
            if previous.kind == .word, document.classes[index - 1].contains(.determiner),
                !document.classes[index - 1].contains(.personalPronoun) || previous.key == WordKey("its"),
                // "Many said", "…, but most say": a share of a group speaking.
                !shares.isShareOpeningClause(index - 1)
            {
                return false
            }
        }
        if document.phrase(at: index,
            where: {
                if case .organizationWord = $0 { return true }
                return false
            }) != nil
        {
            return false
        }
        if verb.isGerund, index > 0, tokens[index - 1].isPunctuation(","),
            document.classes[index].contains(.participleAdverbial)
        {
            return false
        }
        // "UN report accuses", "the claims say": a noun before the verb.
        if verb.flags.contains(.weak), index + 1 < tokens.count, tokens[index + 1].kind == .word,
            let next = lexicon.verb(tokens[index + 1].key), !next.isGerund, !tokens[index + 1].isCapitalized
        {
            return false
        }
        return true
    }

    /// The frame of the reporting verb at `index`, `length` words long
    /// with its particle ("pushed back on").
    func verbFrame(at index: Int, verb: VerbForm, in sentenceIndex: Int, length: Int = 1) -> Frame? {
        let sentence = document.sentences[sentenceIndex]
        let start = max(sentence.tokens.lowerBound, index - Reach.clause)
        // `X "categorically rejected" the report`: the marks are no boundary.
        let scareQuote = scareQuotedVerb(index)
        let verbEnd = scareQuote?.close ?? index + length - 1
        // Step left over adverbs and auxiliaries to where the subject ends.
        var left = index - 1
        var sawBe = false
        var sawTo = false
        // "…, has endorsed X": after an auxiliary the verb cannot have its
        // subject behind it.
        var sawAuxiliary = false
        while left >= start {
            let token = tokens[left]
            let wordClass = document.classes[left]
            if left == scareQuote?.open {
                left -= 1
                continue
            }
            // "Varga ‘categorically’ denied": past an adverb in scare quotes.
            if token.kind == .closeQuote, left > start, let span = document.quotes.span(containing: left - 1), span.close == left,
                span.isClosed, span.wordCount <= 2,
                (span.open + 1..<left).allSatisfy({ tokens[$0].kind != .word || document.classes[$0].contains(.adverb) })
            {
                left = span.open - 1
                continue
            }
            // "the Union of Motorway Concessionaires (UCA) contests": past the brackets.
            if token.isPunctuation(")"), let open = (max(start, left - 4)..<left).last(where: { tokens[$0].isPunctuation("(") }),
                open > start
            {
                left = open - 1
                continue
            }
            guard token.kind == .word else { break }
            if wordClass.contains(.negation) || wordClass.contains(.refusal) { return nil }
            if FrameFinder.beForms.contains(token.key) {
                sawBe = true
                sawAuxiliary = true
                left -= 1
                continue
            }
            if FrameFinder.verbAuxiliaries.contains(token.key) || wordClass.contains(.adverb) && !document.isProper(left)
                || token.key == WordKey("twice") || verb.flags.contains(.denial) && isMannerAdverb(left, lowerBound: start)
            {
                if FrameFinder.verbAuxiliaries.contains(token.key) { sawAuxiliary = true }
                left -= 1
                continue
            }
            // "A representative … on Thursday called": the time is no part of the subject.
            if wordClass.contains(.timeWord), left - 1 > start, tokens[left - 1].kind == .word,
                FrameFinder.timePrepositions.contains(tokens[left - 1].key)
            {
                left -= 2
                continue
            }
            if token.key == Document.keyTo && !sawTo {
                // "continued to believe" asserts; "is scheduled to testify",
                // "declined to comment" do not.
                sawTo = true
                guard left - 1 >= start, FrameFinder.assertingBeforeTo.contains(tokens[left - 1].key) else { return nil }
                break
            }
            break
        }
        // Passive "is said to", "was reported": the hedges' business.
        if sawBe && !verb.isGerund { return nil }
        var frame = Frame(kind: .verb, sentence: sentenceIndex, cue: index..<(index + length), lemma: verb.lemma, flags: verb.flags, subject: .none)
        var asReport = false
        let rightEnd = sentence.tokens.upperBound
        let right = rightComplement(after: verbEnd, verb: verb, upperBound: rightEnd)

        if sawTo {
            frame.subject = .sharedSubject
            frame.isInfinitive = true
        } else if left < start {
            // "Said Ellis: “…”": the speaker after a verb that opens the
            // sentence, then the quotation. Otherwise (a headline "Says …")
            // there is no subject.
            guard let inverted = openingInvertedSubject(after: index, upperBound: rightEnd) else { return nil }
            frame.subject = .phrase(inverted, appositives: [])
        } else if let share = shares.phrase(endingAt: left, lowerBound: start) {
            // "most of them said", "7 percent said": the share, not the
            // group "them" stands for.
            frame.subject = .phrase(share, appositives: [])
        } else if left - 2 >= start, FrameFinder.groupPronouns.contains(tokens[left].key), tokens[left - 1].key == Document.keyOf,
            document.classes[left - 2].contains(.determiner)
        {
            // "One of them said": one of the group "them" stands for.
            frame.subject = .pronoun(left)
        } else if document.classes[left].contains(.personalPronoun) && tokens[left].kind == .word
            && !document.classes[left].contains(.determiner) || isSubjectPronoun(left)
        {
            frame.subject = .pronoun(left)
        } else if tokens[left].isPunctuation(",") || tokens[left].kind == .closeQuote {
            // "…," said Smith — but after "told" the name is the listener.
            let afterQuotation = tokens[left].kind == .closeQuote || left > start && tokens[left - 1].kind == .closeQuote
            if !verb.flags.contains(.object), !sawAuxiliary,
                let inverted = invertedSubject(after: index, upperBound: rightEnd, afterQuotation: afterQuotation)
            {
                frame.subject = .phrase(inverted.subject, appositives: inverted.appositives)
                frame.complementIsLeft = true
            } else if tokens[left].isPunctuation(","), verb.isGerund, right.explicit || right.any {
                frame.subject = .sharedSubject
            } else if tokens[left].isPunctuation(","), let subject = appositiveSubject(comma: left, lowerBound: start) {
                frame.subject = subject
            } else {
                return nil
            }
        } else if document.classes[left].contains(.relative), left - 1 >= start {
            // "…, who denies wrongdoing, …": the relative's antecedent.
            var end = left - 1
            if tokens[end].isPunctuation(","), end - 1 >= start { end -= 1 }
            // "cited “multiple sources on set” who claimed": past the mark.
            if tokens[end].kind == .closeQuote, end - 1 >= start { end -= 1 }
            guard let phrase = phrases.phrase(endingAt: end, lowerBound: start) else { return nil }
            frame.subject = .phrase(phrase, appositives: [])
        } else if let antecedent = relativeAntecedent(before: left, lowerBound: start) {
            // "A former executive who left the company last year described":
            // the verb is the antecedent's, not the relative clause's object's.
            frame.subject = .phrase(antecedent, appositives: [])
        } else if let described = subjectBeforeParticiple(endingAt: left, lowerBound: start) {
            // "a United Nations report released on Monday said"
            frame.subject = .phrase(described, appositives: [])
        } else if let found = phrases.phrase(endingAt: left, lowerBound: start) {
            // "A former accountant at a Whakarua law firm has told": the
            // whole noun phrase from the sentence's start, when nothing in it
            // can end one.
            // "About 60 percent of voters said": the share of the group speaks.
            let found = shares.extending(found, lowerBound: start) ?? found
            let phrase = wholeOpeningSubject(endingAt: found, lowerBound: start) ?? found
            let before = phrase.lowerBound - 1
            if before == start, tokens[before].key == FrameFinder.keyAs, !verb.isGerund,
                let comma = (verbEnd + 1..<min(rightEnd, verbEnd + 8)).first(where: { tokens[$0].isPunctuation(",") }),
                comma + 1 < rightEnd
            {
                // "As Emily Feng reports for NPR, the plant will close": the
                // clause after the comma is what is reported.
                frame.subject = .phrase(phrase, appositives: [])
                frame.complementIsLeft = false
                asReport = true
            } else if verb.isGerund, before >= start, tokens[before].kind == .word,
                FrameFinder.absolutePrepositions.contains(tokens[before].key), let reading = reader.readings(phrase).first,
                reading.reference == .name, FrameFinder.speakingKinds.contains(reading.kind)
            {
                // "with Senator Lee calling it a fraud", "about Pope Francis
                // calling …": a name before the participle is its own subject.
                frame.subject = .phrase(phrase, appositives: [])
            } else if before >= start, tokens[before].kind == .word,
                document.classes[before].contains(.preposition) && !document.classes[before].contains(.subordinator)
                    || document.classes[before].contains(.determiner)
            {
                // "posted on Twitter accusing …", "The union representing
                // workers at the plant in Harwick accused …": the phrase is
                // the object of a preposition; the subject opens the clause.
                guard verb.isGerund || document.classes[before].contains(.preposition) else { return nil }
                frame.subject = .sharedSubject
            } else {
                frame.subject = .phrase(documentWithOwner(phrase, lowerBound: start), appositives: [])
            }
        } else if tokens[left].kind == .word,
            tokens[left].key == Document.keyAnd || tokens[left].key == WordKey("but")
                || verb.isGerund && (FrameFinder.gerundOpeners.contains(tokens[left].key) || document.classes[left].isEmpty)
        {
            frame.subject = .sharedSubject
        } else {
            return nil
        }

        // The statement must be there: to the right for strong verbs, behind
        // "that", a colon or a quotation for weak ones, or to the left.
        let left_ = leftComplement(before: frame, verb: verb, verbEnd: verbEnd, lowerBound: start, right: right)
        frame.complementIsLeft = frame.complementIsLeft || left_
        let flags = verb.flags
        if flags.contains(.denial) {
            // A denial verb stands or falls by what it rejects.
            guard frame.complementIsLeft || verb.flags.contains(.verdict) || objectBefore(frame.subject)
                || denialReading(of: verb, after: verbEnd, upperBound: rightEnd)
            else {
                return nil
            }
            frame.isDenial = true
            return frame
        }
        var valid = frame.complementIsLeft || right.explicit || asReport
        // "Federal records show the plant was cited": a document's finding.
        if case .phrase(let subject, _) = frame.subject, right.any, !right.infinitive,
            FrameFinder.findingVerbs.contains(verb.lemma),
            reader.readings(subject).first?.kind == .document || FrameFinder.recordNouns.contains(tokens[subject.upperBound - 1].key)
        {
            valid = true
        }
        // Headlines drop "that": "Audit finds transit agency skipped …".
        let inHeadline = document.block(ofSentence: sentenceIndex).kind == .title
        // … in the present: "Rural closures added 38 minutes" is an event.
        let headlineReport = inHeadline && !flags.contains(.accuse) && !document.ends(index, with: "ed")
        if !valid && (!flags.contains(.weak) || headlineReport) && right.any && !right.infinitive {
            valid = true
        }
        if flags.contains(.intent) && right.infinitive { valid = true }
        // "She estimated the cuts would save …", "confirmed the deal was
        // signed": a clause without "that", its subject then its verb.
        if !valid, flags.contains(.weak), !flags.contains(.accuse), clauseFollows(verbEnd + 1, upperBound: rightEnd) {
            valid = true
        }
        // "accused him of …"; "blamed X for …" (the noun "blame" needs its "for").
        if flags.contains(.accuse) && right.any && (!flags.contains(.weak) || right.accusation) { valid = true }
        if right.infinitive && !flags.contains(.intent) && !right.explicit { valid = frame.complementIsLeft }
        guard valid else { return nil }
        return frame
    }

    /// The quotation around a reporting verb that ends a short quoted
    /// phrase inside the sentence: `Kovrania "categorically rejected" the
    /// charge`, where the marks quote the wording, not a statement.
    private func scareQuotedVerb(_ index: Int) -> QuoteSpans.Span? {
        guard let span = document.quotes.span(containing: index), span.isClosed, span.wordCount <= 3,
            tokens[span.open].kind == .openQuote, span.close == index + 1, span.open > 0
        else { return nil }
        let before = tokens[span.open - 1]
        guard before.kind == .word || before.kind == .possessive || before.isPunctuation(")") else { return nil }
        return document.sentenceOfToken[span.open - 1] == document.sentenceOfToken[index] ? span : nil
    }

    private func isSubjectPronoun(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let word = tokens[index].key
        return FrameFinder.subjectPronouns.contains(word)
    }

    static let groupPronouns: WordSet = WordSet(["them", "us"])

    static let timePrepositions: WordSet = WordSet(["on", "last", "this", "late", "early"])

    static let subjectPronouns: WordSet = WordSet(["he", "she", "it", "they", "we", "i"])

    struct RightComplement {
        /// "that", a colon or a quotation follows (after adjuncts).
        var explicit = false
        /// Anything but the sentence's end follows.
        var any = false
        /// A to-infinitive follows.
        var infinitive = false
        /// "of" or "for" follows, as after "accused him" or "blamed them".
        var accusation = false
    }

    private func rightComplement(after index: Int, verb: VerbForm, upperBound: Int) -> RightComplement {
        var result = RightComplement()
        var cursor = index + 1
        // "told reporters", "warned the council": the listener first.
        if verb.flags.contains(.object), cursor < upperBound {
            if let object = phrases.phrase(startingAt: cursor, upperBound: upperBound) {
                cursor = object.upperBound
            } else if tokens[cursor].kind == .word, FrameFinder.objectPronouns.contains(tokens[cursor].key) {
                cursor += 1
            }
            // "told people to stay indoors" is an order, not a statement.
            if !verb.flags.contains(.intent), isOrder(from: cursor, upperBound: upperBound) {
                result.infinitive = true
                return result
            }
        }
        guard cursor < upperBound else { return result }
        let next = tokens[cursor]
        if next.isPunctuation(".") || next.isPunctuation("!") || next.isPunctuation("?") { return result }
        if next.kind == .word && next.key == Document.keyTo {
            result.infinitive = true
        }
        if verb.flags.contains(.accuse), next.kind == .word || next.kind == .possessive { result.any = true }
        result.any = result.any || !(next.isPunctuation(",") || next.kind == .closeQuote || next.isPunctuation(")"))
        // Scan a few tokens of adjuncts ("on Sunday, 19 February", "in its
        // reporting") for the complement's start.
        var scan = cursor
        let limit = min(upperBound, cursor + 12)
        while scan < limit {
            let token = tokens[scan]
            if token.kind == .openQuote || token.isPunctuation(":") || token.kind == .word && token.key == Document.keyThat {
                result.explicit = true
                break
            }
            if token.isPunctuation(".") || token.isPunctuation(";") { break }
            // A "that" after another verb is that verb's ("said on Thursday
            // that" after "the state"), but "a note to clients that" is not a verb's.
            if token.kind == .word, scan > cursor, lexicon.verb(token.key) != nil,
                !(tokens[scan - 1].kind == .word && document.classes[scan - 1].contains(.determiner))
            {
                break
            }
            // A cue noun: "maintained his belief that", "repeated his insistence that".
            if token.kind == .word, document.classes[scan].contains(.cueNoun), scan + 1 < upperBound,
                tokens[scan + 1].key == Document.keyThat
            {
                result.explicit = true
                break
            }
            // "described it as the biggest foreign investment"
            if token.kind == .word, token.key == Document.keyAs, FrameFinder.describingVerbs.contains(verb.lemma) {
                result.explicit = true
                break
            }
            if verb.flags.contains(.accuse), token.kind == .word, document.classes[scan].contains(.preposition) {
                // "accused him of", "blamed them for"; not "blame over … of".
                result.accusation = token.key == Document.keyOf || token.key == Document.keyFor
                break
            }
            scan += 1
        }
        return result
    }

    /// Whether a finite clause starts at `start`: a subject (a determiner,
    /// a pronoun or a name opening it) and, within a few words, an
    /// auxiliary — "the cuts would save", "he had been", "Varga was".
    private func clauseFollows(_ start: Int, upperBound: Int) -> Bool {
        guard start < upperBound, tokens[start].kind == .word else { return false }
        let opener = document.classes[start]
        guard opener.contains(.determiner) && tokens[start].key != WordKey("no") || isSubjectPronoun(start)
            || document.isProper(start)
        else { return false }
        for index in (start + 1)..<min(upperBound, start + 7) {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .number || token.kind == .possessive else { return false }
            if token.key == Document.keyTo || token.key == Document.keyThat { return false }
            if document.classes[index].contains(.auxiliary) { return true }
        }
        return false
    }

    /// A to-infinitive within a few words, before any "that" or quotation.
    private func isOrder(from start: Int, upperBound: Int) -> Bool {
        for index in start..<min(upperBound, start + 5) {
            let token = tokens[index]
            if token.kind == .openQuote || token.isPunctuation(":") || token.isPunctuation(",") { return false }
            guard token.kind == .word else { continue }
            if token.key == Document.keyThat { return false }
            if token.key == Document.keyTo { return true }
        }
        return false
    }

    /// Lower-case nouns for what records show, whatever their capitalised
    /// namesakes ("Greyhaven Records") are.
    static let recordNouns = WordSet([
        "records", "data", "figures", "documents", "statistics", "logs", "emails", "minutes", "filings", "accounts",
        "transcripts", "findings", "results",
    ])

    static let indefinites = WordSet(["a", "an"])

    static let readingParticiples = WordSet(["seen", "reviewed", "examined", "viewed", "read", "inspected", "obtained"])

    /// "The fund's own quarterly reports": a document keeps whose it is.
    private func documentWithOwner(_ phrase: Range<Int>, lowerBound: Int) -> Range<Int> {
        let mark = phrase.lowerBound - 1
        guard mark - 1 >= lowerBound, tokens[mark].kind == .possessive, reader.readings(phrase).first?.kind == .document,
            let owner = phrases.phrase(endingAt: mark - 1, lowerBound: lowerBound)
        else { return phrase }
        return owner.lowerBound..<phrase.upperBound
    }

    /// A lower-case noun for papers: "emails", "records", "the report".
    private func isDocumentNoun(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, !document.isProper(index) else { return false }
        return FrameFinder.recordNouns.contains(tokens[index].key) || lexicon.organizationKind(tokens[index].key) == .document
    }

    static let findingVerbs: Set<String> = ["show", "find", "suggest", "indicate", "reveal", "estimate", "conclude"]

    static let describingVerbs: Set<String> = ["describe", "characterise", "characterize"]

    static let objectPronouns: WordSet = WordSet(["him", "her", "them", "us", "me", "reporters", "journalists"])

    /// Whether the statement stands before the attribution: the subject is
    /// preceded by a comma or a closing quotation mark and nothing but
    /// adjuncts follows the verb.
    private func leftComplement(before frame: Frame, verb: VerbForm, verbEnd: Int, lowerBound: Int, right: RightComplement) -> Bool {
        if right.explicit || !rightIsAdjunctOnly(after: verbEnd, verb: verb) { return false }
        var subjectStart: Int
        switch frame.subject {
        case .phrase(let range, let appositives):
            subjectStart = range.lowerBound
            if let first = appositives.map(\.lowerBound).min() { subjectStart = min(subjectStart, first) }
        case .pronoun(let index): subjectStart = index
        default: return false
        }
        // "…, the state's largest union has warned": back over modifiers
        // and a possessor the subject's phrase left out.
        var modifiers = 0
        while modifiers < 4, subjectStart - 1 > lowerBound, isModifier(subjectStart - 1) {
            subjectStart -= 1
            modifiers += 1
        }
        guard subjectStart - 1 >= lowerBound else { return false }
        let before = tokens[subjectStart - 1]
        guard before.isPunctuation(",") || before.kind == .closeQuote || before.kind == .dash else { return false }
        // Something must stand before the comma to be the statement.
        return subjectStart - 1 > lowerBound
    }

    /// The noun phrase before a "who" whose clause runs, without commas,
    /// up to the verb: "Experts who studied the data said".
    private func relativeAntecedent(before left: Int, lowerBound: Int) -> Range<Int>? {
        var cursor = left
        while cursor > lowerBound, cursor > left - 12 {
            let token = tokens[cursor]
            if token.kind != .word && token.kind != .number && token.kind != .possessive { return nil }
            if token.key == FrameFinder.keyWho {
                guard let antecedent = phrases.phrase(endingAt: cursor - 1, lowerBound: lowerBound),
                    reader.readings(antecedent).first != nil
                else { return nil }
                return antecedent
            }
            cursor -= 1
        }
        return nil
    }

    private static let keyWho = WordKey("who")

    /// The subject before a participle that describes it, with nothing
    /// but the participle's own adjuncts before the verb: "a report
    /// released on Monday said", "figures published Tuesday show".
    private func subjectBeforeParticiple(endingAt left: Int, lowerBound: Int) -> Range<Int>? {
        var cursor = left
        while cursor > lowerBound, cursor > left - 8 {
            let token = tokens[cursor]
            guard token.kind == .word || token.kind == .number else { return nil }
            if !token.isCapitalized, document.ends(cursor, with: "ed") || FrameFinder.irregularParticiples.contains(token.key),
                lexicon.verb(token.key) == nil
            {
                guard let subject = phrases.phrase(endingAt: cursor - 1, lowerBound: lowerBound),
                    let reading = reader.readings(subject).first, reading.kind == .document || reading.reference == .anonymous
                else { return nil }
                return subject
            }
            let adjunct = document.classes[cursor].contains(.preposition) || document.classes[cursor].contains(.timeWord)
                || document.classes[cursor].contains(.determiner) || document.isProper(cursor) || token.kind == .number
            guard adjunct else { return nil }
            cursor -= 1
        }
        return nil
    }

    private func wholeOpeningSubject(endingAt phrase: Range<Int>, lowerBound: Int) -> Range<Int>? {
        guard phrase.lowerBound > lowerBound, tokens[lowerBound].kind == .word,
            document.classes[lowerBound].contains(.determiner) || document.isProper(lowerBound),
            !document.classes[lowerBound].contains(.preposition),
            (lowerBound..<phrase.lowerBound).allSatisfy({ index in
                let token = tokens[index]
                guard token.kind == .word || token.kind == .possessive || token.kind == .number else { return false }
                // "Donald Trump often takes full credit": an adverb shows a verb.
                return lexicon.verb(token.key) == nil
                    && document.classes[index].isDisjoint(with: [.auxiliary, .relative, .subordinator, .adverb, .negation])
            }),
            let reading = reader.readings(lowerBound..<phrase.upperBound).first, reading.reference != .generic
        else { return nil }
        return lowerBound..<phrase.upperBound
    }

    /// A word that may stand before a subject's head inside its phrase:
    /// a possessive, a determiner, an adjective — no verb, preposition or
    /// conjunction.
    private func isModifier(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .possessive { return true }
        // A word that owns something is a noun whatever else it can be ("the state's").
        let owns = tokens[index + 1].kind == .possessive
        // … and so is one after its article ("a claim the office disputed").
        let afterArticle = index > 0 && tokens[index - 1].kind == .word && document.classes[index - 1].contains(.determiner)
        guard token.kind == .word, owns || afterArticle || lexicon.verb(token.key) == nil else { return false }
        return document.classes[index].isDisjoint(with: [.preposition, .conjunction, .relative, .subordinator])
    }

    /// Whether only adjuncts follow the verb: the sentence's end, a comma,
    /// or a phrase such as "on Monday", "in a statement", "last week",
    /// "told reporters".
    private func rightIsAdjunctOnly(after index: Int, verb: VerbForm) -> Bool {
        let end = document.sentences[document.sentenceOfToken[index]].tokens.upperBound
        var cursor = index + 1
        if cursor < end, verb.flags.contains(.object) {
            if let object = phrases.phrase(startingAt: cursor, upperBound: end) {
                cursor = object.upperBound
            } else if tokens[cursor].kind == .word, FrameFinder.objectPronouns.contains(tokens[cursor].key) {
                cursor += 1
            }
        }
        guard cursor < end else { return true }
        let next = tokens[cursor]
        if next.kind == .punctuation || next.kind == .closeQuote || next.kind == .dash { return true }
        let wordClass = document.classes[cursor]
        return next.kind == .word && !wordClass.isDisjoint(with: [.preposition, .timeWord, .adverb])
            && next.key != Document.keyThat
    }

    /// `"…," said John Smith.` — the subject after the verb; `said the
    /// association's president, Graham Okafor.` — the name in apposition.
    /// After a quotation the name may run on into what frames the words:
    /// `"…," said Robby Mook in a statement`, `said a party aide who
    /// asked not to be named`, `said Ben Carson, asked about …`.
    private func invertedSubject(
        after index: Int, upperBound: Int, afterQuotation: Bool = false
    ) -> (subject: Range<Int>, appositives: [Range<Int>])? {
        guard index + 1 < upperBound else { return nil }
        let phrase: Range<Int>
        if let forward = phrases.phrase(startingAt: index + 1, upperBound: upperBound),
            endsInvertedSubject(at: forward.upperBound, upperBound: upperBound, afterQuotation: afterQuotation)
        {
            phrase = forward
        } else if afterQuotation, let described = describedSpeaker(after: index, upperBound: upperBound) {
            phrase = described
        } else {
            return nil
        }
        guard let reading = reader.readings(phrase).first else { return nil }
        let comma = phrase.upperBound
        if reading.reference != .name, comma + 1 < upperBound, tokens[comma].isPunctuation(","),
            let name = phrases.phrase(startingAt: comma + 1, upperBound: upperBound),
            name.upperBound == upperBound || tokens[name.upperBound].kind == .punctuation && !tokens[name.upperBound].isPunctuation(","),
            reader.readings(name).first?.reference == .name
        {
            return (name, [phrase])
        }
        return (phrase, [])
    }

    private func endsInvertedSubject(at index: Int, upperBound: Int, afterQuotation: Bool) -> Bool {
        index == upperBound || tokens[index].kind == .punctuation
            || afterQuotation && (isAside(index) || document.classes[index].contains(.timeWord))
    }

    /// `"…," said retired neurosurgeon Ben Carson`, `said Clinton campaign
    /// manager Robby Mook`: a speaker whose description opens with words
    /// no phrase starts with. The speaker is the phrase that ends where the
    /// words after the verb stop: at punctuation or an aside.
    private func describedSpeaker(after index: Int, upperBound: Int) -> Range<Int>? {
        var end = index + 1
        let limit = min(upperBound, index + 1 + Reach.phrase)
        while end < limit {
            let token = tokens[end]
            let isWord = token.kind == .word || token.kind == .possessive || document.isAbbreviationDot(end)
            guard isWord, end == index + 1 || !isAside(end), !document.classes[end].contains(.auxiliary) else { break }
            end += 1
        }
        guard end > index + 1, endsInvertedSubject(at: end, upperBound: upperBound, afterQuotation: true),
            let phrase = phrases.phrase(endingAt: end - 1, lowerBound: index + 1),
            phrase.upperBound == end, reader.readings(phrase).first != nil
        else { return nil }
        return phrase
    }

    /// "Said Ellis: “…”", "Said the mayor, “…”": a sentence-opening verb
    /// whose speaker follows it, then a colon or comma and the quotation.
    private func openingInvertedSubject(after index: Int, upperBound: Int) -> Range<Int>? {
        guard tokens[index].isCapitalized, let (subject, _) = invertedSubject(after: index, upperBound: upperBound),
            subject.upperBound + 1 < upperBound
        else { return nil }
        let mark = tokens[subject.upperBound]
        guard mark.isPunctuation(":") || mark.isPunctuation(","), tokens[subject.upperBound + 1].kind == .openQuote else { return nil }
        return subject
    }

    /// The subject behind asides set off by commas before the verb:
    /// "Russia's envoy, Kirill Dmitriev, said", "Witkoff, writing on X,
    /// said", "X, a Washington-based think tank, said".
    private func appositiveSubject(comma: Int, lowerBound: Int) -> Frame.Subject? {
        var end = comma
        var appositives: [Range<Int>] = []
        for _ in 0..<4 {
            var previousComma = end - 1
            while previousComma >= lowerBound, !tokens[previousComma].isPunctuation(","), !closesQuotedStatement(previousComma) {
                previousComma -= 1
            }
            let segment = (previousComma + 1)..<wordsEnd(before: end, after: previousComma)
            // `"…," Quina Jones, 25, said`: the quotation bounds the subject's stretch.
            if previousComma >= lowerBound, closesQuotedStatement(previousComma) { previousComma = lowerBound - 1 }
            guard let first = segment.first else { return nil }
            if isAside(first) {
                guard previousComma >= lowerBound else { return nil }
                end = previousComma
                continue
            }
            // After a name, "Rep. Nola Brandt (R-Ohio), a member of the
            // panel, said", the group describes the name.
            let followsName = previousComma > lowerBound
                && (document.isProper(previousComma - 1) || tokens[previousComma - 1].isPunctuation(")"))
            if !followsName, let group = phrases.groupSegment(segment), appositives.isEmpty {
                // "Senior managers at two hospital trusts in the region, speaking privately, said"
                return .phrase(group, appositives: [])
            }
            // "She, however, denied"
            if segment.count == 1, appositives.isEmpty, isSubjectPronoun(first) { return .pronoun(first) }
            var phrase = phrases.phrase(startingAt: first, upperBound: segment.upperBound)
            // "the Citizens' Rights Advocacy Network (CRAN)": the brackets belong to the name.
            if let name = phrase, name.upperBound + 3 == segment.upperBound, tokens[name.upperBound].isPunctuation("("),
                tokens[name.upperBound + 2].isPunctuation(")")
            {
                phrase = name.lowerBound..<segment.upperBound
            }
            // "Traders at the market in Ilumo, Ogbara State, have alleged":
            // a place after "in X," locates; it does not speak.
            if let place = phrase, place.upperBound == segment.upperBound, previousComma >= lowerBound,
                endsInLocation(previousComma), let reading = reader.readings(place).first, reading.reference == .name,
                reading.kind != .person
            {
                end = previousComma
                continue
            }
            // "Two people, who spoke on condition of anonymity, said"
            if let phrase, phrase.upperBound == segment.upperBound, appositives.isEmpty,
                let reading = reader.readings(phrase).first, reading.reference == .anonymous, reading.isPlural
            {
                return .phrase(phrase, appositives: [])
            }
            // "a paramedic and president of the Valley Paramedic Association"
            // describes; it is not the name.
            if let phrase, phrase.upperBound == segment.upperBound, !FrameFinder.indefinites.contains(tokens[first].key),
                let reading = reader.readings(phrase).first, reading.reference == .name,
                reading.kind != .government || reading.nameRange.map({ reader.place(of: $0) == nil }) ?? true
            {
                // The segment is the name; a description may stand before it.
                if previousComma >= lowerBound, let description = descriptor(endingAt: previousComma, lowerBound: lowerBound) {
                    // "A readout of the call between X and her counterpart,
                    // Oleg Tamashev, said": the name belongs to the last
                    // noun; a paper heads the subject.
                    if let paper = description.prefix(4).first(where: { isDocumentNoun($0) }), paper + 1 < description.upperBound,
                        document.classes[paper + 1].contains(.preposition),
                        isClauseStart(description.lowerBound, lowerBound: lowerBound)
                    {
                        return .phrase(description.lowerBound..<(paper + 1), appositives: [])
                    }
                    appositives.append(description)
                    appositives.append(description.lowerBound..<segment.upperBound)
                }
                return .phrase(phrase, appositives: appositives)
            }
            // "The euro slipped after the newspaper Handelsbote, citing two
            // officials, reported": a subject opening a subordinate clause.
            if appositives.isEmpty, phrase?.upperBound != segment.upperBound,
                let subject = phrases.phrase(endingAt: segment.upperBound - 1, lowerBound: segment.lowerBound),
                subject.lowerBound > segment.lowerBound, opensClause(subject.lowerBound - 1),
                reader.readings(subject).first != nil
            {
                return .phrase(subject, appositives: [])
            }
            // "The secretary of state's office, which keeps the rolls, said":
            // a whole opening segment before the asides is the subject.
            if appositives.isEmpty, previousComma < lowerBound, end < comma,
                segment.allSatisfy({ tokens[$0].kind != .word || lexicon.verb(tokens[$0].key) == nil
                    || $0 + 1 < segment.upperBound && tokens[$0 + 1].kind == .possessive
                    // "The report", "The 42-page report": a noun after its
                    // determiner, or heading a phrase that opens with one
                    || $0 > segment.lowerBound && document.classes[$0 - 1].contains(.determiner)
                    || $0 == segment.upperBound - 1 && document.classes[segment.lowerBound].contains(.determiner) }),
                reader.readings(segment).first != nil
            {
                // "Yet Democratic economists, like …, say": the conjunction is no part of it.
                var opening = segment.lowerBound
                while opening + 1 < segment.upperBound, tokens[opening].kind == .word,
                    document.classes[opening].contains(.conjunction)
                {
                    opening += 1
                }
                return .phrase(opening..<segment.upperBound, appositives: [])
            }
            // A description of the subject that stands before it.
            if let phrase, phrase.upperBound == segment.upperBound || isDescriptor(segment) {
                appositives.append(segment)
                guard previousComma >= lowerBound else { return nil }
                if let name = phrases.phrase(endingAt: previousComma - 1, lowerBound: lowerBound),
                    isClauseStart(name.lowerBound, lowerBound: lowerBound)
                {
                    return .phrase(name, appositives: appositives)
                }
                end = previousComma
                continue
            }
            if isDescriptor(segment) {
                appositives.append(segment)
                guard previousComma >= lowerBound else { return nil }
                end = previousComma
                continue
            }
            return nil
        }
        return nil
    }

    /// Where the words of a comma-bounded segment end: before an
    /// abbreviation's dot ("of Springfield, Va.,") and before a legislator's
    /// party and state in brackets ("Rep. Jim Orr (R-Ohio),").
    private func wordsEnd(before end: Int, after previousComma: Int) -> Int {
        if end - 1 > previousComma + 1, document.isAbbreviationDot(end - 1) { return end - 1 }
        // "(R-Ohio)", "(D-Md.)"
        if end - 1 > previousComma + 2, tokens[end - 1].isPunctuation(")"),
            let open = (max(previousComma + 2, end - 4)..<(end - 1)).last(where: { tokens[$0].isPunctuation("(") }),
            isPartyAndState(open + 1)
        {
            return open
        }
        return end
    }

    /// A closing quotation mark right after the statement's own comma or
    /// stop (`…up,"`): nothing before it can be the subject after it.
    private func closesQuotedStatement(_ index: Int) -> Bool {
        guard tokens[index].kind == .closeQuote, index > 0 else { return false }
        let before = tokens[index - 1]
        return before.isPunctuation(",") || before.isPunctuation(".") || before.isPunctuation("?") || before.isPunctuation("!")
    }

    /// Whether the words before a comma end in a place phrase: "in Ilumo",
    /// or a hometown after a person, "Ann Ruiz, of Dayton" — but not a
    /// portfolio, "The Minister of Transport".
    func endsInLocation(_ comma: Int) -> Bool {
        var index = comma - 1
        while index > 0, document.isProper(index) { index -= 1 }
        guard index < comma - 1, tokens[index].kind == .word else { return false }
        if FrameFinder.locativePrepositions.contains(tokens[index].key) { return true }
        guard tokens[index].key == Document.keyOf, index > 0 else { return false }
        let before = index - 1
        return tokens[before].isPunctuation(",") || document.isProper(before)
            && document.classes[before].isDisjoint(with: [.title, .role]) && lexicon.organizationKind(tokens[before].key) == nil
    }

    /// Prepositions that take a whole participle clause: "with X saying".
    static let absolutePrepositions = WordSet(["with", "without", "about", "despite", "amid"])
    static let speakingKinds: Set<SourceKind> = [.person, .organization, .government, .media, .unknown]

    static let locativePrepositions = WordSet(["in", "at", "near", "from", "outside"])

    /// Whether a phrase starting at `index` opens its clause: the sentence
    /// start, or after a comma-closed opener ("In response, X …").
    private func isClauseStart(_ index: Int, lowerBound: Int) -> Bool {
        // After a quotation too: `"…," Lale Dervish, a spokesperson, told …`
        index == lowerBound || tokens[index - 1].isPunctuation(",") || tokens[index - 1].isQuote
            || tokens[index - 1].kind == .dash || tokens[index - 1].isPunctuation(":")
    }

    /// A subordinator or a conjunction, after which a new clause begins.
    private func opensClause(_ index: Int) -> Bool {
        tokens[index].kind == .word
            && (document.classes[index].contains(.subordinator) || tokens[index].key == Document.keyAnd
                || tokens[index].key == WordKey("but"))
    }

    /// "writing on the X platform", "who took part in …", "however",
    /// "in a statement": asides between a subject and its verb.
    private func isAside(_ index: Int) -> Bool {
        // An age: "Ms. Whitcombe, 57 years old, said", "Bernadette Yoakum, 64, said".
        if tokens[index].kind == .number { return true }
        guard tokens[index].kind == .word else { return false }
        if isPartyAndState(index) { return true }
        let wordClass = document.classes[index]
        if !wordClass.isDisjoint(with: [.relative, .participleAdverbial, .subordinator, .adverb, .preposition]) {
            return !document.isProper(index) || wordClass.contains(.participleAdverbial)
        }
        // "filed Monday in Carroll County Circuit Court", "based in Oslo",
        // "sent to staff Tuesday by the chief executive"
        return (document.ends(index, with: "ing") || document.ends(index, with: "ed")
            || FrameFinder.irregularParticiples.contains(tokens[index].key)) && !tokens[index].isCapitalized
    }

    /// A legislator's party and state in the US style: "R-Ky.", "D-Nev",
    /// "I-Vt.": one party letter, a hyphen, a capitalised state.
    private func isPartyAndState(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length >= 4 else { return false }
        let scalars = document.article.scalars
        return FrameFinder.partyLetters.contains(scalars[token.start]) && scalars[token.start + 1] == "-"
            && Tokenizer.isUppercase(scalars[token.start + 2])
    }

    private static let partyLetters: Set<Unicode.Scalar> = ["R", "D", "I"]

    static let irregularParticiples = WordSet([
        "sent", "written", "made", "given", "taken", "known", "seen", "held", "led", "run", "built", "bought", "brought",
        "caught", "chosen", "done", "drawn", "driven", "found", "heard", "kept", "left", "lost", "paid", "put", "read",
        "said", "sold", "shown", "spent", "struck", "sworn", "taught", "thought", "told", "won", "set", "shot", "hit",
    ])

    /// "a Washington-based think tank", "the group that owns most of her
    /// music", "US Ambassador to the UN": a description standing in
    /// apposition to a name.
    private func isDescriptor(_ segment: Range<Int>) -> Bool {
        guard let first = segment.first, tokens[first].kind == .word else { return false }
        let wordClass = document.classes[first]
        if wordClass.contains(.determiner) || !wordClass.isDisjoint(with: [.title, .role]) { return true }
        return segment.prefix(4).contains { !document.classes[$0].isDisjoint(with: [.role, .title]) }
    }

    private func descriptor(endingAt comma: Int, lowerBound: Int) -> Range<Int>? {
        var start = comma - 1
        while start > lowerBound, !tokens[start - 1].isPunctuation(",") { start -= 1 }
        // "But the state Commissioner for …": the conjunction is no part of it.
        while start < comma - 1, tokens[start].kind == .word, document.classes[start].contains(.conjunction) { start += 1 }
        let segment = start..<comma
        guard !segment.isEmpty, isDescriptor(segment) || phrases.phrase(endingAt: comma - 1, lowerBound: start) == segment
        else { return nil }
        return segment
    }

    /// "X, citing Y": the cited sources of a sentence.
    private func citedSources(in range: Range<Int>) -> [Range<Int>] {
        var cited: [Range<Int>] = []
        for index in range where tokens[index].kind == .word && tokens[index].key == Document.keyCiting {
            if let phrase = phrases.phrase(startingAt: index + 1, upperBound: range.upperBound) { cited.append(phrase) }
        }
        return cited
    }

    // MARK: According to

    /// The length of a preposition that credits a source at `index`:
    /// "according to", or "per" after a break ("…, per the WHO", "Per a
    /// company filing, …"), where it cannot be "per share".
    private func creditingPreposition(at index: Int, in sentence: Range<Int>) -> Int? {
        let key = tokens[index].key
        if key == Document.keyAccording, index + 1 < sentence.upperBound, tokens[index + 1].key == Document.keyTo { return 2 }
        if key == FrameFinder.keyPer, index + 1 < sentence.upperBound, tokens[index + 1].kind == .word,
            index == sentence.lowerBound || tokens[index - 1].isPunctuation(",") || tokens[index - 1].kind == .dash
                || tokens[index - 1].isPunctuation("(")
        {
            return 1
        }
        return nil
    }

    private static let keyPer = WordKey("per")
    private static let keyAs = WordKey("as")

    private func accordingTo(at index: Int, cueLength: Int, in sentenceIndex: Int) -> Frame? {
        let sentence = document.sentences[sentenceIndex]
        let cueEnd = index + cueLength
        var end = cueEnd
        while end < min(sentence.tokens.upperBound, cueEnd + Reach.phrase) {
            let token = tokens[end]
            // "according to Ms. Epstein": an abbreviation's period is no stop.
            if token.isPunctuation(",") || token.isPunctuation(".") && !document.isAbbreviationDot(end)
                || token.isPunctuation(";") || token.kind == .dash || token.kind == .openQuote || token.isPunctuation("(")
            {
                break
            }
            if token.kind == .word && document.classes[end].contains(.relative) { break }
            end += 1
        }
        guard end > cueEnd else { return nil }
        var sourceStart = cueEnd
        // "the information obtained by der Spiegel", "data from the ministry"
        for cursor in (cueEnd)..<end
        where tokens[cursor].kind == .word && (tokens[cursor].key == Document.keyBy || tokens[cursor].key == Document.keyFrom)
            && cursor + 1 < end
        {
            // "emails seen by the Ledger", "records reviewed by the paper":
            // papers someone read speak for themselves; "figures published
            // by the board" and "information obtained by" a paper are theirs.
            if tokens[cursor].key == Document.keyBy, cursor - 1 > cueEnd,
                FrameFinder.readingParticiples.contains(tokens[cursor - 1].key),
                (cueEnd..<(cursor - 1)).contains(where: { isDocumentNoun($0) })
            {
                end = cursor - 1
                break
            }
            sourceStart = cursor + 1
        }
        // "data from the county health department released Thursday": the
        // source stops before a participle that describes the document.
        if sourceStart > cueEnd,
            let participle = (sourceStart + 1..<end).first(where: {
                tokens[$0].kind == .word && !tokens[$0].isCapitalized && document.ends($0, with: "ed")
            })
        {
            end = participle
        }
        // "according to port authority records": the whole phrase when the
        // words are not ones a name is made of.
        var phrase = phrases.phrase(startingAt: sourceStart, upperBound: end)
            ?? (sourceStart + 1..<end).first(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized && document.ends($0, with: "ed") })
                .flatMap { phrases.phrase(endingAt: $0 - 1, lowerBound: sourceStart) }.flatMap { $0.lowerBound == sourceStart ? $0 : nil }
            ?? (sourceStart..<end)
        // "accounts filed with the company registry": the whole description;
        // "a criminal complaint filed in Harmon County Superior Court": the
        // paper, described by the rest.
        var described: [Range<Int>] = []
        if sourceStart == cueEnd, phrase.upperBound < end, tokens[phrase.upperBound].kind == .word,
            !tokens[phrase.upperBound].isCapitalized, document.ends(phrase.upperBound, with: "ed")
        {
            if reader.readings(phrase).first?.kind == .document {
                described = [sourceStart..<end]
            } else {
                phrase = sourceStart..<end
            }
        }
        return Frame(
            kind: .accordingTo, sentence: sentenceIndex, cue: index..<cueEnd, lemma: "according to",
            subject: .phrase(phrase, appositives: described))
    }

    // MARK: Denials

    /// Whether a denial verb rejects a claim ("denied the report",
    /// "dismissed it as baseless", "denied being unfair") rather than an
    /// action or a thing ("rejected calls to resign", "dismissed the
    /// employee"), which is no statement at all.
    private func denialReading(of verb: VerbForm, after index: Int, upperBound: Int) -> Bool {
        var cursor = index + 1
        let limit = min(upperBound, index + 8)
        while cursor < limit {
            let token = tokens[cursor]
            if token.kind == .word {
                let wordClass = document.classes[cursor]
                // "denied that …" opens a clause; "the ideology that voters …" is a relative.
                if token.key == Document.keyThat && cursor == index + 1 || token.key == Document.keyAs { return true }
                // "denied him a hearing", "denied Carter a photograph": withholding, not denying.
                if cursor == index + 1, cursor + 1 < upperBound, tokens[cursor + 1].kind == .word,
                    document.classes[cursor + 1].contains(.determiner), !document.classes[cursor + 1].contains(.denialObject),
                    wordClass.contains(.personalPronoun) || token.isCapitalized && !document.classes[cursor].contains(.determiner)
                {
                    return false
                }
                if wordClass.contains(.denialNonObject)
                    || document.phrase(
                        at: cursor, limit: upperBound,
                        where: {
                            if case .denialNonObject = $0 { return true }
                            return false
                        }) != nil
                {
                    return false
                }
                // "rejected those days", "the ideology that voters admire": a
                // determiner or a relative stands for the object only on its own.
                if wordClass.contains(.denialObject),
                    !wordClass.contains(.determiner) && !wordClass.contains(.relative) || cursor + 1 >= upperBound
                        || tokens[cursor + 1].kind != .word
                {
                    return true
                }
                if cursor == index + 1 || document.classes[cursor - 1].contains(.adverb) {
                    // A gerund: "denied being unfair", "denied doing anything wrong".
                    if document.ends(cursor, with: "ing") && !token.isCapitalized { return true }
                }
            } else if token.isPunctuation(",") || token.isPunctuation(".") || token.isPunctuation(":") {
                break
            }
            cursor += 1
        }
        return verb.flags.contains(.anyObject)
    }

    /// "a claim that the office strongly disputes", "a point that officials
    /// have disputed": what is rejected stands before the subject, as the
    /// antecedent of the relative that opens the clause.
    private func objectBefore(_ subject: Frame.Subject) -> Bool {
        guard case .phrase(let phrase, _) = subject, phrase.lowerBound >= 2 else { return false }
        let relative = phrase.lowerBound - 1
        guard tokens[relative].kind == .word, document.classes[relative].contains(.relative) else { return false }
        var antecedent = relative - 1
        if tokens[antecedent].isPunctuation(","), antecedent > 0 { antecedent -= 1 }
        return tokens[antecedent].kind == .word && document.classes[antecedent].contains(.denialObject)
            && !document.classes[antecedent].contains(.determiner) && !document.classes[antecedent].contains(.personalPronoun)
    }

    /// "Bush pointedly rejected", "has vigorously denied": a manner adverb
    /// in -ly between a denial verb and its subject. After a determiner or
    /// an adjective the word is a noun ("the family denied").
    private func isMannerAdverb(_ index: Int, lowerBound: Int) -> Bool {
        guard tokens[index].kind == .word, !tokens[index].isCapitalized, document.ends(index, with: "ly"),
            tokens[index].end - tokens[index].start >= 5, !NounPhrases.lyAdjectives.contains(tokens[index].key),
            document.classes[index].isEmpty, index > lowerBound
        else { return false }
        let before = document.classes[index - 1]
        return tokens[index - 1].kind == .word && !before.contains(.determiner) && !before.contains(.preposition)
    }
}
