import ArgumentParser
import ClaimKit
import ClaimStore
import Foundation
import ReaderCore
import ReaderStore
import TerminalUI

/// The default command: the full-screen reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles claim by claim (the default command).",
        discussion: "Opens a full-screen reader; press ? inside it for every key.",
        shouldDisplay: false
    )

    @Argument(help: "Articles to open: files, folders or - for standard input. Without any, the bundled samples.")
    var paths: [String] = []

    @Option(help: "The colour theme to start with (see 'crosscheck themes').")
    var theme: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var reviewer: ReviewerOptions

    func run() throws {
        guard isatty(STDOUT_FILENO) != 0 else {
            throw ReaderUnavailable(
                reason: "standard output is not a terminal; use 'crosscheck parse PATH' to print what the parser finds")
        }
        let session = try ParseSession()
        let locations = paths.isEmpty ? try Samples.paths() : paths
        let analyses = try locations.flatMap { try session.analyses(at: $0) }
        guard !analyses.isEmpty else { throw ReaderUnavailable(reason: "no articles to read") }
        let marks = try store.open()
        var problems: [String] = []
        if let reason = marks.readOnlyReason {
            problems.append("marks cannot be saved: \(reason)")
        } else {
            for analysis in analyses {
                try marks.register(analysis, origin: ParseSession.origin(of: analysis.article.path ?? "-"))
            }
        }

        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(
            folders: ThemeCatalog.standardFolders(environment: environment, executablePath: Bundle.main.executablePath))
        let wanted = theme ?? environment["CROSSCHECK_THEME"] ?? ThemeCatalog.defaultName
        let (themes, themeProblem) = catalog.lineup(startingWith: wanted)
        if let themeProblem { problems.append(themeProblem) }

        let terminal = try Terminal(environment: environment)
        let size = terminal.size
        var state = ReaderState(
            analyses: analyses, store: StoreMarkBook(store: marks, author: reviewer.resolvedName), width: size.width,
            height: size.height, themes: themes, asciiOnly: !terminal.isUTF8)
        if let problem = problems.first { state.say(problem, isError: true) }
        ReaderLoop.run(&state, on: terminal)
        terminal.close()
        for analysis in analyses {
            for warning in analysis.article.warnings {
                Diagnostics.warn("\(analysis.article.path ?? "-"): \(warning)")
            }
        }
    }
}

/// The reader cannot start here; one line says why.
struct ReaderUnavailable: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
