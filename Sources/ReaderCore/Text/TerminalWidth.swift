/// How many terminal columns a character takes, as the C library's
/// `wcwidth` reports it in a UTF-8 locale, so the frame and the terminal
/// agree on where every column is: East Asian wide and fullwidth
/// characters and emoji take two, combining marks none.
public enum TerminalWidth {
    /// 0 for combining marks, 1 or 2 otherwise; `nil` for control and
    /// format characters, which are never drawn.
    public static func of(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return nil }
        if value < 0x300 { return value == 0xAD ? nil : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        // Bidi overrides, zero-width joiners, byte-order marks: invisible
        // characters that could reorder or hide text are never drawn.
        case .format, .lineSeparator, .paragraphSeparator: return nil
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul vowels and finals join the syllable
        if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
        return 1
    }

    /// Columns a whole string takes when drawn glyph by glyph.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (of($1) ?? 0) }
    }

    /// East Asian Wide and Fullwidth blocks (other than emoji).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
