import ClaimKit

/// `l`: the articles as a work queue, one row each (title, outlet or
/// folder, date, claims checked of all, disputed), sorted and filtered
/// as asked, then whatever could not be opened.
extension ReaderState {
    /// The widths of the columns right of the title.
    private enum Column {
        static let outlet = 18
        static let date = 10
        static let checked = 9
        static let disputed = 8
        static let right = outlet + date + checked + disputed + 4
    }

    func drawArticleList(into frame: inout Frame, selected: Int) {
        let body = screen.overlay
        let order = library.order
        var title = "Articles \(order.count)"
        if !library.filter.isEmpty { title += " matching “\(Sanitizer.line(library.filter))”" }
        if library.isParsing { title += " (parsing \(library.jobsDone)/\(library.jobCount))" }
        title += "\(symbols.separator)\(library.sort.label): Enter opens, s sorts, / filters, q closes"
        drawTitleRow(title, in: body, focused: true, into: &frame)
        let rows = body.belowTitle
        guard rows.height > 1 else { return }
        drawRow(("Title", "Outlet", "Date", "Checked", "Disputed"), y: rows.y, in: rows, role: .paneTitle, into: &frame)
        let notOpened = unreadable.isEmpty ? [] : [""] + ["Not opened:"] + unreadable.map { "  " + Sanitizer.line($0) }
        let articleRows = max(1, rows.height - 1 - min(notOpened.count, rows.height / 2))
        let top = max(0, selected - articleRows + 1)
        let shown = max(0, min(articleRows, order.count - top))
        for row in 0..<shown {
            let position = top + row
            let index = order[position]
            let isSelected = position == selected
            let y = rows.y + 1 + row
            if isSelected {
                frame.fill(x: rows.x, y: y, width: rows.width, height: 1, with: Cell(text: " ", role: .selection))
            }
            let marker = index == current ? "\(symbols.arrow) " : index == awaiting ? "\(symbols.ellipsis) " : "  "
            let entry = library.entries[index]
            let checked = entry.summary.map { "\($0.checked)/\($0.claims)" } ?? (index == awaiting ? "parsing" : "…")
            let disputed = entry.summary.map { $0.disputed == 0 ? "" : "\($0.disputed)" } ?? ""
            drawRow(
                ("\(marker)\(Sanitizer.line(entry.shownTitle))", Sanitizer.line(entry.outlet ?? ""),
                 String((entry.date ?? "").prefix(Column.date)), checked, disputed),
                y: y, in: rows, role: isSelected ? .selection : .text, into: &frame)
        }
        if order.isEmpty && !library.filter.isEmpty {
            putClipped("  no article matches; Esc shows them all", x: rows.x + 1, y: rows.y + 1, limit: rows.x + rows.width, role: .status, into: &frame)
        }
        let start = rows.y + 1 + max(shown, order.isEmpty ? 1 : 0)
        for (row, line) in notOpened.enumerated() where start + row < rows.y + rows.height {
            putClipped(line, x: rows.x + 1, y: start + row, limit: rows.x + rows.width, role: .status, into: &frame)
        }
    }

    /// One row: the title takes what the other columns leave.
    private func drawRow(
        _ cells: (title: String, outlet: String, date: String, checked: String, disputed: String), y: Int, in rows: Rect,
        role: Role, into frame: inout Frame
    ) {
        let limit = rows.x + rows.width
        let titleEnd = max(rows.x + 10, limit - Column.right)
        putClipped(cells.title, x: rows.x + 1, y: y, limit: titleEnd - 1, role: role, into: &frame)
        var x = titleEnd
        for (text, width, alignRight) in [
            (cells.outlet, Column.outlet, false), (cells.date, Column.date, false),
            (cells.checked, Column.checked, true), (cells.disputed, Column.disputed, true),
        ] where x < limit {
            let shown = TerminalWidth.of(text)
            let start = alignRight ? x + max(0, width - shown) : x
            putClipped(text, x: start, y: y, limit: min(limit, x + width), role: role, into: &frame)
            x += width + 1
        }
    }
}
