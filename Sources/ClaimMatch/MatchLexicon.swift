import ClaimKit
import Foundation

/// The words claim matching treats specially, read from
/// `Lexicons/matching.txt`: frame words that are never compared, negations
/// and denying cues that flip a claim's polarity, and word forms compared
/// as another form.
public struct MatchLexicon: Sendable {
    public var frame: Set<String>
    /// The frame words' stems: a frame word in another form ("adding",
    /// "tweeting") is frame too.
    public var frameStems: Set<String>
    public var negations: Set<String>
    /// Words that after a negation add rather than deny ("not just",
    /// "isn't only").
    public var additive: Set<String>
    public var denying: Set<String>
    public var forms: [String: String]
    /// Spelled-out numbers and the words that scale a number, by value.
    public var numbers: [String: Double]
    public var multipliers: [String: Double]
    /// Words of one meaning compared as one, by stem: "barred" as "banned".
    public var synonyms: [String: String]
    /// Names compared as one (`names.txt`, ClaimKit's countries and given names).
    public var names: NameForms
    /// A fingerprint of everything read: a library whose claims were read
    /// under another reads them again (`PropositionReader.version`).
    public var digest: String

    /// The lexicon shipped with ClaimMatch.
    public static func bundled() throws -> MatchLexicon {
        func text(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Lexicons")
            else { throw MatchError.missingLexicon("\(name).txt") }
            return try String(contentsOf: url, encoding: .utf8)
        }
        let groups = try NameForms.groups(in: text("names")) + SharedLexicons.countryNames()
        let givenNames = try SharedLexicons.givenNames()
        var lexicon = try MatchLexicon(contents: text("matching"))
        lexicon.names = NameForms(groups: groups, givenNames: givenNames)
        var hash = ByteFingerprint()
        hash.feed(lexicon.digest)
        for group in groups { hash.feed(group.joined(separator: ",") + "\n") }
        hash.feed(givenNames.joined(separator: ","))
        lexicon.digest = hash.hex
        return lexicon
    }

    /// Reads the sectioned format: `[section]` headings, `#` comments,
    /// entries separated by white space; `[forms]` holds pairs a line.
    public init(contents: String) throws {
        var sections: [String: [[String]]] = [:]
        var current: String?
        for (number, rawLine) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                continue
            }
            guard let section = current else { throw MatchError.badLexiconLine("line \(number + 1)", line) }
            sections[section, default: []].append(line.split(separator: " ").map { MatchText.fold(String($0)) })
        }
        frame = Set(sections["frame", default: []].joined())
        frameStems = Set(frame.map(MatchText.stem))
        negations = Set(sections["negations", default: []].joined())
        additive = Set(sections["additive", default: []].joined())
        denying = Set(sections["denying", default: []].joined())
        func pairs(_ name: String) throws -> [String: String] {
            var table: [String: String] = [:]
            for pair in sections[name, default: []] {
                guard pair.count == 2 else { throw MatchError.badLexiconLine(name, pair.joined(separator: " ")) }
                table[pair[0]] = pair[1]
            }
            return table
        }
        func values(_ name: String) throws -> [String: Double] {
            try pairs(name).mapValues { text in
                guard let value = Double(text) else { throw MatchError.badLexiconLine(name, text) }
                return value
            }
        }
        // A form is compared as its stem, as the words it stands for would be.
        forms = try pairs("forms").mapValues(MatchText.stem)
        numbers = try values("numbers")
        multipliers = try values("multipliers")
        // Each line a group, all compared as its first word.
        var synonyms: [String: String] = [:]
        for group in sections["synonyms", default: []] {
            guard let first = group.first else { continue }
            for word in group.dropFirst() { synonyms[MatchText.stem(word)] = MatchText.stem(first) }
        }
        self.synonyms = synonyms
        names = NameForms()
        var hash = ByteFingerprint()
        hash.feed(contents)
        digest = hash.hex
    }
}

public enum MatchError: Error, CustomStringConvertible {
    case missingLexicon(String)
    case badLexiconLine(String, String)

    public var description: String {
        switch self {
        case .missingLexicon(let name): "the matching lexicon \(name) is missing from the ClaimMatch bundle"
        case .badLexiconLine(let place, let text): "matching.txt, \(place): '\(text)' is outside a [section] or not a pair with a value"
        }
    }
}
