import ClaimKit

/// The claims, sources and denials panes: stacked when there is room, one
/// at a time behind a row of tabs when not.
extension ReaderState {
    func drawSeparator(into frame: inout Frame) {
        let x = screen.separatorX
        for y in screen.body.y..<(screen.body.y + screen.body.height) {
            frame.put(symbols.vertical, x: x, y: y, role: .paneBorder)
        }
    }

    func drawSidePanes(into frame: inout Frame) {
        if screen.isTabbed {
            drawTabs(into: &frame)
            drawList(sideTab, into: &frame)
        } else {
            for pane in Pane.side {
                drawTitleRow(paneTitle(pane), in: screen.rect(of: pane), focused: focus == pane, into: &frame)
                drawList(pane, into: &frame)
            }
        }
    }

    /// Each pane's title with its count; the claims pane says when a
    /// source filter is on.
    func paneTitle(_ pane: Pane, short: Bool = false) -> String {
        let analysis = document.analysis
        let title = short ? pane.shortTitle : pane.title
        switch pane {
        case .article: return title
        case .claims:
            guard let filter = document.sourceFilter, !short else { return "\(title) \(document.listedClaims.count)" }
            let name = Sanitizer.line(analysis.sources[filter].name)
            return "\(title) \(document.listedClaims.count)/\(analysis.claims.count) from \(name)"
        case .sources: return "\(title) \(analysis.sources.count)"
        case .denials: return "\(title) \(analysis.denials.count)"
        }
    }

    /// Each tab's label and where it sits on the tab row; short labels
    /// when the full ones would not all fit. The tab shown is in brackets,
    /// the others between spaces, so the labels keep their places and the
    /// one shown stands out without colour or attributes.
    func tabSpans() -> [(pane: Pane, label: String, span: Range<Int>)] {
        let room = screen.claims.width - 1
        let full = Pane.side.map { tabLabel($0, short: false) }
        let fits = full.reduce(-1) { $0 + TerminalWidth.of($1) + 1 } <= room
        let labels = fits ? full : Pane.side.map { tabLabel($0, short: true) }
        var x = screen.claims.x + 1
        return zip(Pane.side, labels).map { pane, label in
            let width = TerminalWidth.of(label)
            defer { x += width + 1 }
            return (pane, label, x..<(x + width))
        }
    }

    /// Short labels drop the spaces around the tabs not shown, to fit.
    private func tabLabel(_ pane: Pane, short: Bool) -> String {
        let title = paneTitle(pane, short: short)
        if pane == sideTab { return "[\(title)]" }
        return short ? title : " \(title) "
    }

    private func drawTabs(into frame: inout Frame) {
        let rect = screen.claims
        frame.put(
            String(repeating: symbols.horizontal, count: rect.width), x: rect.x, y: rect.y,
            limit: rect.x + rect.width, role: .paneBorder)
        for (pane, label, span) in tabSpans() {
            let shown = pane == sideTab
            let extra: TextAttributes = shown ? (focus == pane ? [.reverse, .bold] : [.bold]) : [.dim]
            frame.put(
                label, x: span.lowerBound, y: rect.y, limit: rect.x + rect.width,
                role: .paneTitle, extra: extra, asciiOnly: asciiOnly)
        }
    }

    /// A pane's items from its top one, the highlighted one wrapped to show it whole.
    private func drawList(_ pane: Pane, into frame: inout Frame) {
        let rows = screen.listRows(of: pane)
        guard rows.height > 0, rows.width > 1 else { return }
        let count = itemCount(of: pane)
        if count == 0 {
            frame.put(
                " (none found)", x: rows.x, y: rows.y, limit: rows.x + rows.width, role: .text, extra: [.dim])
            return
        }
        let limit = rows.x + rows.width
        var y = rows.y
        var item = listTop(of: pane)
        let highlighted = highlightedItem(of: pane)
        while item < count && y < rows.y + rows.height {
            let lines = lines(of: pane, item: item, rows: rows)
            let selected = item == highlighted
            let indent = selected ? row(of: pane, item: item, width: rows.width - 1).indent : 0
            for (number, line) in lines.enumerated() where y < rows.y + rows.height {
                if selected {
                    frame.fill(x: rows.x, y: y, width: rows.width, height: 1, with: Cell(text: " ", role: .selection))
                }
                let x = rows.x + 1 + (number == 0 ? 0 : indent)
                if selected {
                    frame.put(line, x: x, y: y, limit: limit, role: .selection)
                } else {
                    putClipped(line, x: x, y: y, limit: limit, into: &frame)
                }
                y += 1
            }
            item += 1
        }
    }
}
