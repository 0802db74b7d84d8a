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
        discussion: """
            Opens the articles in a full-screen reader: files, folders, RSS or Atom feeds, \
            http(s) URLs, or - for standard input; without any, the bundled samples. Paths \
            that cannot be read are listed and the rest open. Press ? inside it for every key.

            Examples:
              crosscheck harwick.txt https://example.org/story.html
              crosscheck ~/news --theme light --as ana
            """,
        shouldDisplay: false
    )

    @Argument(help: "Articles to open: files, folders, feeds, http(s) URLs or - for standard input. Without any, the bundled samples.")
    var paths: [String] = []

    @Option(help: "The colour theme to start with (see 'crosscheck themes'; default: the config file's, else dark).")
    var theme: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var reviewer: ReviewerOptions

    func validate() throws {
        // `crosscheck marx` is a mistyped command far more often than an article.
        let suggestions = paths.map { CommandSuggestion.nearest(to: $0) }
        if !paths.isEmpty, suggestions.allSatisfy({ !$0.isEmpty }) {
            throw ValidationError(
                "'\(paths[0])' is neither a command nor a file; \(CommandSuggestion.question(for: suggestions[0]))")
        }
    }

    func run() throws {
        guard isatty(STDOUT_FILENO) != 0 else {
            throw ReaderUnavailable(
                reason: "standard output is not a terminal; use 'crosscheck parse PATH' to print what the parser finds")
        }
        let session = try ParseSession()
        let (analyses, unreadable) = try open(paths.isEmpty ? try Samples.paths() : paths, with: session)
        guard !analyses.isEmpty else {
            for line in unreadable { Diagnostics.error(line) }
            if unreadable.isEmpty { throw ReaderUnavailable(reason: "no articles to read") }
            throw ExitCode(1)
        }
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
        let config = Settings.config
        let wanted = theme ?? environment["CROSSCHECK_THEME"] ?? config.theme ?? ThemeCatalog.defaultName
        let (themes, themeProblem) = catalog.lineup(startingWith: wanted)
        if let themeProblem { problems.append(themeProblem) }
        problems += config.problems.map { "config \($0.brief) (setting ignored)" }

        let terminal = try Terminal(environment: environment)
        let size = terminal.size
        var state = ReaderState(
            analyses: analyses, store: StoreMarkBook(store: marks, author: reviewer.resolvedName), width: size.width,
            height: size.height, themes: themes, asciiOnly: !terminal.isUTF8,
            keymap: Keymap(overrides: config.bindings), unreadable: unreadable,
            settings: ConfigFileSettings(path: Settings.path))
        let places = PlaceFile(environment: environment)
        state.restore(places: places.load())
        // Paths not opened are said first (the reader's own first message).
        if unreadable.isEmpty, let problem = problems.first { state.say(problem, isError: true) }
        ReaderLoop.run(&state, on: terminal)
        terminal.close()
        do {
            try places.save(state.places)
        } catch {
            Diagnostics.warn("where you were in each article was not kept: \(error)")
        }
        for line in unreadable { Diagnostics.warn("not opened: \(line)") }
        let warnings = analyses.flatMap { analysis in
            analysis.article.warnings.map { (path: analysis.article.path ?? "-", warning: $0) }
        }
        for line in WarningSummary.lines(warnings) { Diagnostics.warn(line) }
    }

    /// Every article at the locations that can be read, and a line for each
    /// location that cannot (with the command it may have meant).
    private func open(_ locations: [String], with session: ParseSession) throws -> ([Analysis], [String]) {
        var analyses: [Analysis] = []
        var unreadable: [String] = []
        for location in locations {
            do {
                analyses += try session.analyses(at: location)
            } catch let error as ClaimKitError {
                if case .lexicon = error { throw error }
                var line = String(describing: error)
                let commands = CommandSuggestion.nearest(to: location)
                if !commands.isEmpty { line += " (\(CommandSuggestion.question(for: commands)))" }
                unreadable.append(line)
            }
        }
        return (analyses, unreadable)
    }
}

/// The reader cannot start here; one line says why.
struct ReaderUnavailable: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
