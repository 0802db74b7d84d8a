import Foundation

/// Everything ClaimKit knows about English news language, read from the
/// data files in `Lexicons/` so that it can be extended without Swift.
public struct Lexicon: Sendable {
    let classes: WordTable<WordClass>
    let verbs: WordTable<VerbForm>
    /// Multi-word entries, by the key of their first word, longest first.
    let phrases: WordTable<[Phrase]>
    let organizationWords: WordTable<SourceKind>
    /// Country names, demonyms and capitals (single words) to their place.
    let placeWords: WordTable<Int>
    let outletWords: WordTable<Bool>
    let places: [Place]
    let sectionMarkers: [String: MarkerKind]
    /// Footer phrases, lower-cased UTF-8, for byte comparison.
    let boilerplateStarts: [[UInt8]]
    let boilerplateContains: [[UInt8]]
    let firstNames: WordTable<FirstName>
    let bodyTypes: WordTable<BodyType>
    /// The learned cue reader shipped with the lexicons, if the folder has one.
    let cueModel: CueModel?
    /// Class and id words that tell a web page's furniture from its article.
    let pageClasses: PageClassVocabulary
    /// A fingerprint of every file the lexicon was read from, so that a
    /// stored analysis can tell whether these lexicons would read it alike.
    public let digest: String

    /// The lexicons shipped with ClaimKit, read once per process.
    public static func bundled() throws -> Lexicon {
        try bundledResult.get()
    }

    private static let bundledResult: Result<Lexicon, ClaimKitError> = {
        do {
            return .success(try Lexicon(directory: LexiconFiles.directory()))
        } catch let error as ClaimKitError {
            return .failure(error)
        } catch {
            return .failure(.lexicon(file: "Lexicons", reason: "\(error)"))
        }
    }()

    /// Reads every lexicon file from a folder laid out like `Lexicons/`.
    public init(directory: URL) throws {
        var builder = LexiconBuilder()
        try builder.load(from: directory)
        classes = WordTable(builder.classes)
        verbs = WordTable(builder.verbs)
        phrases = WordTable(builder.phrases)
        organizationWords = WordTable(builder.organizationWords)
        placeWords = WordTable(builder.placeWords)
        outletWords = WordTable(Dictionary(uniqueKeysWithValues: builder.outletWords.map { ($0, true) }))
        places = builder.places
        sectionMarkers = builder.sectionMarkers
        boilerplateStarts = builder.boilerplateStarts.map { Array($0.utf8) }
        boilerplateContains = builder.boilerplateContains.map { Array($0.utf8) }
        firstNames = WordTable(builder.firstNames)
        bodyTypes = WordTable(builder.bodyTypes)
        cueModel = try CueModel.load(from: directory)
        pageClasses = try PageClassVocabulary(directory: directory)
        digest = try LexiconFiles.digest(of: directory)
    }

    // MARK: Queries

    func wordClass(_ key: WordKey) -> WordClass { classes[key] ?? [] }
    func verb(_ key: WordKey) -> VerbForm? { verbs[key] }
    func organizationKind(_ key: WordKey) -> SourceKind? { organizationWords[key] }
    func place(_ key: WordKey) -> Int? { placeWords[key] }
    func firstName(_ key: WordKey) -> FirstName? { firstNames[key] }
    func bodyType(_ key: WordKey) -> BodyType? { bodyTypes[key] }
    func isOutletWord(_ key: WordKey) -> Bool { outletWords[key] != nil }

    /// Appends every multi-word entry that matches at `index` before
    /// `limit`, longest first: asked for every word, so into the caller's
    /// array rather than a new one each time.
    func appendPhrases(at index: Int, in tokens: [Token], limit: Int, to matches: inout [(kind: PhraseKind, length: Int)]) {
        guard let candidates = phrases[tokens[index].key] else { return }
        for phrase in candidates where index + phrase.keys.count <= limit {
            var matched = true
            for offset in 1..<phrase.keys.count where tokens[index + offset].key != phrase.keys[offset] {
                matched = false
                break
            }
            if matched { matches.append((phrase.kind, phrase.keys.count)) }
        }
    }

    /// The word keys of a lexicon entry, tokenized as article text is.
    static func keys(of entry: String) -> [WordKey] {
        let scalars = Array(entry.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, in: 0..<scalars.count, into: &tokens)
        return tokens.map(\.key)
    }

    static func splitFlags(_ line: String) -> (entry: String, flags: [String]) {
        let parts = line.split(separator: "|", maxSplits: 1)
        let entry = parts[0].trimmingCharacters(in: .whitespaces)
        let flags = parts.count > 1 ? parts[1].split(whereSeparator: \.isWhitespace).map(String.init) : []
        return (entry, flags)
    }
}
