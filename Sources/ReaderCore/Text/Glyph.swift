/// What one terminal cell shows: a spacing character with the combining
/// marks that follow it (at most four, as curses keeps), its width in
/// columns, and where it starts in the text it came from.
public struct Glyph: Hashable, Sendable {
    public var text: String
    public var width: Int
    /// Unicode-scalar offset of the spacing character in its source text.
    public var offset: Int

    public init(text: String, width: Int, offset: Int) {
        self.text = text
        self.width = width
        self.offset = offset
    }

    static let maximumCombiningMarks = 4

    /// Cuts scalars into glyphs. Control characters, escape sequences and
    /// anything without a width are dropped here, whatever the source, so
    /// nothing from an article can move the cursor or restyle the
    /// terminal; a combining mark with nothing to combine with is dropped
    /// too. `offset` is the scalar offset of `scalars.first`.
    public static func split<S: Sequence>(_ scalars: S, startingAt offset: Int = 0, asciiOnly: Bool = false)
        -> [Glyph] where S.Element == Unicode.Scalar
    {
        var glyphs: [Glyph] = []
        var marks = 0
        var position = offset
        var skippingEscape = false
        for scalar in scalars {
            defer { position += 1 }
            if scalar == "\u{1B}" {
                skippingEscape = true
                continue
            }
            if skippingEscape {
                // A CSI's parameters run until a final byte; anything else
                // after ESC is a one-character escape.
                if scalar == "[" || (scalar.value >= 0x20 && scalar.value < 0x40) { continue }
                skippingEscape = false
                continue
            }
            guard let width = TerminalWidth.of(scalar) else { continue }
            if width == 0 {
                guard !glyphs.isEmpty, marks < maximumCombiningMarks, !asciiOnly else { continue }
                glyphs[glyphs.count - 1].text.unicodeScalars.append(scalar)
                marks += 1
                continue
            }
            marks = 0
            if asciiOnly && scalar.value >= 0x7F {
                glyphs.append(Glyph(text: AsciiFallback.replacement(for: scalar), width: 1, offset: position))
            } else {
                glyphs.append(Glyph(text: String(scalar), width: width, offset: position))
            }
        }
        return glyphs
    }

    public static func split(_ text: String, asciiOnly: Bool = false) -> [Glyph] {
        split(text.unicodeScalars, asciiOnly: asciiOnly)
    }
}
