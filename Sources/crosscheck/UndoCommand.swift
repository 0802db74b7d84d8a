import ArgumentParser
import ClaimKit
import ClaimStore
import Foundation

struct UndoMark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo the latest change to an article's marks.",
        discussion: """
            The claim gets back the status and note it had before; the history keeps both \
            the change and its undoing. Repeat to go further back.
            """
    )

    @Argument(help: "The article (a file, or - for standard input).")
    var path: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var reviewer: ReviewerOptions

    func run() throws {
        let analysis = try ParseSession().singleAnalysis(at: path)
        guard let restored = try store.open().undo(article: analysis.article.fingerprint, author: reviewer.resolvedName)
        else { throw StoreCommandError.nothingToUndo(path: path) }
        let claim = analysis.claims.first { $0.fingerprint == restored.claimFingerprint }
        let name = claim?.id ?? "claim \(restored.claimFingerprint)"
        var line = "\(name) is \(restored.status.rawValue) again"
        if let note = restored.note { line += " (note: \(Sanitizer.line(note)))" }
        if let claim { line += ": \(Sanitizer.line(claim.text))" }
        print(line)
    }
}
