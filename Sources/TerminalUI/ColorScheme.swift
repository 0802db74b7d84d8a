import CNcursesw
import ReaderCore

/// A theme turned into curses attributes and colour pairs, one pair per
/// role, for what the terminal can show: direct colour, 256, 16 or 8
/// colours, or none (then every role keeps only its attributes).
struct ColorScheme {
    private var attributes: [Role: attr_t] = [:]
    private var pairs: [Role: Int32] = [:]

    /// Defines the colour pairs; call only in curses mode.
    init(theme: Theme, colours: Int) {
        let useColour = colours >= 8
        // A theme that tells roles apart only by colour would blur on a
        // terminal without colour: use the built-in theme's attributes there.
        let source = useColour || !theme.usesColour ? theme : .builtIn
        for (index, role) in Role.allCases.enumerated() {
            let style = source.style(for: role)
            attributes[role] = Self.curses(style.attributes)
            guard useColour else { continue }
            let pair = Int32(index + 1)
            let foreground = style.foreground.terminalColor(available: colours)
            let background = style.background.terminalColor(available: colours)
            init_extended_pair(pair, Int32(foreground), Int32(background))
            pairs[role] = pair
        }
    }

    func attributes(for role: Role, extra: TextAttributes) -> (attr_t, Int32) {
        ((attributes[role] ?? cc_attr_normal()) | Self.curses(extra), pairs[role] ?? 0)
    }

    static func curses(_ attributes: TextAttributes) -> attr_t {
        var value = cc_attr_normal()
        if attributes.contains(.bold) { value |= cc_attr_bold() }
        if attributes.contains(.underline) { value |= cc_attr_underline() }
        if attributes.contains(.italic) { value |= cc_attr_italic() }
        if attributes.contains(.reverse) { value |= cc_attr_reverse() }
        if attributes.contains(.dim) { value |= cc_attr_dim() }
        return value
    }
}
