/// A one-line text editor: insert anywhere, move by character, delete
/// either way. Works on whole characters, so a cursor never lands inside
/// an accented letter or an emoji.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Index into `characters` the next character goes before.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public enum Outcome: Equatable, Sendable {
        case editing
        case committed
        case cancelled
    }

    /// Applies a key; tells whether editing goes on, ended with Enter or was cancelled with Esc.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            insert(character)
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        case .backspace, .control("h"):
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .enter:
            return .committed
        case .escape:
            return .cancelled
        default:
            break
        }
        return .editing
    }

    private mutating func insert(_ character: Character) {
        // Only printable text goes in: a pasted control character or escape
        // would otherwise end up in a note and later in an export.
        guard character.unicodeScalars.allSatisfy({ TerminalWidth.of($0) != nil }) else { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// The columns the text before the cursor takes.
    public var cursorColumn: Int {
        characters[..<cursor].reduce(0) { $0 + TerminalWidth.of(String($1)) }
    }
}
