import ClaimKit

/// Articles arriving from the background parser, and opening an article
/// that has not arrived yet: the reader asks the parser for it and opens
/// it when it comes, without ever waiting for it.
extension ReaderState {
    /// Takes in what the background parser has found: the list fills in,
    /// and an article the reader waits for opens. Returns whether
    /// anything on screen may have changed.
    @discardableResult
    public mutating func receive(_ updates: [LibraryUpdate]) -> Bool {
        guard !updates.isEmpty else { return false }
        var failures: [String] = []
        var arrived: [Int] = []
        let store = self.store
        let wanted = Set(library.recent + [awaiting].compactMap { $0 })
        reorderList {
            arrived = $0.apply(updates, marks: store.marks(for:), failures: &failures, keep: wanted.contains)
        }
        for entry in arrived { restorePendingPlace(in: entry) }
        if let awaiting {
            if library.documents[awaiting] != nil {
                self.awaiting = nil
                openArticle(awaiting)
            } else if library.entries[awaiting].stage == .failed {
                self.awaiting = nil
                say("\(Sanitizer.line(library.entries[awaiting].shownTitle)) could not be opened (l lists why)", isError: true)
            }
        }
        if let failure = failures.first, confirmation == nil { say(failure, isError: true) }
        return true
    }

    /// Opens an entry of the list: at once when it is parsed, else as
    /// soon as the parser, which takes it next, has it.
    mutating func request(_ entry: Int) {
        guard library.documents[entry] == nil else {
            awaiting = nil
            openArticle(entry)
            return
        }
        awaiting = entry
        priority?.prioritize(job: library.entries[entry].job)
        say("parsing \(Sanitizer.line(library.entries[entry].shownTitle)); it opens when ready")
    }
}
