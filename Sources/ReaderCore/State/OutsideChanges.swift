import ClaimKit

/// Marks written by others (another reader, `crosscheck mark`) while this
/// reader is open: looked for on every key and on the idle timer, shown
/// at once, and named on the status line.
extension ReaderState {
    /// One claim whose mark someone else changed.
    struct OutsideChange {
        var document: Int
        var claim: Claim
        var mark: ClaimMark?
    }

    /// Reads every open article's marks again when the book says someone
    /// else wrote; returns whether anything on screen changed.
    @discardableResult
    mutating func noticeOutsideChanges() -> Bool {
        do {
            guard try store.changedElsewhere() else { return false }
            outsideChangeError = nil
        } catch {
            let text = "cannot look for marks made elsewhere: \(error)"
            guard text != outsideChangeError else { return false }
            outsideChangeError = text
            say(text, isError: true)
            return true
        }
        var changes: [OutsideChange] = []
        for index in library.documents.keys.sorted() {
            guard let analysis = library.documents[index]?.analysis, let fresh = try? store.marks(for: analysis) else {
                continue
            }
            let old = library.documents[index]?.marks ?? [:]
            for claim in analysis.claims where old[claim.fingerprint] != fresh[claim.fingerprint] {
                changes.append(OutsideChange(document: index, claim: claim, mark: fresh[claim.fingerprint]))
            }
            library.documents[index]?.marks = fresh
            library.refreshSummary(of: index)
        }
        // Articles not in memory keep only their counts in the list.
        var countsChanged = false
        do {
            let counts = try store.markCountsChanged()
            reorderList { countsChanged = $0.refreshMarkCounts(counts) }
        } catch {
            say("cannot read the marks of the articles listed: \(error)", isError: true)
            countsChanged = true
        }
        guard let first = changes.first(where: { $0.document == current }) ?? changes.first else { return countsChanged }
        // A question waiting for its answer keeps the status line.
        if confirmation == nil { say(describe(first) + (changes.count > 1 ? " (and \(changes.count - 1) more)" : "")) }
        return true
    }

    /// "ben marked c3 false", with the article when it is not the one shown.
    private func describe(_ change: OutsideChange) -> String {
        let who = change.mark?.author.map(Sanitizer.line) ?? "someone"
        let status = change.mark?.status ?? .unverified
        var text = "\(who) marked \(change.claim.id) \(status.rawValue)"
        if let note = change.mark?.note { text += " (note: \(Sanitizer.line(note)))" }
        if change.document != current {
            let position = (library.position(of: change.document) ?? 0) + 1
            text += " in article \(position), \(Sanitizer.line(library.entries[change.document].shownTitle))"
        }
        return text
    }
}
