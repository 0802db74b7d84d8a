import ClaimKit
import Foundation

/// Marks and notes. Each goes to the store first; the state shows a mark
/// only once the store has it, and a store error leaves the state as it was.
extension ReaderState {
    mutating func mark(_ status: ClaimStatus) {
        guard let index = document.selectedClaim else {
            say("no claim is selected; n selects the next one")
            return
        }
        let note = document.mark(of: index)?.note
        save(status, note: note, claim: index) { claim in "\(claim.id) marked \(status.rawValue)" }
    }

    mutating func beginNote() {
        guard let index = document.selectedClaim else {
            say("no claim is selected; n selects the next one")
            return
        }
        editor = TextEntry(purpose: .note(claim: index), line: LineEditor(document.mark(of: index)?.note ?? ""))
    }

    mutating func commitNote(_ text: String, claim index: Int) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let note = trimmed.isEmpty ? nil : trimmed
        let status = document.status(of: index)
        save(status, note: note, claim: index) { claim in
            note == nil ? "note removed from \(claim.id)" : "note saved on \(claim.id)"
        }
    }

    private mutating func save(
        _ status: ClaimStatus, note: String?, claim index: Int, success: (Claim) -> String
    ) {
        let claim = document.analysis.claims[index]
        do {
            let saved = try store.setMark(status, note: note, claim: claim, in: document.analysis)
            document.marks[claim.fingerprint] = saved
            library.refreshSummary(of: current)
            say(success(claim))
        } catch {
            say("not saved: \(claim.id) keeps its mark (\(error))", isError: true)
        }
    }

    /// U: takes back the last mark this reader made in this article,
    /// never anyone else's, and shows the claim it touched. When someone
    /// has changed that claim since, asks first (`force` is the answer yes).
    mutating func undo(force: Bool = false) {
        let outcome: UndoOutcome
        do {
            outcome = try store.undo(in: document.analysis, force: force)
        } catch {
            say("undo failed: \(error)", isError: true)
            return
        }
        let claims = document.analysis.claims
        switch outcome {
        case .nothing:
            say("nothing of yours to undo in this article; marks by others stay as they are")
        case .changedSince(let fingerprint, let names, let current):
            let index = claims.firstIndex { $0.fingerprint == fingerprint }
            if let index { show(claim: index) }
            let id = index.map { claims[$0].id } ?? "a claim no longer in the article"
            confirmation = .undoOverOthers
            say(
                "\(id) was changed by \(names.map(Sanitizer.line).joined(separator: ", ")) after your mark "
                    + "(now \(current.status.rawValue)): undo yours anyway? y/n")
        case .undone(let restored):
            document.marks[restored.claimFingerprint] = restored
            library.refreshSummary(of: current)
            if let index = claims.firstIndex(where: { $0.fingerprint == restored.claimFingerprint }) {
                show(claim: index)
                say("undone: \(claims[index].id) is \(restored.status.rawValue) again")
            } else {
                say("undone: a claim no longer in the article is \(restored.status.rawValue) again")
            }
        }
    }

    /// Selects a claim, listing every claim again when a filter hides it.
    private mutating func show(claim index: Int) {
        if !document.listedClaims.contains(index) { document.setFilter(nil) }
        select(claim: index)
    }

    /// The answer to a question on the status line: y goes ahead, any other key does not.
    mutating func answer(_ pending: Confirmation, key: Key) {
        confirmation = nil
        guard key == .character("y") || key == .character("Y") else {
            say("nothing undone")
            return
        }
        switch pending {
        case .undoOverOthers: undo(force: true)
        }
    }
}
