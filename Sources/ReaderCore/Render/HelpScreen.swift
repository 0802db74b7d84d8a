/// The `?` screen, generated from the action table with the user's bindings.
public enum HelpScreen {
    static let keyColumn = 22

    /// One line per action (keys, then what they do), then notes.
    public static func lines(_ bindings: [ActionBinding] = ActionTable.bindings) -> [String] {
        var lines: [String] = []
        for binding in bindings {
            let keys = binding.keyLabels
            let padding = String(repeating: " ", count: max(1, keyColumn - TerminalWidth.of(keys)))
            lines.append("  \(keys)\(padding)\(binding.help)")
        }
        lines += [
            "",
            "  Mouse: a click selects a claim, source or denial; the wheel scrolls.",
            "  Note and search line: ← → Home End move, Backspace Delete erase, Enter keeps, Esc cancels.",
            "  Marks are saved at once and come back when the article is opened again.",
            "  Keys can be bound in the config file ([bind] in $XDG_CONFIG_HOME/crosscheck/config.toml).",
        ]
        return lines
    }

    /// The lines word-wrapped to `width` columns, what an action does
    /// continuing under itself rather than under its keys.
    static func lines(_ bindings: [ActionBinding], width: Int) -> [String] {
        lines(bindings).enumerated().flatMap { number, line -> [String] in
            let indent = number < bindings.count ? keyColumn + 2 : 2
            let text = StyledText([(line, .text)], asciiOnly: false)
            return text.wrapped(width: width, indent: indent).enumerated().map { number, pieces in
                String(repeating: " ", count: number == 0 ? 0 : indent) + pieces.map(\.glyph.text).joined()
            }
        }
    }
}

extension ReaderState {
    func drawHelp(into frame: inout Frame, top: Int) {
        let body = screen.overlay
        drawTitleRow("Help: q, ? or Esc closes", in: body, focused: true, into: &frame)
        let rows = body.belowTitle
        let lines = HelpScreen.lines(keymap.bindings, width: rows.width - 1)
        for row in 0..<min(rows.height, max(0, lines.count - top)) {
            putClipped(lines[top + row], x: rows.x + 1, y: rows.y + row, limit: rows.x + rows.width, role: .text, into: &frame)
        }
    }
}
