/// What the reader shows for one claim of the article it has open.
public struct ClaimMarkState: Sendable, Equatable {
    public var mark: Mark
    /// The mark was recorded for an earlier text of this claim: the claim's
    /// words changed since, so the mark may no longer hold. `mark.claimFingerprint`
    /// is then the fingerprint of that earlier text.
    public var isStale: Bool

    public init(mark: Mark, isStale: Bool) {
        self.mark = mark
        self.isStale = isStale
    }
}
