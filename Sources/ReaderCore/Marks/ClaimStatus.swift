import Foundation

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

/// A claim's current mark as the reader shows it, or one entry of its history.
public struct ClaimMark: Equatable, Sendable {
    public var claimFingerprint: String
    public var status: ClaimStatus
    public var note: String?
    /// The claim's words changed since it was marked.
    public var isStale: Bool
    /// Who set it and when; nil where the book does not keep them.
    public var author: String?
    public var date: Date?

    public init(
        claimFingerprint: String, status: ClaimStatus, note: String? = nil, isStale: Bool = false,
        author: String? = nil, date: Date? = nil
    ) {
        self.claimFingerprint = claimFingerprint
        self.status = status
        self.note = note
        self.isStale = isStale
        self.author = author
        self.date = date
    }
}
