/// Clicks select what is under the pointer and focus its pane; the wheel
/// scrolls the pane under the pointer.
extension ReaderState {
    static let wheelStep = 3

    mutating func handleMouse(_ mouse: MouseEvent) {
        guard overlay == nil, editor == nil, !screen.isTooSmall else { return }
        guard let pane = pane(atX: mouse.x, y: mouse.y) else { return }
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let step = mouse.kind == .wheelDown ? Self.wheelStep : -Self.wheelStep
            let previousFocus = focus
            focus = pane
            if pane == .article { scrollArticle(by: step) } else { move(by: step) }
            focus = previousFocus
        case .click:
            focus = pane
            if pane != .article { sideTab = pane }
            click(in: pane, x: mouse.x, y: mouse.y)
        }
    }

    private func pane(atX x: Int, y: Int) -> Pane? {
        if screen.article.contains(x: x, y: y) { return .article }
        if screen.isTabbed { return screen.claims.contains(x: x, y: y) ? sideTab : nil }
        return Pane.side.first { screen.rect(of: $0).contains(x: x, y: y) }
    }

    private mutating func click(in pane: Pane, x: Int, y: Int) {
        if pane == .article {
            let text = screen.articleText
            guard text.contains(x: x, y: y),
                let offset = layout.offset(line: document.articleTop + y - text.y, column: x - text.x),
                let claim = document.highlights.claims(at: offset).first
            else { return }
            sideTab = .claims
            select(claim: claim)
            return
        }
        let rows = screen.listRows(of: pane)
        if screen.isTabbed && y == screen.claims.y {
            if let tab = tabUnder(x: x) {
                focus = tab
                sideTab = tab
            }
            return
        }
        guard rows.contains(x: x, y: y), let item = item(of: pane, atRow: y - rows.y) else { return }
        switch pane {
        case .claims: select(claim: document.listedClaims[item])
        case .sources: document.selectedSource = item
        case .denials: selectDenialRow(item)
        case .article: break
        }
    }

    /// The tab whose label is under column `x` of the tab row.
    private func tabUnder(x: Int) -> Pane? {
        for tab in tabSpans() where tab.span.contains(x) { return tab.pane }
        return nil
    }
}
