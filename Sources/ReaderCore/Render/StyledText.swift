/// Text made of pieces in different roles, word-wrapped to a width for
/// the card and for the selected row of a list.
struct StyledText {
    struct Piece {
        var glyph: Glyph
        var role: Role
    }

    private(set) var pieces: [Piece] = []

    init() {}

    init(_ parts: [(String, Role)], asciiOnly: Bool) {
        for (text, role) in parts { append(text, role: role, asciiOnly: asciiOnly) }
    }

    mutating func append(_ text: String, role: Role, asciiOnly: Bool) {
        for glyph in Glyph.split(text, asciiOnly: asciiOnly) { pieces.append(Piece(glyph: glyph, role: role)) }
    }

    var width: Int { pieces.reduce(0) { $0 + $1.glyph.width } }

    /// Lines of at most `width` columns, broken after spaces where there
    /// are any and inside a word only when a word is longer than a line;
    /// lines after the first are `indent` columns narrower (they are drawn indented).
    func wrapped(width: Int, indent: Int = 0) -> [[Piece]] {
        guard width > 0 else { return [] }
        var lines: [[Piece]] = []
        var line: [Piece] = []
        var used = 0
        /// Index in `line` just after its last space, where it may break.
        var breakAfter: Int?
        for piece in pieces {
            let room = lines.isEmpty ? width : max(1, width - indent)
            if used + piece.glyph.width > room {
                if piece.glyph.text == " " {
                    // A space at the end of a line is the break itself.
                    lines.append(line)
                    line = []
                    used = 0
                    breakAfter = nil
                    continue
                }
                if let cut = breakAfter, cut > 0 {
                    var kept = Array(line[..<cut])
                    while kept.last?.glyph.text == " " { kept.removeLast() }
                    lines.append(kept)
                    line = Array(line[cut...])
                } else {
                    lines.append(line)
                    line = []
                }
                used = line.reduce(0) { $0 + $1.glyph.width }
                breakAfter = nil
            }
            line.append(piece)
            used += piece.glyph.width
            if piece.glyph.text == " " { breakAfter = line.count }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension Frame {
    /// Draws one wrapped line from column `x`; `role` replaces every piece's own when given.
    @discardableResult
    mutating func put(_ line: [StyledText.Piece], x: Int, y: Int, limit: Int, role: Role? = nil) -> Int {
        var column = x
        for piece in line {
            column = put([piece.glyph], x: column, y: y, limit: limit, role: role ?? piece.role)
        }
        return column
    }
}
