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
        case nil:
            drawArticle(into: &frame)
            drawSeparator(into: &frame)
            drawSidePanes(into: &frame)
        }
        drawDetailLine(into: &frame)
        drawStatusLine(into: &frame)
        return frame
    }

    /// A pane's title row: a line with the title set into it; the focused
    /// pane's title in reverse. Returns the column after the title.
    @discardableResult
    func drawTitleRow(_ title: String, in rect: Rect, focused: Bool, into frame: inout Frame) -> Int {
        frame.put(
            String(repeating: symbols.horizontal, count: rect.width), x: rect.x, y: rect.y,
            limit: rect.x + rect.width, role: .paneBorder)
        return frame.put(
            " \(title) ", x: rect.x + 1, y: rect.y, limit: rect.x + rect.width, role: .paneTitle,
            extra: focused ? [.reverse] : [], asciiOnly: asciiOnly)
    }

    /// Writes text and cuts it with an ellipsis when it would pass `limit`.
    @discardableResult
    func putClipped(
        _ text: String, x: Int, y: Int, limit: Int, role: Role, extra: TextAttributes = [], into frame: inout Frame
    ) -> Int {
        let glyphs = Glyph.split(text, asciiOnly: asciiOnly)
        let width = glyphs.reduce(0) { $0 + $1.width }
        guard x + width > limit else { return frame.put(glyphs, x: x, y: y, limit: limit, role: role, extra: extra) }
        let ellipsis = Glyph.split(symbols.ellipsis)
        let room = limit - x - ellipsis.reduce(0) { $0 + $1.width }
        var kept: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            guard used + glyph.width <= room else { break }
            kept.append(glyph)
            used += glyph.width
        }
        let end = frame.put(kept, x: x, y: y, limit: limit, role: role, extra: extra)
        return frame.put(ellipsis, x: end, y: y, limit: limit, role: role, extra: extra)
    }
}
