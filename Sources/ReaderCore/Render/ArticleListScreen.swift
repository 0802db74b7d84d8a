import ClaimKit

/// `l`: every open article with how far its checking has got.
extension ReaderState {
    func drawArticleList(into frame: inout Frame, selected: Int) {
        let body = screen.overlay
        drawTitleRow("Articles \(documents.count): Enter opens, q closes", in: body, focused: true, into: &frame)
        let rows = body.belowTitle
        guard rows.height > 0 else { return }
        let top = max(0, selected - rows.height + 1)
        for row in 0..<min(rows.height, documents.count - top) {
            let index = top + row
            let document = documents[index]
            let tally = document.tally
            let counts = [ClaimStatus.verified, .disputed, .false].map { "\(tally[$0, default: 0]) \($0.rawValue)" }
            let summary = "\(document.analysis.claims.count) claims\(symbols.separator)\(counts.joined(separator: ", "))"
            let isSelected = index == selected
            let y = rows.y + row
            if isSelected {
                frame.fill(x: rows.x, y: y, width: rows.width, height: 1, with: Cell(text: " ", role: .selection))
            }
            let marker = index == current ? "\(symbols.arrow) " : "  "
            let title = Sanitizer.line(document.analysis.article.title)
            putClipped(
                "\(marker)\(index + 1). \(title)\(symbols.separator)\(summary)", x: rows.x + 1, y: y,
                limit: rows.x + rows.width, role: isSelected ? .selection : .text, into: &frame)
        }
    }
}
