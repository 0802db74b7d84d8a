import ClaimKit

/// The claims, sources and denials panes: stacked on a wide screen, one
/// at a time behind a row of tabs on a narrow one.
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
    /// when the full ones would not all fit.
    func tabSpans() -> [(pane: Pane, label: String, span: Range<Int>)] {
        let room = screen.claims.width - 1
        let full = Pane.side.map { " \(paneTitle($0)) " }
        let fits = full.reduce(-1) { $0 + TerminalWidth.of($1) + 1 } <= room
        let labels = fits ? full : Pane.side.map { paneTitle($0, short: true) }
        var x = screen.claims.x + 1
        return zip(Pane.side, labels).map { pane, label in
            let width = TerminalWidth.of(label)
            defer { x += width + 1 }
            return (pane, label, x..<(x + width))
        }
    }

    private func drawTabs(into frame: inout Frame) {
        let rect = screen.claims
        frame.put(
            String(repeating: symbols.horizontal, count: rect.width), x: rect.x, y: rect.y,
            limit: rect.x + rect.width, role: .paneBorder)
        for (pane, label, span) in tabSpans() {
            let shown = pane == sideTab
            let extra: TextAttributes = shown ? (focus == pane ? [.reverse] : [.bold]) : [.dim]
            frame.put(
                label, x: span.lowerBound, y: rect.y, limit: rect.x + rect.width,
                role: .paneTitle, extra: extra, asciiOnly: asciiOnly)
        }
    }

    private func drawList(_ pane: Pane, into frame: inout Frame) {
        let rows = screen.listRows(of: pane)
        guard rows.height > 0, rows.width > 1 else { return }
        let items: [ListRow]
        let top: Int
        switch pane {
        case .claims:
            items = document.listedClaims.map { claimRow($0, width: rows.width) }
            top = document.claimsTop
        case .sources:
            items = document.analysis.sources.indices.map(sourceRow)
            top = document.sourcesTop
        case .denials:
            items = document.analysis.denials.indices.map(denialRow)
            top = document.denialsTop
        case .article:
            return
        }
        if items.isEmpty {
            frame.put(
                " (none found)", x: rows.x, y: rows.y, limit: rows.x + rows.width, role: .text, extra: [.dim])
            return
        }
        for row in 0..<min(rows.height, items.count - top) {
            let item = items[top + row]
            let y = rows.y + row
            let limit = rows.x + rows.width
            var x = rows.x + 1
            if item.selected {
                frame.fill(x: rows.x, y: y, width: rows.width, height: 1, with: Cell(text: " ", role: .selection))
            }
            for (text, role) in item.parts {
                guard x < limit else { break }
                x = putClipped(text, x: x, y: y, limit: limit, role: item.selected ? .selection : role, into: &frame)
            }
        }
    }

    private struct ListRow {
        var parts: [(String, Role)]
        var selected: Bool
    }

    /// A claim's row: its mark, id, who says it (a third of the row at
    /// most, so the claim's own words always show) and its words.
    private func claimRow(_ index: Int, width: Int) -> ListRow {
        let claim = document.analysis.claims[index]
        let status = document.status(of: index)
        var parts: [(String, Role)] = [("\(symbols.mark(status)) ", status.role), ("\(claim.id) ", .paneTitle)]
        let sources = document.analysis.sourceNames(of: claim).map(Sanitizer.line).joined(separator: ", ")
        if !sources.isEmpty {
            let room = max(6, width / 3)
            let name = TerminalWidth.of(sources) <= room ? sources : String(sources.prefix(room - 1)) + symbols.ellipsis
            parts.append((name + ": ", .source))
        }
        parts.append((Sanitizer.line(claim.text), claim.denialID == nil ? .text : .denial))
        return ListRow(parts: parts, selected: document.selectedClaim == index)
    }

    private func sourceRow(_ index: Int) -> ListRow {
        let source = document.analysis.sources[index]
        let count = document.claimCount(ofSource: index)
        let filtered = document.sourceFilter == index ? "\(symbols.arrow) " : ""
        return ListRow(
            parts: [
                ("\(filtered)\(Sanitizer.line(source.name))", .source),
                ("\(symbols.separator)\(source.kind.rawValue)\(symbols.separator)\(count) claim\(count == 1 ? "" : "s")", .text),
            ],
            selected: document.selectedSource == index && focus == .sources)
    }

    private func denialRow(_ index: Int) -> ListRow {
        let denial = document.analysis.denials[index]
        let who = denial.sourceID.flatMap { document.analysis.source(id: $0)?.name }.map { Sanitizer.line($0) + ": " }
        let disputes = denial.disputes.isEmpty ? "" : " \(symbols.arrow) \(denial.disputes.joined(separator: ", "))"
        var parts: [(String, Role)] = [("\(denial.id)\(disputes) ", .paneTitle)]
        if let who { parts.append((who, .source)) }
        parts.append((Sanitizer.line(denial.text), .denial))
        return ListRow(parts: parts, selected: document.selectedDenial == index && focus == .denials)
    }
}
