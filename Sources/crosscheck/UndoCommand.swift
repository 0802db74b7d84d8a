import ArgumentParser
import ClaimKit
import ClaimStore
import Foundation

struct UndoMark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo your latest change to an article's marks.",
        discussion: """
            Takes back the latest change recorded under your name (--as, else the reviewer \
            of the config file, else $USER), never anyone else's: the claim gets back the status and note it had \
            before, and the history keeps both the change and its undoing. Repeat to go \
            further back. When someone else has changed that claim since, nothing is undone \
            unless --force is given.

            Examples:
              crosscheck undo harwick.txt
              crosscheck undo harwick.txt --as ben --force
            """
    )

    @Argument(help: "The article (a file, or - for standard input).")
    var path: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var reviewer: ReviewerOptions

    @Flag(help: "Undo your change even when someone else has changed the claim since.")
    var force = false

    func run() throws {
        Settings.warnAboutProblems()
        let analysis = try ParseSession().singleAnalysis(at: path)
        let name = reviewer.resolvedName
        let result = try store.open().undo(
            article: analysis.article.fingerprint, scope: .author(name), author: name, force: force)
        let restored: Mark
        switch result {
        case .undone(let mark):
            restored = mark
        case .nothingToUndo:
            throw StoreCommandError.nothingToUndo(path: path, author: name)
        case .changedSince(let target, let later):
            let claim = analysis.claims.first { $0.fingerprint == target.claimFingerprint }
            throw StoreCommandError.changedSince(
                path: path, claim: claim?.id ?? "claim \(target.claimFingerprint)", author: name,
                others: later.map(\.author), current: later.last?.status.rawValue ?? target.status.rawValue)
        }
        let claim = analysis.claims.first { $0.fingerprint == restored.claimFingerprint }
        let id = claim?.id ?? "claim \(restored.claimFingerprint)"
        var line = "\(id) is \(restored.status.rawValue) again"
        if let note = restored.note { line += " (note: \(Sanitizer.line(note)))" }
        if let claim { line += ": \(Sanitizer.line(claim.text))" }
        try StandardOutput.line(line)
    }
}
