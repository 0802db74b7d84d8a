public enum SourceKind: String, Codable, Sendable, CaseIterable {
    case person
    case organization
    case government
    case media
    /// Unnamed groups: "sources", "officials", "people familiar with the matter".
    case anonymous
    case document
    case unknown
}

/// Whoever claims and denials are attributed to, with every surface form
/// the article uses for them.
public struct Source: Hashable, Sendable, Identifiable {
    /// `s1`, `s2`, … in order of first mention.
    public var id: String
    /// The canonical name: the fullest proper name the article gives.
    public var name: String
    public var kind: SourceKind
    /// Every other form used: titles with the name, surnames, "the newspaper", pronouns.
    public var aliases: [String]
    public var mentions: [TextRange]

    public init(id: String, name: String, kind: SourceKind, aliases: [String], mentions: [TextRange]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
    }
}
