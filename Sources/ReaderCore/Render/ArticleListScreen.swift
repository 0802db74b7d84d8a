import ClaimKit

/// `l`: every open article with how far its checking has got, then
/// whatever could not be opened.
extension ReaderState {
    func drawArticleList(into frame: inout Frame, selected: Int) {
        let body = screen.overlay
        let order = library.order
        let parsing = library.isParsing ? " (parsing \(library.jobsDone)/\(library.jobCount))" : ""
        drawTitleRow("Articles \(order.count)\(parsing): Enter opens, q closes", in: body, focused: true, into: &frame)
        let rows = body.belowTitle
        guard rows.height > 0 else { return }
        let notOpened = unreadable.isEmpty ? [] : [""] + ["Not opened:"] + unreadable.map { "  " + Sanitizer.line($0) }
        let articleRows = max(1, rows.height - min(notOpened.count, rows.height / 2))
        let top = max(0, selected - articleRows + 1)
        for row in 0..<max(0, min(articleRows, order.count - top)) {
            let position = top + row
            let index = order[position]
            let isSelected = position == selected
            let y = rows.y + row
            if isSelected {
                frame.fill(x: rows.x, y: y, width: rows.width, height: 1, with: Cell(text: " ", role: .selection))
            }
            let marker = index == current ? "\(symbols.arrow) " : index == awaiting ? "\(symbols.ellipsis) " : "  "
            let entry = library.entries[index]
            var state = entry.summary.map(progress(of:)) ?? "not parsed yet"
            if let document = library.documents[index], let claim = document.selectedClaim {
                state += "\(symbols.separator)at \(document.analysis.claims[claim].id)"
            }
            putClipped(
                "\(marker)\(position + 1). \(state)  \(Sanitizer.line(entry.shownTitle))",
                x: rows.x + 1, y: y, limit: rows.x + rows.width, role: isSelected ? .selection : .text, into: &frame)
        }
        let start = rows.y + max(0, min(articleRows, order.count - top))
        for (row, line) in notOpened.enumerated() where start + row < rows.y + rows.height {
            putClipped(line, x: rows.x + 1, y: start + row, limit: rows.x + rows.width, role: .status, into: &frame)
        }
    }

    /// "3/24 checked (1 verified, 1 disputed, 1 false)", or "0/24 checked".
    func progress(of summary: ArticleSummary) -> String {
        let count = summary.claims
        let checked = summary.checked
        guard checked > 0 else { return "0/\(count) checked" }
        let tally = summary.tally
        let counts = [ClaimStatus.verified, .disputed, .false].compactMap { status in
            tally[status].map { "\($0) \(status.rawValue)" }
        }
        return "\(checked)/\(count) checked (\(counts.joined(separator: ", ")))"
    }
}
