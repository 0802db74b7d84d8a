import ClaimKit

/// What the reader needs from wherever marks are kept. `update` calls it
/// before the new state shows a mark, so a mark on screen is a mark saved;
/// when a call throws, the reader shows the error and not the mark.
public protocol MarkBook: AnyObject {
    /// The current mark of every marked claim of an article, by claim fingerprint.
    func marks(for analysis: Analysis) throws -> [String: ClaimMark]
    /// Records a new status and note for a claim and returns the mark as saved.
    func setMark(_ status: ClaimStatus, note: String?, claim: Claim, in analysis: Analysis) throws -> ClaimMark
    /// Takes back the article's most recent mark; returns the mark the
    /// claim has again, or nil when there is nothing to undo.
    func undo(in analysis: Analysis) throws -> ClaimMark?
}

/// Marks kept in memory only: what the update and render tests use, and
/// what the benchmark measures the reader with.
public final class InMemoryMarkBook: MarkBook {
    private var history: [String: [ClaimMark]] = [:]
    /// When set, every write throws it, as a full disk or a locked database would.
    public var failure: (any Error)?

    public init() {}

    public func marks(for analysis: Analysis) throws -> [String: ClaimMark] {
        var current: [String: ClaimMark] = [:]
        for mark in history[analysis.article.fingerprint] ?? [] { current[mark.claimFingerprint] = mark }
        return current
    }

    public func setMark(_ status: ClaimStatus, note: String?, claim: Claim, in analysis: Analysis) throws -> ClaimMark {
        if let failure { throw failure }
        let mark = ClaimMark(claimFingerprint: claim.fingerprint, status: status, note: note)
        history[analysis.article.fingerprint, default: []].append(mark)
        return mark
    }

    public func undo(in analysis: Analysis) throws -> ClaimMark? {
        if let failure { throw failure }
        let key = analysis.article.fingerprint
        guard let last = history[key]?.popLast() else { return nil }
        let previous = history[key]?.last { $0.claimFingerprint == last.claimFingerprint }
        return previous ?? ClaimMark(claimFingerprint: last.claimFingerprint, status: .unverified)
    }
}
