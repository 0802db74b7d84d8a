/// How one role looks: colours and attributes.
public struct ThemeStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes

    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public var usesColour: Bool { foreground != .terminalDefault || background != .terminalDefault }
}

/// A named set of styles, one for every role.
public struct Theme: Hashable, Sendable {
    public var name: String
    /// Where the theme was read from; nil for the built-in one.
    public var path: String?
    public private(set) var styles: [Role: ThemeStyle]

    public init(name: String, path: String? = nil, styles: [Role: ThemeStyle]) {
        self.name = name
        self.path = path
        self.styles = styles
    }

    public func style(for role: Role) -> ThemeStyle {
        styles[role] ?? styles[.text] ?? ThemeStyle()
    }

    /// Whether the theme tells roles apart by colour (a monochrome theme
    /// does not, and suits terminals without colour as it is).
    public var usesColour: Bool { styles.values.contains { $0.usesColour } }

    /// The theme used when no theme file is found or the chosen one is
    /// broken: the eight basic colours every colour terminal has, with
    /// attributes that keep the roles apart on terminals without colour.
    public static let builtIn = Theme(
        name: "built-in",
        styles: [
            .text: ThemeStyle(),
            .title: ThemeStyle(foreground: .indexed(6), attributes: [.bold]),
            .heading: ThemeStyle(attributes: [.bold, .underline]),
            .claim: ThemeStyle(foreground: .indexed(3), attributes: [.underline]),
            .claimVerified: ThemeStyle(foreground: .indexed(2), attributes: [.bold]),
            .claimDisputed: ThemeStyle(foreground: .indexed(5), attributes: [.italic, .underline]),
            .claimFalse: ThemeStyle(foreground: .indexed(1), attributes: [.bold, .underline]),
            .selection: ThemeStyle(attributes: [.reverse]),
            .source: ThemeStyle(foreground: .indexed(4), attributes: [.bold]),
            .denial: ThemeStyle(foreground: .indexed(1), attributes: [.italic]),
            .hedge: ThemeStyle(foreground: .indexed(5), attributes: [.dim]),
            .cue: ThemeStyle(foreground: .indexed(6), attributes: [.italic]),
            .paneBorder: ThemeStyle(attributes: [.dim]),
            .paneTitle: ThemeStyle(attributes: [.bold]),
            .status: ThemeStyle(attributes: [.reverse]),
        ])
}
