/// The render function: the whole screen as a frame of cells with theme
/// roles, from the state alone.
extension ReaderState {
    public func render() -> Frame {
        var frame = Frame(width: screen.width, height: screen.height)
        if screen.isTooSmall {
            drawTooSmall(into: &frame)
            return frame
        }
        drawTitleBar(into: &frame)
        switch overlay {
        case .help(let top):
            drawHelp(into: &frame, top: top)
        case .articleList(let selected):
            drawArticleList(into: &frame, selected: selected)
        case .corroboration(let claim, let selected):
            drawCorroboration(into: &frame, claim: claim, selected: selected)
        case nil:
            drawArticle(into: &frame)
            drawSeparator(into: &frame)
            drawSidePanes(into: &frame)
        }
        if overlay == nil { drawCard(into: &frame) }
        drawStatusLine(into: &frame)
        return frame
    }

    /// A pane's title row: a line with the title set into it; the focused
    /// pane's title in brackets and reverse, so it stands out in any
    /// theme, monochrome too. Returns the column after the title.
    @discardableResult
    func drawTitleRow(_ title: String, in rect: Rect, focused: Bool, into frame: inout Frame) -> Int {
        frame.put(
            String(repeating: symbols.horizontal, count: rect.width), x: rect.x, y: rect.y,
            limit: rect.x + rect.width, role: .paneBorder)
        return frame.put(
            focused ? "[\(title)]" : " \(title) ", x: rect.x + 1, y: rect.y, limit: rect.x + rect.width, role: .paneTitle,
            extra: focused ? [.reverse] : [], asciiOnly: asciiOnly)
    }

    /// Writes text and cuts it with an ellipsis when it would pass `limit`.
    @discardableResult
    func putClipped(
        _ text: String, x: Int, y: Int, limit: Int, role: Role, extra: TextAttributes = [], into frame: inout Frame
    ) -> Int {
        guard extra.isEmpty else {
            // Attributes beyond the role's: drawn glyph by glyph with them.
            let end = putClipped(StyledText([(text, role)], asciiOnly: asciiOnly).pieces, x: x, y: y, limit: limit, into: &frame)
            for column in x..<end { frame[column, y].extra = extra }
            return end
        }
        return putClipped(StyledText([(text, role)], asciiOnly: asciiOnly).pieces, x: x, y: y, limit: limit, into: &frame)
    }

    /// Writes pieces in their roles, cut with an ellipsis when they would pass `limit`.
    @discardableResult
    func putClipped(_ line: [StyledText.Piece], x: Int, y: Int, limit: Int, into frame: inout Frame) -> Int {
        let width = line.reduce(0) { $0 + $1.glyph.width }
        guard x + width > limit else { return frame.put(line, x: x, y: y, limit: limit) }
        let ellipsis = Glyph.split(symbols.ellipsis)
        let room = limit - x - ellipsis.reduce(0) { $0 + $1.width }
        var used = 0
        var kept: [StyledText.Piece] = []
        for piece in line {
            guard used + piece.glyph.width <= room else { break }
            kept.append(piece)
            used += piece.glyph.width
        }
        let end = frame.put(kept, x: x, y: y, limit: limit)
        return frame.put(ellipsis, x: end, y: y, limit: limit, role: kept.last?.role ?? line.first?.role ?? .text)
    }
}
