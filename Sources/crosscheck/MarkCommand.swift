import ArgumentParser
import ClaimKit
import ClaimStore
import Foundation

struct MarkClaim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark a claim of an article verified, disputed, false or unverified.",
        discussion: """
            The mark is saved (with who and when) before this command reports it, and \
            follows the article: re-parsing it, editing other paragraphs or opening it \
            from another path keeps it.

            Examples:
              crosscheck mark harwick.txt c3 verified --note "union minutes, 14 Nov"
              crosscheck mark harwick.txt 7 disputed --as ben
              crosscheck mark harwick.txt 9985d6 false
            """
    )

    @Argument(help: "The article (a file, or - for standard input).")
    var path: String

    @Argument(help: "The claim: its id from 'crosscheck parse' (c3, or just 3) or the start of its fingerprint (6 characters at least).")
    var claim: String

    @Argument(help: "The claim's new status.")
    var status: MarkStatus

    @Option(help: "A note on the claim; an empty one removes the note. Without it the note is kept.")
    var note: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var reviewer: ReviewerOptions

    func run() throws {
        Settings.warnAboutProblems()
        let analysis = try ParseSession().singleAnalysis(at: path)
        let target = try ClaimReference(text: claim).claim(in: analysis, path: path)
        let marks = try store.open()
        try marks.register(analysis, origin: ParseSession.origin(of: path))
        let mark = try marks.setMark(
            article: analysis.article.fingerprint, claim: target.fingerprint, status: status, note: note,
            author: reviewer.resolvedName)
        var line = "\(target.id) \(mark.status.rawValue): \(Sanitizer.line(target.text))"
        if let note = mark.note { line += " (note: \(Sanitizer.line(note)))" }
        try StandardOutput.line(line)
    }
}
