import ClaimKit

/// `l`: every open article with how far its checking has got, then
/// whatever could not be opened.
extension ReaderState {
    func drawArticleList(into frame: inout Frame, selected: Int) {
        let body = screen.overlay
        drawTitleRow("Articles \(documents.count): Enter opens, q closes", in: body, focused: true, into: &frame)
        let rows = body.belowTitle
        guard rows.height > 0 else { return }
        let notOpened = unreadable.isEmpty ? [] : [""] + ["Not opened:"] + unreadable.map { "  " + Sanitizer.line($0) }
        let articleRows = max(1, rows.height - min(notOpened.count, rows.height / 2))
        let top = max(0, selected - articleRows + 1)
        for row in 0..<min(articleRows, documents.count - top) {
            let index = top + row
            let isSelected = index == selected
            let y = rows.y + row
            if isSelected {
                frame.fill(x: rows.x, y: y, width: rows.width, height: 1, with: Cell(text: " ", role: .selection))
            }
            let marker = index == current ? "\(symbols.arrow) " : "  "
            let document = documents[index]
            let place = document.selectedClaim.map { "\(symbols.separator)at \(document.analysis.claims[$0].id)" } ?? ""
            putClipped(
                "\(marker)\(index + 1). \(progress(of: document))\(place)  \(Sanitizer.line(document.analysis.article.title))",
                x: rows.x + 1, y: y, limit: rows.x + rows.width, role: isSelected ? .selection : .text, into: &frame)
        }
        let start = rows.y + min(articleRows, documents.count - top)
        for (row, line) in notOpened.enumerated() where start + row < rows.y + rows.height {
            putClipped(line, x: rows.x + 1, y: start + row, limit: rows.x + rows.width, role: .status, into: &frame)
        }
    }

    /// "3/24 checked (1 verified, 1 disputed, 1 false)", or "0/24 checked".
    func progress(of document: DocumentView) -> String {
        let count = document.analysis.claims.count
        let checked = document.checkedCount
        guard checked > 0 else { return "0/\(count) checked" }
        let tally = document.tally
        let counts = [ClaimStatus.verified, .disputed, .false].compactMap { status in
            tally[status].map { "\($0) \(status.rawValue)" }
        }
        return "\(checked)/\(count) checked (\(counts.joined(separator: ", ")))"
    }
}
