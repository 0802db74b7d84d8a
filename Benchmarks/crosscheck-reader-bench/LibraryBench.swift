import ClaimKit
import ClaimStore
import Foundation
import GeneratedLibrary
import ReaderCore
import ReaderStore

/// `crosscheck-reader-bench --library N`: the reader on a folder of N
/// generated articles of about 1,000 words (7 KB) each, as `crosscheck
/// FOLDER` opens it: the time to the first full frame (folder listed,
/// database opened, parser's version known, first article parsed (the
/// lexicons and model loaded for it) or read back from the parse cache,
/// marks read, frame drawn), the idle tick right after it (which
/// starts looking the article's claims up in the library, in the
/// background) and how long until those matches are in, the time until
/// the whole list is parsed (the reader taking each batch in and drawing
/// it, as between keys), and the peak resident memory of each; first cold
/// (empty marks database), then warm (every analysis in the parse
/// cache). Each run is a process of its own, as each `crosscheck` is:
/// nothing loaded by the first (lexicons, model) helps the second.
/// `--keep DIR` writes the folder and database in DIR and leaves them.
enum LibraryBench {
    static let clock = ContinuousClock()

    static func run(count: Int, words: Int = 1000, keep: String? = nil) throws {
        let root = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-library-bench-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: root) } }
        let folder = root.appendingPathComponent("articles")
        let paths = try GeneratedLibrary.write(count: count, words: words, into: folder)
        let bytes = try paths.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0) }
        let database = root.appendingPathComponent("marks.sqlite").path
        print(
            "crosscheck-reader-bench --library \(count) (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores): "
                + String(format: "%d articles, %.1f MB, 200x60", count, Double(bytes) / 1e6))
        for phase in ["cold", "warm (from the parse cache)"] {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            child.arguments = ["--library-run", phase, folder.path, database]
            fflush(nil)
            try child.run()
            child.waitUntilExit()
            guard child.terminationStatus == 0 else { throw RunFailed(phase: phase, status: child.terminationStatus) }
        }
    }

    struct RunFailed: Error, CustomStringConvertible {
        var phase: String
        var status: Int32
        var description: String { "the \(phase) run ended with status \(status)" }
    }

    /// One run in a process of its own (`--library-run PHASE FOLDER DATABASE`): its figures, printed.
    static func runOnce(phase: String, folder: String, database: String) throws {
        let figures = try measure(folder: folder, database: database)
        print(
            String(
                format: "  %@: first full frame %.0f ms; whole list parsed %.2f s; peak resident memory %.0f MB; %d claims listed",
                phase as NSString, figures.firstFrame, figures.wholeList / 1000, peakMemoryMB(), figures.claims))
        print("    first frame: " + figures.steps.map { String(format: "%@ %.0f ms", $0.0 as NSString, $0.1) }.joined(separator: ", "))
        print(
            String(
                format: "    then the idle tick %.0f ms; the article's matches in the library, looked up in the background, in %.0f ms",
                figures.idleTick, figures.matches))
    }

    struct Figures {
        var firstFrame: Double
        /// The idle tick after the first frame (which starts the look-up of
        /// the shown article's matches), and the time from it until they are in and drawn.
        var idleTick: Double
        var matches: Double
        /// Where the time to the first frame went, step by step.
        var steps: [(String, Double)]
        var wholeList: Double
        var claims: Int
    }

    static func measure(folder: String, database: String) throws -> Figures {
        let start = clock.now
        var steps: [(String, Double)] = []
        var stepStart = start
        func step(_ name: String) {
            let now = clock.now
            steps.append((name, milliseconds(now - stepStart)))
            stepStart = now
        }
        let files = try ArticleLoader.files(at: folder).files
        step("folder listed")
        let marks = try MarkStore(path: database)
        step("database opened")
        // As `crosscheck` does: the parser (lexicons and model) loads only
        // when an article must be parsed; one read back from the cache needs its version alone.
        let cache = ParseCache(marks: marks, parserVersion: try ClaimParser.bundledVersion(), parser: { try tools.get().parser })
        step("parser version")
        let queue = cache.queue(
            files.map { ParseCache.Job(location: $0, inFolder: true) }, loader: { try tools.get().loader },
            waitsForFirstFrame: true, describe: { "\($1): \($0)" })
        queue.start()
        let received = queue.untilFirstArticle()
        step("first article read")
        var state = ReaderState(
            locations: files, received: received, store: StoreMarkBook(store: marks, author: "bench"),
            width: 200, height: 60, priority: queue)
        // As `crosscheck` sets it: looked up in the background from the idle tick after the first frame.
        state.looksUpInBackground = true
        state.corroborationBook = LibraryCorroborationBook(
            library: ArticleStore(sharing: marks), marks: marks,
            reparse: { path in
                let (parser, loader) = try tools.get()
                guard let article = try loader.articles(inFile: path).first else { throw ClaimKitError.unreadable(path: path, reason: "empty") }
                return parser.analyze(article)
            })
        step("reader state")
        precondition(!FrameDiff.changedCells(from: nil, to: state.render()).isEmpty)
        step("frame drawn")
        let firstFrame = milliseconds(clock.now - start)
        queue.firstFrameDrawn()
        let tick = clock.now
        if state.handle(.idle) != .unchanged { _ = state.render() }
        let idleTick = milliseconds(clock.now - tick)
        // As the reader's loop: each batch the parser hands over taken in
        // and drawn, and an idle tick at least every busy interval, which
        // takes the matches in once they are: each figure is timed when it
        // is on screen, whichever comes first.
        var wholeList: Double?
        var matches: Double?
        while wholeList == nil || matches == nil {
            if wholeList == nil {
                let wait = Date(timeIntervalSinceNow: Double(ReaderEvent.busyInterval) / 1000)
                if state.receive(queue.waitForUpdates(until: wait)) { _ = state.render() }
                if !state.library.isParsing { wholeList = milliseconds(clock.now - start) }
                if matches == nil, state.handle(.idle) != .unchanged {
                    _ = state.render()
                    matches = milliseconds(clock.now - tick)
                }
            } else {
                // Nothing more to take in: only the matches are awaited.
                state.waitForCorroboration()
                _ = state.render()
                matches = milliseconds(clock.now - tick)
            }
        }
        queue.stop()
        // Room for every analysis, so the warm run finds them all.
        try cache.finish(limit: 4 << 30)
        let claims = state.library.entries.reduce(0) { $0 + ($1.summary?.claims ?? 0) }
        precondition(state.library.parsedCount == files.count, "every article listed as parsed")
        return Figures(
            firstFrame: firstFrame, idleTick: idleTick, matches: matches ?? .nan, steps: steps, wholeList: wholeList ?? .nan,
            claims: claims)
    }

    /// The parser and loader, built when first asked for (as `crosscheck`'s `ParseSession.shared`).
    static let tools = Result { () throws -> (parser: ClaimParser, loader: ArticleLoader) in
        let parser = try ClaimParser()
        return (parser, ArticleLoader(lexicon: parser.lexicon))
    }

    /// The peak resident memory since the last reset, in MB (VmHWM).
    static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return .nan }
        return kilobytes * 1024 / 1e6
    }
}
