import Foundation

/// Reads the lexicon files into plain dictionaries; `Lexicon` freezes
/// them into look-up tables.
struct LexiconBuilder {
    var classes: [WordKey: WordClass] = [:]
    var verbs: [WordKey: VerbForm] = [:]
    var phrases: [WordKey: [Phrase]] = [:]
    var organizationWords: [WordKey: SourceKind] = [:]
    var places: [Place] = []
    var placeWords: [WordKey: Int] = [:]
    var outletWords: Set<WordKey> = []
    var sectionMarkers: [String: MarkerKind] = [:]
    var boilerplateStarts: [String] = []
    var boilerplateContains: [String] = []
    var firstNames: [WordKey: FirstName] = [:]
    var bodyTypes: [WordKey: BodyType] = [:]

    mutating func load(from directory: URL) throws {
        try loadFunctionWords(LexiconFiles.lines("function-words.txt", in: directory))
        try loadVerbs(LexiconFiles.lines("reporting-verbs.txt", in: directory))
        for line in try LexiconFiles.lines("cue-nouns.txt", in: directory) { add(line, .cueNoun) }
        try loadHedges(LexiconFiles.lines("hedges.txt", in: directory))
        for (section, entry) in try LexiconBuilder.sections(LexiconFiles.lines("denials.txt", in: directory)) {
            switch section {
            case "objects": add(entry, .denialObject, phrase: .denialObject)
            case "non-objects": add(entry, .denialNonObject, phrase: .denialNonObject)
            case "verdicts": add(entry, .verdict, phrase: .verdict)
            case "verdict-verbs": add(entry, .verdictVerb)
            case "phrases": addPhrase(entry, .denialPhrase)
            case "phrasal-verbs": addPhrase(entry, .denialVerb)
            case "predicate-verdicts": add(entry, .predicateVerdict)
            case "non-verdicts": addPhrase(entry, .nonVerdict)
            default: throw ClaimKitError.lexicon(file: "denials.txt", reason: "unknown section [\(section)]")
            }
        }
        let anonymous = try LexiconFiles.lines("anonymous-sources.txt", in: directory)
        for (section, entry) in LexiconBuilder.sections(anonymous, initial: "heads") {
            if section == "connectors" {
                add(entry, .anonymousConnector, phrase: .anonymousConnector)
            } else {
                add(entry, .anonymousHead)
            }
        }
        for (section, entry) in try LexiconBuilder.sections(LexiconFiles.lines("roles.txt", in: directory)) {
            switch section {
            case "roles": add(entry, .role, phrase: .role)
            case "titles": add(entry, .title)
            case "modifiers": add(entry, .roleModifier)
            default: throw ClaimKitError.lexicon(file: "roles.txt", reason: "unknown section [\(section)]")
            }
        }
        for line in try LexiconFiles.lines("organizations.txt", in: directory) {
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard fields.count >= 2, let kind = SourceKind(rawValue: String(fields.last!)) else {
                throw ClaimKitError.lexicon(file: "organizations.txt", reason: "expected `word kind`: \(line)")
            }
            let words = fields.dropLast().joined(separator: " ")
            let keys = Lexicon.keys(of: words)
            if keys.count == 1 {
                if organizationWords[keys[0]] == nil { organizationWords[keys[0]] = kind }
            } else {
                addPhrase(keys, .organizationWord(kind))
            }
        }
        for line in try LexiconFiles.lines("body-types.txt", in: directory) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let type = BodyType(rawValue: parts[0].trimmingCharacters(in: .whitespaces)) else {
                throw ClaimKitError.lexicon(file: "body-types.txt", reason: "expected `type: words`: \(line)")
            }
            for word in parts[1].split(whereSeparator: \.isWhitespace) { bodyTypes[WordKey(word)] = type }
        }
        for line in try LexiconFiles.lines("first-names.txt", in: directory) {
            let (entry, flags) = Lexicon.splitFlags(line)
            guard let flag = flags.first, let firstName = FirstName(rawValue: flag) else {
                throw ClaimKitError.lexicon(file: "first-names.txt", reason: "expected `Name | f|m|u`: \(line)")
            }
            firstNames[WordKey(entry)] = firstName
        }
        for line in try LexiconFiles.lines("outlets.txt", in: directory) {
            let keys = Lexicon.keys(of: line)
            if keys.count == 1 { outletWords.insert(keys[0]) } else { addPhrase(keys, .outlet) }
        }
        try loadPlaces(LexiconFiles.lines("places.txt", in: directory))
        for line in try LexiconFiles.lines("abbreviations.txt", in: directory) {
            let (entry, flags) = Lexicon.splitFlags(line)
            var wordClass: WordClass = .abbreviation
            if flags.contains("may-end") { wordClass.insert(.abbreviationMayEnd) }
            if flags.contains("needs-number") { wordClass.insert(.abbreviationNeedsNumber) }
            add(entry, wordClass)
        }
        for line in try LexiconFiles.lines("section-markers.txt", in: directory) {
            let (entry, flags) = Lexicon.splitFlags(line)
            guard let flag = flags.first, let kind = MarkerKind(rawValue: flag) else {
                throw ClaimKitError.lexicon(file: "section-markers.txt", reason: "expected `Marker | kind`: \(line)")
            }
            sectionMarkers[entry.lowercased()] = kind
        }
        for (section, entry) in try LexiconBuilder.sections(LexiconFiles.lines("boilerplate.txt", in: directory)) {
            if section == "starts" { boilerplateStarts.append(entry.lowercased()) }
            if section == "contains" { boilerplateContains.append(entry.lowercased()) }
        }
        for key in phrases.keys {
            phrases[key]!.sort { $0.keys.count > $1.keys.count }
        }
    }


    private mutating func add(_ entry: String, _ wordClass: WordClass, phrase: PhraseKind? = nil) {
        let keys = Lexicon.keys(of: entry)
        guard !keys.isEmpty else { return }
        if keys.count == 1 {
            classes[keys[0], default: []].formUnion(wordClass)
        } else if let phrase {
            addPhrase(keys, phrase)
        }
    }

    private mutating func addPhrase(_ entry: String, _ kind: PhraseKind) {
        addPhrase(Lexicon.keys(of: entry), kind)
    }

    private mutating func addPhrase(_ keys: [WordKey], _ kind: PhraseKind) {
        guard let first = keys.first else { return }
        phrases[first, default: []].append(Phrase(keys: keys, kind: kind))
    }

    private mutating func loadFunctionWords(_ lines: [String]) throws {
        let sections: [String: WordClass] = [
            "determiners": .determiner, "prepositions": .preposition, "conjunctions": .conjunction,
            "subordinators": .subordinator, "relatives": .relative, "pronouns-singular-male": .pronounMale,
            "pronouns-singular-female": .pronounFemale, "pronouns-neuter": .pronounNeuter,
            "pronouns-plural": .pronounPlural, "pronouns-first": .pronounFirst, "pronouns-second": .pronounSecond,
            "auxiliaries": .auxiliary, "negations": .negation, "refusals": .refusal, "adverbs": .adverb,
            "time-words": .timeWord, "participle-adverbials": .participleAdverbial,
            "sentence-starters": .sentenceStarter,
        ]
        var current: WordClass?
        for line in lines {
            if line.hasPrefix("[") {
                let name = String(line.dropFirst().dropLast())
                guard let wordClass = sections[name] else {
                    throw ClaimKitError.lexicon(file: "function-words.txt", reason: "unknown section [\(name)]")
                }
                current = wordClass
                continue
            }
            guard let current else {
                throw ClaimKitError.lexicon(file: "function-words.txt", reason: "entry before any section: \(line)")
            }
            for word in line.split(whereSeparator: \.isWhitespace) {
                for key in Lexicon.keys(of: String(word)) { classes[key, default: []].formUnion(current) }
            }
        }
    }

    private mutating func loadVerbs(_ lines: [String]) throws {
        for line in lines {
            let (entry, flagNames) = Lexicon.splitFlags(line)
            var flags: VerbFlags = []
            for name in flagNames {
                switch name {
                case "weak": flags.insert(.weak)
                case "object": flags.insert(.object)
                case "intent": flags.insert(.intent)
                case "accuse": flags.insert(.accuse)
                case "belief": flags.insert(.belief)
                case "denial": flags.insert(.denial)
                case "any-object": flags.insert(.anyObject)
                default: throw ClaimKitError.lexicon(file: "reporting-verbs.txt", reason: "unknown flag \(name)")
                }
            }
            let forms = entry.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let base = forms.first else { continue }
            let lemma = base.hasPrefix("~") ? String(base.dropFirst()) : base
            for form in forms {
                let weakForm = form.hasPrefix("~")
                let word = weakForm ? String(form.dropFirst()) : form
                var formFlags = flags
                if weakForm { formFlags.insert(.weak) }
                verbs[WordKey(word)] = VerbForm(lemma: lemma, flags: formFlags, isGerund: word.hasSuffix("ing"))
            }
        }
    }

    private mutating func loadHedges(_ lines: [String]) throws {
        var uses: [[WordKey]: HedgeUse] = [:]
        var order: [[WordKey]] = []
        for line in lines {
            let (entry, flagNames) = Lexicon.splitFlags(line)
            var use: HedgeUse = []
            for name in flagNames {
                switch name {
                case "claim": use.insert(.claim)
                case "headline": use.insert(.headline)
                case "mark": use.insert(.mark)
                default: throw ClaimKitError.lexicon(file: "hedges.txt", reason: "unknown flag \(name)")
                }
            }
            let keys = Lexicon.keys(of: entry)
            if uses[keys] == nil { order.append(keys) }
            uses[keys, default: []].formUnion(use)
        }
        // Hedges are kept as phrases even when one word long, so one
        // look-up finds "appears to" and "apparently" alike.
        for keys in order { addPhrase(keys, .hedge(uses[keys]!)) }
    }

    private mutating func loadPlaces(_ lines: [String]) throws {
        for line in lines {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = fields.first, !name.isEmpty else { continue }
            func names(_ index: Int) -> [String] {
                guard index < fields.count else { return [] }
                return fields[index].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
            }
            let index = places.count
            places.append(Place(name: name, demonyms: names(1)))
            for variant in [name] + names(1) + names(2) + names(3) {
                let keys = Lexicon.keys(of: variant)
                if keys.count == 1 {
                    if placeWords[keys[0]] == nil { placeWords[keys[0]] = index }
                } else if !keys.isEmpty {
                    addPhrase(keys, .place(index))
                }
            }
        }
    }

    /// The entries of a file of `[section]` headers, each with its
    /// section; `initial` names the section before the first header.
    private static func sections(_ lines: [String], initial: String = "") -> [(section: String, entry: String)] {
        var section = initial
        var entries: [(section: String, entry: String)] = []
        for line in lines {
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
            } else {
                entries.append((section, line))
            }
        }
        return entries
    }
}
