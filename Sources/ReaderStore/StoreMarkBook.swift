import ClaimKit
import ClaimStore
import ReaderCore

/// The reader's marks, kept in the SQLite mark store: every call commits
/// before it returns, so a mark the reader shows is on disk.
public final class StoreMarkBook: MarkBook {
    public let store: MarkStore
    public let author: String

    public init(store: MarkStore, author: String) {
        self.store = store
        self.author = author
    }

    public func marks(for analysis: Analysis) throws -> [String: ClaimMark] {
        try store.marks(for: analysis).mapValues { Self.claimMark($0.mark, isStale: $0.isStale) }
    }

    public func setMark(_ status: ClaimStatus, note: String?, claim: Claim, in analysis: Analysis) throws -> ClaimMark {
        // The store keeps the current note for a nil one; the reader means
        // "no note", which the store spells as an empty note.
        let mark = try store.setMark(
            article: analysis.article.fingerprint, claim: claim.fingerprint, status: Self.markStatus(status),
            note: note ?? "", author: author)
        return Self.claimMark(mark, isStale: false)
    }

    public func undo(in analysis: Analysis) throws -> ClaimMark? {
        try store.undo(article: analysis.article.fingerprint, author: author).map { Self.claimMark($0, isStale: false) }
    }

    static func claimMark(_ mark: Mark, isStale: Bool) -> ClaimMark {
        ClaimMark(
            claimFingerprint: mark.claimFingerprint, status: ClaimStatus(rawValue: mark.status.rawValue) ?? .unverified,
            note: mark.note, isStale: isStale)
    }

    static func markStatus(_ status: ClaimStatus) -> MarkStatus {
        switch status {
        case .unverified: .unverified
        case .verified: .verified
        case .disputed: .disputed
        case .false: .false
        }
    }
}
