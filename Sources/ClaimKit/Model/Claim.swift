/// A check-worthy statement the article attributes to someone or presents
/// as reported, alleged or uncertain.
public struct Claim: Hashable, Sendable, Identifiable {
    /// `c1`, `c2`, … in reading order.
    public var id: String
    public var range: TextRange
    public var text: String
    /// Ids of the sources the claim is attributed to; empty for a hedged,
    /// unattributed claim.
    public var sourceIDs: [String]
    /// The reporting verb or hedge that makes it a claim ("said", "according to").
    public var cue: String?
    public var cueRange: TextRange?
    public var hedges: [String]
    public var hedgeRanges: [TextRange]
    /// Whether the claim is (or contains) a direct quotation.
    public var quoted: Bool
    /// Stable across re-parsing and unrelated edits: derived from the claim's
    /// own words and cue, never from its position or id.
    public var fingerprint: String
    /// The id of the denial this claim is, when it is one.
    public var denialID: String?

    public init(
        id: String, range: TextRange, text: String, sourceIDs: [String], cue: String?, cueRange: TextRange?,
        hedges: [String], hedgeRanges: [TextRange], quoted: Bool, fingerprint: String, denialID: String? = nil
    ) {
        self.id = id
        self.range = range
        self.text = text
        self.sourceIDs = sourceIDs
        self.cue = cue
        self.cueRange = cueRange
        self.hedges = hedges
        self.hedgeRanges = hedgeRanges
        self.quoted = quoted
        self.fingerprint = fingerprint
        self.denialID = denialID
    }
}
