import ClaimKit

/// The title bar on top, and the detail and status lines at the bottom.
extension ReaderState {
    func drawTitleBar(into frame: inout Frame) {
        let width = screen.width
        frame.fill(x: 0, y: 0, width: width, height: 1, with: Cell(text: " ", role: .title))
        let count = library.order.count
        let progress = library.isParsing ? "parsed \(library.jobsDone)/\(library.jobCount)  " : ""
        let position = progress + (count > 1 ? "article \((library.position(of: current) ?? 0) + 1)/\(count) " : "")
        let positionWidth = TerminalWidth.of(position)
        frame.put(position, x: width - positionWidth, y: 0, role: .title)
        let title = Sanitizer.line(document.analysis.article.title)
        putClipped(" Crosscheck\(symbols.separator)\(title)", x: 0, y: 0, limit: width - positionWidth - 1, role: .title, into: &frame)
    }

    func drawStatusLine(into frame: inout Frame) {
        let y = screen.statusRow
        let width = screen.width
        frame.fill(x: 0, y: y, width: width, height: 1, with: Cell(text: " ", role: .status))
        if let editor {
            let prompt = switch editor.purpose {
            case .search: "/"
            case .listFilter: "filter: "
            case .note: "note: "
            }
            let start = frame.put(" " + prompt, x: 0, y: y, role: .status)
            drawEditor(editor.line, x: start, y: y, limit: width, into: &frame)
            return
        }
        let claims = document.analysis.claims.count
        let position = document.selectedClaim.map { "claim \($0 + 1)/\(claims)" } ?? "\(claims) claims"
        let tally = document.tally
        let counts = [ClaimStatus.verified, .disputed, .false].map { "\(symbols.mark($0))\(tally[$0, default: 0])" }
        var x = frame.put(" \(position)  \(counts.joined(separator: " "))  ", x: 0, y: y, role: .status)
        if let search, editor == nil {
            x = frame.put("/\(Sanitizer.line(search.query)) (\(search.matches.count))  ", x: x, y: y, limit: width, role: .status)
        }
        if let message {
            putClipped(message.text, x: x, y: y, limit: width, role: .status, extra: message.isError ? [.bold] : [], into: &frame)
            return
        }
        let hints = overlay == nil
            ? "n/N claim  v/d/x mark  a note  / search  ? help  q quit"
            : "j/k scroll  q close"
        putClipped(hints, x: x, y: y, limit: width, role: .status, into: &frame)
    }

    /// The editor's text, scrolled so the cursor stays in view, and the cursor.
    private func drawEditor(_ line: LineEditor, x: Int, y: Int, limit: Int, into frame: inout Frame) {
        let glyphs = Glyph.split(line.text, asciiOnly: asciiOnly)
        let room = max(1, limit - x - 1)
        var column = line.cursorColumn
        var skipped = 0
        var start = 0
        while column - skipped >= room, start < glyphs.count {
            skipped += glyphs[start].width
            start += 1
        }
        frame.put(glyphs[start...], x: x, y: y, limit: limit, role: .status)
        column -= skipped
        frame.cursor = (x + column, y)
    }
}
