/// A whole screen as cells: what `render` produces and the terminal layer
/// paints. Tests read it as text and roles, with no terminal involved.
public struct Frame: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should show (while editing), if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { CursorPosition(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: CursorPosition?

    private struct CursorPosition: Equatable, Sendable {
        var x: Int
        var y: Int
    }

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The text of one row, wide characters once, trailing blanks kept.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width { text += self[x, y].text }
        return text
    }

    /// Every row, trailing blanks trimmed, joined by newlines.
    public var text: String {
        (0..<height).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, with cell: Cell) {
        let right = min(self.width, x + width)
        let bottom = min(self.height, y + height)
        guard x < right, y < bottom else { return }
        for row in max(0, y)..<bottom {
            for column in max(0, x)..<right { self[column, row] = cell }
        }
    }

    /// Writes glyphs from column `x` of row `y`, never past `limit`
    /// (exclusive) nor the frame's edge; a wide glyph that would straddle
    /// the limit becomes a blank. Returns the column after the last one written.
    @discardableResult
    public mutating func put(
        _ glyphs: some Sequence<Glyph>, x: Int, y: Int, limit: Int? = nil, role: Role, extra: TextAttributes = []
    ) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(limit ?? width, width)
        var column = x
        for glyph in glyphs {
            guard column + glyph.width <= end else {
                if column < end { self[column, y] = Cell(text: " ", role: role, extra: extra) }
                return end
            }
            if column >= 0 {
                self[column, y] = Cell(text: glyph.text, role: role, extra: extra)
                if glyph.width == 2 { self[column + 1, y] = Cell(text: "", role: role, extra: extra) }
            }
            column += glyph.width
        }
        return column
    }

    /// Writes a string (cleaned of anything a terminal would act on).
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, limit: Int? = nil, role: Role, extra: TextAttributes = [],
        asciiOnly: Bool = false
    ) -> Int {
        put(Glyph.split(text, asciiOnly: asciiOnly), x: x, y: y, limit: limit, role: role, extra: extra)
    }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cursorPosition == rhs.cursorPosition
            && lhs.cells == rhs.cells
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var scalars = unicodeScalars[...]
        while scalars.last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
