import Foundation

/// Makes text safe to print on a terminal or write into a report: no
/// control characters, escape sequences, bidi overrides or zero-width
/// characters, and (for `line`) no line breaks. Article text is already
/// normalized, but paths, notes and names from elsewhere are not.
public enum Sanitizer {
    /// The text with every unsafe character removed and line breaks and
    /// tabs turned into spaces.
    public static func line(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// The text with every unsafe character removed; line breaks kept.
    public static func text(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return text }
        var cleaned = TextNormalizer.normalize(text).text
        if !keepNewlines && cleaned.contains("\n") {
            cleaned = cleaned.replacingOccurrences(of: "\n", with: " ")
        }
        return cleaned
    }
}
