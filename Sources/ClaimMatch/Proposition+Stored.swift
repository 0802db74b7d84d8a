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
