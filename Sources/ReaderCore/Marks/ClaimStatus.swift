/// Where a reader stands on a claim.
public enum ClaimStatus: String, CaseIterable, Sendable {
    case unverified
    case verified
    case disputed
    case `false`

    /// The theme role that colours a claim in this status.
    public var role: Role {
        switch self {
        case .unverified: .claim
        case .verified: .claimVerified
        case .disputed: .claimDisputed
        case .false: .claimFalse
        }
    }
}

/// A claim's current mark as the reader shows it.
public struct ClaimMark: Equatable, Sendable {
    public var claimFingerprint: String
    public var status: ClaimStatus
    public var note: String?
    /// The claim's words changed since it was marked.
    public var isStale: Bool

    public init(claimFingerprint: String, status: ClaimStatus, note: String? = nil, isStale: Bool = false) {
        self.claimFingerprint = claimFingerprint
        self.status = status
        self.note = note
        self.isStale = isStale
    }
}
