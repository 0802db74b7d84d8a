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
            say(success(claim))
        } catch {
            say("not saved: \(claim.id) keeps its mark (\(error))", isError: true)
        }
    }

    /// U: takes back the last mark in this article and shows the claim it touched.
    mutating func undo() {
        do {
            guard let restored = try store.undo(in: document.analysis) else {
                say("nothing to undo in this article")
                return
            }
            document.marks[restored.claimFingerprint] = restored
            if let index = document.analysis.claims.firstIndex(where: { $0.fingerprint == restored.claimFingerprint }) {
                if !document.listedClaims.contains(index) { document.setFilter(nil) }
                select(claim: index)
                say("undone: \(document.analysis.claims[index].id) is \(restored.status.rawValue) again")
            } else {
                say("undone: a claim no longer in the article is \(restored.status.rawValue) again")
            }
        } catch {
            say("undo failed: \(error)", isError: true)
        }
    }
}
