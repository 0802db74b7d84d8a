/// What a stretch of the article is, structurally. Only prose blocks
/// (title, lede, paragraph, bullet) are searched for claims; section
/// markers and boilerplate are kept so the reader can show them.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    case title
    case lede
    case heading
    case paragraph
    case bullet
    /// An outlet's attribution line such as `Source: Reuters, citing officials`.
    case sourceline
    /// Credit lines, donation appeals, subscription footers.
    case boilerplate

    /// Whether sentences in this block can carry claims.
    public var isProse: Bool {
        switch self {
        case .title, .lede, .paragraph, .bullet: true
        case .heading, .sourceline, .boilerplate: false
        }
    }
}

public struct Block: Hashable, Sendable {
    public var kind: BlockKind
    public var range: TextRange
    /// The part of the block that is structure, not prose: an outlet
    /// marker (`Details:`, `Quote:`) or a bullet (`- `).
    public var markerRange: TextRange?
    /// What the outlet marker makes of the block, when it has one.
    public var marker: MarkerKind?
    /// Whether the block sits under a background heading, where the
    /// article's declared `Source:` no longer speaks.
    public var inBackground: Bool

    public init(
        kind: BlockKind, range: TextRange, markerRange: TextRange? = nil, marker: MarkerKind? = nil,
        inBackground: Bool = false
    ) {
        self.kind = kind
        self.range = range
        self.markerRange = markerRange
        self.marker = marker
        self.inBackground = inBackground
    }

    /// The prose of the block: its range without the marker.
    public var contentRange: TextRange {
        guard let markerRange, markerRange.start == range.start else { return range }
        return TextRange(min(markerRange.end, range.end), range.end)
    }
}
