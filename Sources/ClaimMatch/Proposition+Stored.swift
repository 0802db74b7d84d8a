import Foundation

/// A proposition as one line of text, so a library keeps what it read of
/// each claim and compares its claims without reading their text again:
/// `+` or `-` (asserts or denies), then its terms separated by spaces,
/// names marked by a leading `!`. Quantities and years are the `#` terms,
/// told apart as `read` tells them (whole numbers 1900–2100 are years).
/// Each negation follows as `~` and the terms it bears on, joined by commas
/// (no term holds a comma); a line without them is a claim whose polarity
/// is known only as a whole. Then each sentence, when there are several,
/// as `^` and its terms.
extension Proposition {
    public var stored: String {
        var line = negated ? "-" : "+"
        for term in terms {
            line += " "
            if entities.contains(term) { line += "!" }
            line += term
        }
        for scope in negations { line += " ~" + scope.joined(separator: ",") }
        for sentence in sentences { line += " ^" + sentence.joined(separator: ",") }
        return line
    }

    /// The proposition `stored` wrote; nil for a line it cannot have written.
    public init?(stored line: String) {
        let parts = Self.storedParts(line)
        guard let polarity = parts.first, polarity == "+" || polarity == "-" else { return nil }
        var terms: [String] = []
        var entities = Set<String>()
        var quantities = Set<String>()
        var years = Set<String>()
        var negations: [[String]] = []
        var sentences: [[String]] = []
        terms.reserveCapacity(parts.count - 1)
        for part in parts.dropFirst() {
            if part.hasPrefix("~") {
                negations.append(part.dropFirst().split(separator: ",").map(String.init))
                continue
            }
            if part.hasPrefix("^") {
                sentences.append(part.dropFirst().split(separator: ",").map(String.init))
                continue
            }
            let isName = part.hasPrefix("!")
            let term = isName ? String(part.dropFirst()) : part
            guard !term.isEmpty else { return nil }
            if isName { entities.insert(term) }
            if term.hasPrefix("#") {
                let number = String(term.dropFirst())
                if let whole = Int(number), PropositionReader.years.contains(whole) {
                    years.insert(number)
                } else {
                    quantities.insert(number)
                }
            }
            terms.append(term)
        }
        self.init(
            terms: terms, entities: entities, quantities: quantities, years: years, negated: polarity == "-",
            negations: negations, sentences: sentences)
    }

    /// The terms of a line `stored` wrote, without reading the rest.
    public static func storedTerms(_ line: String) -> [String] {
        storedParts(line).dropFirst().filter { !$0.hasPrefix("~") && !$0.hasPrefix("^") }.map { $0.hasPrefix("!") ? String($0.dropFirst()) : $0 }
    }

    /// The line's space-separated parts, split byte by byte (a space is
    /// one byte in UTF-8, and splitting by Character is the slow part).
    private static func storedParts(_ line: String) -> [String] {
        line.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Some terms to find in lines `Proposition.stored` wrote, compared byte by
/// byte: a library reads how many terms each candidate has and which of a
/// look-up's common terms it carries without making a string of each term.
public struct StoredTermFinder: Sendable {
    public let terms: [String]
    private let bytes: [[UInt8]]
    /// Indices of `terms` by their length in bytes.
    private let byLength: [[Int]]

    public init(_ terms: [String]) {
        self.terms = terms
        bytes = terms.map { Array($0.utf8) }
        var byLength = [[Int]](repeating: [], count: (bytes.map(\.count).max() ?? 0) + 1)
        for (index, term) in bytes.enumerated() { byLength[term.count].append(index) }
        self.byLength = byLength
    }

    /// How many terms the line has, and the indices of `terms` among them.
    public func scan(_ line: String) -> (count: Int, carried: [Int]) {
        var count = 0
        var carried: [Int] = []
        var line = line
        line.withUTF8 { buffer in
            var start = 0
            var first = true
            while start < buffer.count {
                var end = start
                while end < buffer.count && buffer[end] != UInt8(ascii: " ") { end += 1 }
                defer { start = end + 1 }
                if first || end == start {
                    first = false
                    continue
                }
                let lead = buffer[start]
                // Negations and sentences come after every term.
                if lead == UInt8(ascii: "~") || lead == UInt8(ascii: "^") { break }
                let from = lead == UInt8(ascii: "!") ? start + 1 : start
                count += 1
                let length = end - from
                guard length > 0, length < byLength.count else { continue }
                for index in byLength[length] where bytes[index][0] == buffer[from] {
                    if bytes[index].withUnsafeBufferPointer({ memcmp($0.baseAddress!, buffer.baseAddress! + from, length) == 0 }) {
                        carried.append(index)
                    }
                }
            }
        }
        return (count, carried)
    }
}
