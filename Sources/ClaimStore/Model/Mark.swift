import Foundation

/// One entry of a claim's history: its status and note as set by someone
/// at some moment. The current mark of a claim is its latest entry.
public struct Mark: Sendable, Equatable {
    /// The entry's place in the whole history (ascending in the order
    /// entries were written); nil for a mark not read from the store.
    public var id: Int64?
    public var articleFingerprint: String
    public var claimFingerprint: String
    public var status: MarkStatus
    /// Free text on the claim; nil when there is none.
    public var note: String?
    /// Who set it: `$USER` or the name given with `--as`.
    public var author: String
    /// When it was set, to the millisecond (what the store keeps).
    public var date: Date

    public init(
        articleFingerprint: String, claimFingerprint: String, status: MarkStatus, note: String?, author: String,
        date: Date, id: Int64? = nil
    ) {
        self.id = id
        self.articleFingerprint = articleFingerprint
        self.claimFingerprint = claimFingerprint
        self.status = status
        self.note = note
        self.author = author
        self.date = date
    }
}
