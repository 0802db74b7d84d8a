/// A statement by a party rejecting, denying, refuting or dismissing a
/// claim or accusation. Every denial is also listed among the claims.
public struct Denial: Hashable, Sendable, Identifiable {
    /// `d1`, `d2`, … in reading order.
    public var id: String
    public var range: TextRange
    public var text: String
    /// Id of the denying source, when known.
    public var sourceID: String?
    public var cue: String
    public var cueRange: TextRange?
    /// Ids of the earlier claims this denial disputes.
    public var disputes: [String]
    /// Id of the claim that records this denial as an attributed statement.
    public var claimID: String

    public init(
        id: String, range: TextRange, text: String, sourceID: String?, cue: String, cueRange: TextRange?,
        disputes: [String], claimID: String
    ) {
        self.id = id
        self.range = range
        self.text = text
        self.sourceID = sourceID
        self.cue = cue
        self.cueRange = cueRange
        self.disputes = disputes
        self.claimID = claimID
    }
}
