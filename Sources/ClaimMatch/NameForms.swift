import Foundation

/// Names compared as one, whatever their spelling: a body or a country
/// by any of its names ("United States", "U.S.", "America"), and a person
/// by the surname alone ("Ted Cruz" as "Cruz"), since reports name people
/// fully once and by surname after.
public struct NameForms: Sendable {
    /// Each name's words, as `key` reads them, and its compared form.
    var phrases: [[String]: String] = [:]
    /// The most words any name has.
    var longest = 0
    /// Folded given names, left out before another capitalised word.
    var givenNames: Set<String> = []

    public init() {}

    /// - Parameters:
    ///   - groups: each group's names, the first giving the compared form.
    ///   - givenNames: given names, in any case.
    public init(groups: [[String]], givenNames: [String]) {
        for group in groups {
            guard let first = group.first else { continue }
            let canonical = MatchText.tokens(first).map { MatchText.fold($0.text) }.joined(separator: "-")
            guard !canonical.isEmpty else { continue }
            for name in group {
                let keys = MatchText.tokens(name).map(Self.key)
                // The first group to claim a spelling keeps it.
                guard !keys.isEmpty, phrases[keys] == nil else { continue }
                phrases[keys] = canonical
                longest = max(longest, keys.count)
            }
        }
        self.givenNames = Set(givenNames.map(MatchText.fold))
    }

    /// The groups of a `names.txt`: `canonical: other, other` a line, `#`
    /// comments.
    static func groups(in text: String) throws -> [[String]] {
        try text.split(separator: "\n").compactMap { rawLine in
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { return nil }
            guard let colon = line.firstIndex(of: ":") else { throw MatchError.badLexiconLine("names.txt", line) }
            let others = line[line.index(after: colon)...].split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            return [String(line[..<colon])] + others.filter { !$0.isEmpty }
        }
    }

    /// How a word is looked up among names: an abbreviation as its letters,
    /// any other word by its stem ("Republicans" as "Republican").
    static func key(_ token: MatchToken) -> String {
        let folded = MatchText.fold(token.text)
        return token.isAcronym ? folded : MatchText.stem(folded)
    }

    /// The name starting at `index`, longest first, as its compared form and
    /// number of words; nil when none starts there. A name starts with a
    /// capital: "a state" is not the Islamic State, "turkey" not Turkey.
    /// Its words follow each other with nothing but spaces between them.
    func name(in tokens: [MatchToken], scalars: [Unicode.Scalar], at index: Int) -> (form: String, length: Int)? {
        guard !phrases.isEmpty, tokens[index].isCapitalized || tokens[index].isAcronym else { return nil }
        var keys: [String] = []
        var found: (form: String, length: Int)?
        var end = index
        while end < tokens.count && keys.count < longest {
            if end > index && !Self.onlySpaces(scalars[tokens[end - 1].end..<tokens[end].start]) { break }
            keys.append(Self.key(tokens[end]))
            end += 1
            if let form = phrases[keys] { found = (form, keys.count) }
        }
        return found
    }

    /// Whether the word at `index` is a given name followed by another
    /// name ("Ted" of "Ted Cruz"): the surname stands for the person.
    func isGivenName(in tokens: [MatchToken], scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isCapitalized, !token.isAcronym, index + 1 < tokens.count,
            givenNames.contains(MatchText.fold(token.text))
        else { return false }
        let next = tokens[index + 1]
        return next.isCapitalized && Self.onlySpaces(scalars[token.end..<next.start])
    }

    static func onlySpaces(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        !between.isEmpty && between.allSatisfy { $0 == " " || $0 == "\u{00A0}" }
    }
}
