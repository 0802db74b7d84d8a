import ClaimKit
import ClaimStore
import ReaderCore

/// The reader's marks, kept in the SQLite mark store: every call commits
/// before it returns, so a mark the reader shows is on disk. Several
/// readers (and the mark commands) can share one database: each book
/// remembers the history entries it wrote, so undo takes back only its
/// own, and notices through SQLite when anyone else has written.
public final class StoreMarkBook: MarkBook {
    public let store: MarkStore
    public let author: String
    /// History entries this book wrote: what its undo may take back.
    private var ownChanges: Set<Int64> = []
    /// The store's outside-change counter when last asked.
    private var seenCounter: Int?
    /// The latest mark whose article's counts were handed over.
    private var seenMark: Int64

    public init(store: MarkStore, author: String) {
        self.store = store
        self.author = author
        seenCounter = try? store.outsideChangeCounter()
        seenMark = (try? store.latestMarkID()) ?? 0
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
        if let id = mark.id, mark.author == author { ownChanges.insert(id) }
        return Self.claimMark(mark, isStale: false)
    }

    public func undo(in analysis: Analysis, force: Bool) throws -> UndoOutcome {
        let result = try store.undo(
            article: analysis.article.fingerprint, scope: .changes(ownChanges), author: author, force: force)
        switch result {
        case .nothingToUndo:
            return .nothing
        case .undone(let mark):
            // The undo is this reader's change too: undoing further back
            // must not count it as someone else's.
            if let id = mark.id { ownChanges.insert(id) }
            return .undone(Self.claimMark(mark, isStale: false))
        case .changedSince(let target, let later):
            let current = later.last.map { Self.claimMark($0, isStale: false) }
            var names: [String] = []
            for mark in later where !names.contains(mark.author) { names.append(mark.author) }
            return .changedSince(
                claimFingerprint: target.claimFingerprint, by: names,
                current: current ?? Self.claimMark(target, isStale: false))
        }
    }

    public func history(of claimFingerprint: String, in analysis: Analysis) throws -> [ClaimMark] {
        try store.history(article: analysis.article.fingerprint, claim: claimFingerprint).map {
            Self.claimMark($0, isStale: false)
        }
    }

    public func changedElsewhere() throws -> Bool {
        let counter = try store.outsideChangeCounter()
        defer { seenCounter = counter }
        return seenCounter != nil && seenCounter != counter
    }

    public func markCountsChanged() throws -> [String: [ClaimStatus: Int]] {
        let (counts, latest) = try store.markCounts(ofArticlesMarkedAfter: seenMark)
        seenMark = latest
        return counts.mapValues { marked in
            Dictionary(uniqueKeysWithValues: marked.map { (ClaimStatus(rawValue: $0.key.rawValue) ?? .unverified, $0.value) })
        }
    }

    static func claimMark(_ mark: Mark, isStale: Bool) -> ClaimMark {
        ClaimMark(
            claimFingerprint: mark.claimFingerprint, status: ClaimStatus(rawValue: mark.status.rawValue) ?? .unverified,
            note: mark.note, isStale: isStale, author: mark.author, date: mark.date)
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
