import Foundation

/// One word or number of a claim's text, by its scalar offsets in that text.
struct MatchToken {
    var text: String
    var start: Int
    var end: Int
    var isCapitalized: Bool
    var isAcronym: Bool
    var isNumber: Bool
    /// First word of the text or of a quotation, where a capital says nothing.
    var startsSentence: Bool
}

/// Splitting a claim into words the way matching compares them.
enum MatchText {
    /// Lower case, no accents, typographic apostrophes as `'`.
    static func fold(_ word: String) -> String {
        // Most words are ASCII: lower-casing their bytes is all folding does,
        // without Foundation's work per word.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// Words (letters, digits, inner apostrophes), numbers with their
    /// separators ("30,000", "1.5") and dotted abbreviations ("U.S.").
    static func tokens(_ text: String) -> [MatchToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [MatchToken] = []
        var index = 0
        var sentenceStart = true
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        while index < scalars.count {
            let scalar = scalars[index]
            guard isLetter(scalar) || isDigit(scalar) else {
                if ".!?:\"“”«»".unicodeScalars.contains(scalar) { sentenceStart = true }
                index += 1
                continue
            }
            let start = index
            var dotted = false
            while index < scalars.count {
                let current = scalars[index]
                if isLetter(current) || isDigit(current) {
                    index += 1
                    continue
                }
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                let previous = scalars[index - 1]
                if (current == "'" || current == "\u{2019}") && isLetter(next) {
                    index += 1
                } else if (current == "." || current == ",") && isDigit(previous) && isDigit(next) {
                    index += 1
                } else if current == "." && isLetter(next) && isLetter(previous)
                    && index + 2 < scalars.count && scalars[index + 2] == "." && (index - start) == 1
                {
                    // "U.S." and "U.K.": single letters joined by dots.
                    dotted = true
                    index += 1
                } else {
                    break
                }
            }
            if dotted, index < scalars.count, scalars[index] == "." { index += 1 }
            var word = String(String.UnicodeScalarView(scalars[start..<index]))
            // A possessive does not make "ISIS's" less of an acronym than "ISIS".
            var stem = Substring(word)
            for suffix in ["'s", "\u{2019}s"] where stem.hasSuffix(suffix) { stem = stem.dropLast(suffix.count) }
            // Counted into arrays: filtering the scalar view itself rebuilds a string.
            var letters: [Unicode.Scalar] = []
            for scalar in stem.unicodeScalars where isLetter(scalar) { letters.append(scalar) }
            var upper = letters.filter { $0.properties.isUppercase }
            // Nor does a plural: "PACs" is the acronym PAC.
            if letters.count >= 3 && letters.last == "s" && upper.count == letters.count - 1 {
                letters.removeLast()
                upper = letters
            }
            let isAcronym = dotted || (letters.count >= 2 && upper.count == letters.count && letters.count <= 5)
            if isAcronym {
                word = letters.map { String($0) }.joined(separator: ".")
            }
            tokens.append(
                MatchToken(
                    text: word, start: start, end: index,
                    isCapitalized: scalars[start].properties.isUppercase, isAcronym: isAcronym,
                    isNumber: isDigit(scalars[start]), startsSentence: sentenceStart))
            sentenceStart = false
        }
        return tokens
    }

    /// Whether the text between two words ends a clause: sentence or
    /// clause punctuation, or a dash standing apart ("talks - not a deal"),
    /// not the hyphen inside "front-runner".
    static func endsClause(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        var dash = false
        var space = false
        for scalar in between {
            switch scalar {
            case ".", "!", "?", ";", ":", ",", "(", ")", "\u{2014}", "\u{2013}": return true
            case "-": dash = true
            case " ", "\n", "\t": space = true
            default: break
            }
        }
        return dash && space
    }

    /// Whether the text between two words ends a sentence: a full stop,
    /// question or exclamation mark before a capital or a quotation (not
    /// the dot of "Mr." or "Sen."), or a semicolon or colon.
    static func endsSentence(_ between: ArraySlice<Unicode.Scalar>, after previous: MatchToken, before next: MatchToken) -> Bool {
        if between.contains(where: { $0 == ";" || $0 == ":" }) { return true }
        guard between.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }) else { return false }
        let abbreviation = previous.isCapitalized && previous.text.count <= 3 && !previous.isAcronym
            && between.first == "."
        return !abbreviation && (next.isCapitalized || between.contains { "\"“”'‘’".unicodeScalars.contains($0) })
    }

    /// A light English suffix stripper: enough that "talks", "talked" and
    /// "talking" compare as one word, never so much that unrelated words meet.
    static func stem(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) } else if word.hasSuffix("'") { word.removeLast() }
        func strip(_ suffix: String, minimum: Int, replacement: String = "") -> Bool {
            guard word.hasSuffix(suffix), word.count - suffix.count >= minimum else { return false }
            word.removeLast(suffix.count)
            word += replacement
            return true
        }
        if strip("ies", minimum: 3, replacement: "y") {
        } else if strip("sses", minimum: 2, replacement: "ss") {
        } else if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") {
            _ = strip("s", minimum: 3)
        }
        if strip("ied", minimum: 3, replacement: "y") {
        } else if strip("ing", minimum: 3) || strip("ed", minimum: 3) {
            // "stopped" → "stopp" → "stop"
            let scalars = Array(word.unicodeScalars)
            if scalars.count >= 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
                !"lsz".unicodeScalars.contains(scalars[scalars.count - 1])
            {
                word.removeLast()
            }
        }
        _ = strip("ment", minimum: 4)
        // "make" as "making" ("mak"), "vote" as "voted".
        if word.count > 3 && word.hasSuffix("e") { word.removeLast() }
        return word
    }
}
