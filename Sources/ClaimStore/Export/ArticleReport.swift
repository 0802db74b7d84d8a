/// Everything a verification report says about one article: each claim
/// with its sources, current mark and history, and the marked claims the
/// article no longer makes.
public struct ArticleReport: Sendable, Equatable {
    public var fingerprint: String
    public var title: String
    /// Paths or URLs it was opened from, most recent first.
    public var origins: [String]
    /// The article's claims in reading order, marked or not.
    public var claims: [ClaimReport]
    /// Claims with a mark that the article no longer has (and that match
    /// none of its current claims): kept in the report so no mark is lost.
    public var formerClaims: [ClaimReport]

    public init(
        fingerprint: String, title: String, origins: [String], claims: [ClaimReport], formerClaims: [ClaimReport]
    ) {
        self.fingerprint = fingerprint
        self.title = title
        self.origins = origins
        self.claims = claims
        self.formerClaims = formerClaims
    }

    /// The report cut down to the claims that carry a mark.
    public var onlyMarked: ArticleReport {
        var report = self
        report.claims = claims.filter(\.isMarked)
        return report
    }
}

public struct ClaimReport: Sendable, Equatable {
    public var claim: ClaimSnapshot
    /// Its current mark (possibly stale); nil when it was never marked.
    public var state: ClaimMarkState?
    /// Every change, oldest first, including those made to the earlier
    /// text a stale mark comes from.
    public var history: [Mark]
    /// The claims of other library articles that state it or deny it,
    /// best first (filled in by `ArticleStore.addingMatches`).
    public var matches: [LibraryMatch]

    public init(claim: ClaimSnapshot, state: ClaimMarkState?, history: [Mark], matches: [LibraryMatch] = []) {
        self.claim = claim
        self.state = state
        self.history = history
        self.matches = matches
    }

    public var status: MarkStatus { state?.mark.status ?? .unverified }

    /// Whether a reader has said anything about the claim: a status other
    /// than unverified, or a note.
    public var isMarked: Bool {
        guard let mark = state?.mark else { return false }
        return mark.status != .unverified || mark.note != nil
    }
}
