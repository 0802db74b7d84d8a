/// The `?` screen, generated from the action table.
public enum HelpScreen {
    static let keyColumn = 22

    public static let lines: [String] = {
        var lines: [String] = []
        for binding in ActionTable.bindings {
            let keys = binding.keyLabels
            let padding = String(repeating: " ", count: max(1, keyColumn - TerminalWidth.of(keys)))
            lines.append("  \(keys)\(padding)\(binding.help)")
        }
        lines += [
            "",
            "  Mouse: a click selects a claim, source or denial; the wheel scrolls.",
            "  Note and search line: ← → Home End move, Backspace Delete erase, Enter keeps, Esc cancels.",
            "  Marks are saved at once and come back when the article is opened again.",
        ]
        return lines
    }()
}

extension ReaderState {
    func drawHelp(into frame: inout Frame, top: Int) {
        let body = screen.body
        drawTitleRow("Help: q, ? or Esc closes", in: body, focused: true, into: &frame)
        let rows = body.belowTitle
        for row in 0..<min(rows.height, max(0, HelpScreen.lines.count - top)) {
            putClipped(
                HelpScreen.lines[top + row], x: rows.x + 1, y: rows.y + row, limit: rows.x + rows.width, role: .text,
                into: &frame)
        }
    }
}
