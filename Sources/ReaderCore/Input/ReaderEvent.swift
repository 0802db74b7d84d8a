/// Everything that can happen to the reader: a key, the mouse, a new
/// terminal size, or a while without any of these. The terminal layer
/// turns what it reads into these.
public enum ReaderEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// No input for `ReaderEvent.idleInterval`: time to look for marks made elsewhere.
    case idle

    /// How long the terminal waits for input before sending `idle`, in milliseconds.
    public static let idleInterval = 400
    /// The wait while articles are parsed in the background, so each
    /// shows in the list soon after it is parsed.
    public static let busyInterval = 50
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
