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
        let library = try ReaderLibrary(locations: paths.isEmpty ? try Samples.paths() : paths)
        let unreadable = library.unreadable
        guard !library.jobs.isEmpty else {
            for line in unreadable { Diagnostics.error(line) }
            if unreadable.isEmpty { throw ReaderUnavailable(reason: "no articles to read") }
            throw ExitCode(1)
        }
        let marks = try store.open()
        var problems: [String] = []
        if let reason = marks.readOnlyReason { problems.append("marks cannot be saved: \(reason)") }
        // Articles the cache holds are read back without the parser: its
        // lexicons and model load only when an article must be parsed.
        let cache = ParseCache(
            marks: marks, parserVersion: try ClaimParser.bundledVersion(), parser: { try ParseSession.shared().parser })
        let queue = cache.queue(
            library.jobs, loader: { try ParseSession.shared().loader }, waitsForFirstFrame: true,
            describe: ReaderLibrary.line(for:at:))
        queue.start()
        // The first screen waits for the first article of the list alone.
        let received = queue.untilFirstArticle()
        guard received.contains(where: { if case .parsed(_, let analyses) = $0 { !analyses.isEmpty } else { false } }) else {
            for line in unreadable { Diagnostics.error(line) }
            for update in received { if case .failed(_, let reason, _) = update { Diagnostics.error(reason) } }
            throw ExitCode(1)
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
            locations: library.jobs.map(\.location), received: received,
            store: StoreMarkBook(store: marks, author: reviewer.resolvedName), width: size.width,
            height: size.height, themes: themes, asciiOnly: !terminal.isUTF8,
            keymap: Keymap(overrides: config.bindings), unreadable: unreadable,
            settings: ConfigFileSettings(path: Settings.path), priority: queue)
        let places = PlaceFile(environment: environment)
        state.restore(places: places.load())
        state.looksUpInBackground = true
        state.corroborationBook = LibraryCorroborationBook(
            library: ArticleStore(sharing: marks), marks: marks, reparse: { try ParseSession.shared().singleAnalysis(at: $0) })
        // Paths not opened are said first (the reader's own first message).
        if unreadable.isEmpty, let problem = problems.first { state.say(problem, isError: true) }
        ReaderLoop.run(&state, on: terminal, queue: queue)
        terminal.close()
        // Articles being parsed are finished and recorded; no more are begun.
        queue.stop()
        // What was parsed since the last key is warned about too.
        state.receive(queue.drain())
        do {
            try cache.finish(limit: config.cacheSize ?? ReaderConfig.defaultCacheSize)
        } catch {
            Diagnostics.warn("the parse cache was not trimmed: \(error)")
        }
        do {
            try places.save(state.places)
        } catch {
            Diagnostics.warn("where you were in each article was not kept: \(error)")
        }
        for line in state.library.skipped { Diagnostics.warn(line) }
        for line in state.unreadable { Diagnostics.warn("not opened: \(line)") }
        for line in WarningSummary.lines(state.library.warnings) { Diagnostics.warn(line) }
    }
}

/// The reader cannot start here; one line says why.
struct ReaderUnavailable: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
