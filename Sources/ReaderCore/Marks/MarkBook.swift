import ClaimKit
import Foundation

/// What U did, or why it did nothing.
public enum UndoOutcome: Equatable, Sendable {
    /// The claim has this mark again.
    case undone(ClaimMark)
    /// This reader has made no mark in the article that is still in effect.
    case nothing
    /// The claim of this reader's last mark was changed since by others
    /// (their names, latest last); nothing changed. Undoing with `force`
    /// takes this reader's mark back all the same.
    case changedSince(claimFingerprint: String, by: [String], current: ClaimMark)
}

/// What the reader needs from wherever marks are kept. `update` calls it
/// before the new state shows a mark, so a mark on screen is a mark saved;
/// when a call throws, the reader shows the error and not the mark.
public protocol MarkBook: AnyObject {
    /// The current mark of every marked claim of an article, by claim fingerprint.
    func marks(for analysis: Analysis) throws -> [String: ClaimMark]
    /// Records a new status and note for a claim and returns the mark as saved.
    func setMark(_ status: ClaimStatus, note: String?, claim: Claim, in analysis: Analysis) throws -> ClaimMark
    /// Takes back the latest mark this book made in the article that is
    /// still in effect, never anyone else's.
    func undo(in analysis: Analysis, force: Bool) throws -> UndoOutcome
    /// Every entry of one claim's history, oldest first.
    func history(of claimFingerprint: String, in analysis: Analysis) throws -> [ClaimMark]
    /// Whether marks were changed by anyone else (another process) since
    /// the last call; the reader then reads them again.
    func changedElsewhere() throws -> Bool
    /// For each article whose marks anyone changed since the last call,
    /// how many of its claims have each status other than unverified:
    /// the list's counts for articles not held in memory.
    func markCountsChanged() throws -> [String: [ClaimStatus: Int]]
}

/// Marks kept in memory only, with one writer: what the update and
/// render tests use, and what the benchmark measures the reader with.
public final class InMemoryMarkBook: MarkBook {
    private var history: [String: [Entry]] = [:]
    /// Articles marked since `markCountsChanged` was last called.
    private var changed: Set<String> = []
    private let author: String
    /// When set, every write throws it, as a full disk or a locked database would.
    public var failure: (any Error)?

    private struct Entry {
        var mark: ClaimMark
        /// Index of the entry this one took back, for entries written by undo.
        var undoes: Int?
    }

    public init(author: String = "me") {
        self.author = author
    }

    public func marks(for analysis: Analysis) throws -> [String: ClaimMark] {
        var current: [String: ClaimMark] = [:]
        for entry in history[analysis.article.fingerprint] ?? [] { current[entry.mark.claimFingerprint] = entry.mark }
        return current
    }

    public func setMark(_ status: ClaimStatus, note: String?, claim: Claim, in analysis: Analysis) throws -> ClaimMark {
        if let failure { throw failure }
        let mark = ClaimMark(claimFingerprint: claim.fingerprint, status: status, note: note, author: author, date: Date())
        history[analysis.article.fingerprint, default: []].append(Entry(mark: mark))
        changed.insert(analysis.article.fingerprint)
        return mark
    }

    public func undo(in analysis: Analysis, force: Bool) throws -> UndoOutcome {
        if let failure { throw failure }
        let key = analysis.article.fingerprint
        let entries = history[key] ?? []
        let undone = Set(entries.compactMap(\.undoes))
        guard
            let target = entries.indices.last(where: { entries[$0].undoes == nil && !undone.contains($0) })
        else { return .nothing }
        let claim = entries[target].mark.claimFingerprint
        let before = entries[..<target].last { $0.mark.claimFingerprint == claim }?.mark
        let restored = ClaimMark(
            claimFingerprint: claim, status: before?.status ?? .unverified, note: before?.note, author: author,
            date: Date())
        history[key, default: []].append(Entry(mark: restored, undoes: target))
        changed.insert(key)
        return .undone(restored)
    }

    public func history(of claimFingerprint: String, in analysis: Analysis) throws -> [ClaimMark] {
        (history[analysis.article.fingerprint] ?? []).map(\.mark).filter { $0.claimFingerprint == claimFingerprint }
    }

    /// Nobody else writes here.
    public func changedElsewhere() throws -> Bool { false }

    public func markCountsChanged() throws -> [String: [ClaimStatus: Int]] {
        defer { changed = [] }
        var counts: [String: [ClaimStatus: Int]] = [:]
        for article in changed {
            var latest: [String: ClaimStatus] = [:]
            for entry in history[article] ?? [] { latest[entry.mark.claimFingerprint] = entry.mark.status }
            counts[article] = latest.values.reduce(into: [:]) { if $1 != .unverified { $0[$1, default: 0] += 1 } }
        }
        return counts
    }
}
