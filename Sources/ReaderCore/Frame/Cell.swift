/// One terminal cell of a frame: what it shows, in which theme role, and
/// any attributes the screen adds on top of the role (a search match, the
/// focused pane's title).
public struct Cell: Hashable, Sendable {
    /// A spacing character and its combining marks; empty for the second
    /// column of a wide character, which the terminal fills itself.
    public var text: String
    public var role: Role
    public var extra: TextAttributes

    public init(text: String, role: Role, extra: TextAttributes = []) {
        self.text = text
        self.role = role
        self.extra = extra
    }

    public static let blank = Cell(text: " ", role: .text)

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}
