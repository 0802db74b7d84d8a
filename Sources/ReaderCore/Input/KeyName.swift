/// Keys as a config file names them: a character (`n`, `]`), a named key
/// (`Enter`, `Space`, `PgDn`, `Down`, `Shift-Tab`, …, any case) or a
/// control chord (`C-d`, `Ctrl-D`, `^D`), optionally in tig's angle
/// brackets (`<C-d>`). The labels the help screen shows read back too.
extension Key {
    public init?(name: String) {
        var text = name.trimmingCharacters(in: .whitespaces)
        if text.count > 2, text.hasPrefix("<"), text.hasSuffix(">") { text = String(text.dropFirst().dropLast()) }
        if let key = Self.named[text.lowercased()] {
            self = key
            return
        }
        if text.count == 1, let character = text.first {
            self = .character(character)
            return
        }
        let lowered = text.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            self = .control(letter)
            return
        }
        return nil
    }

    private static let named: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab,
        "s-tab": .backTab, "backtab": .backTab, "esc": .escape, "escape": .escape, "backspace": .backspace,
        "delete": .delete, "del": .delete, "up": .up, "↑": .up, "down": .down, "↓": .down, "left": .left, "←": .left,
        "right": .right, "→": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
    ]
}
