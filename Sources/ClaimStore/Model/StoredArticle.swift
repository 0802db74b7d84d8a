import Foundation

/// An article as the store remembers it: enough to list and report its
/// marks without the article at hand.
public struct StoredArticle: Sendable, Equatable {
    public var fingerprint: String
    public var title: String
    /// Every path or URL it was opened from, most recent first.
    public var origins: [String]
    public var firstSeen: Date
    public var lastSeen: Date

    public init(fingerprint: String, title: String, origins: [String], firstSeen: Date, lastSeen: Date) {
        self.fingerprint = fingerprint
        self.title = title
        self.origins = origins
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}
