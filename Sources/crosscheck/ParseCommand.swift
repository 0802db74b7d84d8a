import ArgumentParser
import ClaimKit
import ClaimStore
import Foundation

/// What `parse` prints: one crosscheck.article/1 document (an array of
/// them for several), JSON Lines, or a readable listing.
enum ParseFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case json
    case jsonl
    case text
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the claims, sources and denials the parser finds.",
        discussion: """
            Reads each article (a plain-text, Markdown or HTML file, an RSS or Atom feed, \
            a folder of articles, an http(s) URL, or - for standard input) and prints what \
            ClaimKit found: as crosscheck.article/1 JSON (an array when several articles are \
            given), as JSON Lines (one article a line), or as a readable listing. Each article \
            is printed as soon as it is parsed, in the order given, with several parsed at once. \
            With --index each article is also kept in the library that claims and search look across.

            Examples:
              crosscheck parse harwick.txt --format text
              crosscheck parse https://example.org/story.html > story.json
              crosscheck parse ~/news --format jsonl --jobs 4 > claims.jsonl
              crosscheck parse story.html --index --format text
            """
    )

    @Argument(help: "Articles to parse: files, feeds, folders, http(s) URLs, or - for standard input.")
    var paths: [String]

    @Option(help: "Output format: json, jsonl (one article a line) or text.")
    var format: ParseFormat = .json

    @Option(help: ArgumentHelp("Articles parsed at once (default: the machine's cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp("The largest file, standard input or web page read, e.g. 20M, 512K.", valueName: "size"))
    var maxSize = ByteCount(bytes: ArticleLoader.defaultMaximumBytes)

    @Flag(help: "Also keep each article in the library (as 'crosscheck index' does).")
    var index = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs needs at least 1") }
    }

    func run() throws {
        let session = try ParseSession(maximumBytes: maxSize.bytes)
        let library = try index ? LibraryIndexer(library: ArticleStore(sharing: store.open()), parser: session.parser) : nil
        if let reason = library?.library.readOnlyReason {
            throw StoreCommandError.libraryReadOnly(path: store.resolvedPath, reason: reason)
        }
        let items = try paths.flatMap { path in
            let found = try ArticleLoader.files(at: path)
            return found.files.map { ParseItem(location: $0, folder: found.isFolder ? path : nil) }
        }
        // One file or address given: its one article is printed alone, not in an array.
        let alone = items.count == 1 && items[0].folder == nil
        let renderer = ParseRenderer(format: format, alone: alone)
        var output = ParseOutput(format: format)
        var articlesFromFolder: [String: Int] = [:]
        do {
            try OrderedParallelMap<ParseItem.Outcome>(jobs: jobs, count: items.count).run(
                transform: { index in items[index].parse(with: session, renderer: renderer, library: library) },
                consume: { index, outcome in
                    switch outcome {
                    case .parsed(let articles):
                        for article in articles {
                            try output.add(article.rendered, alone: alone && articles.count == 1)
                            for warning in article.warnings { Diagnostics.warn("\(article.path): \(warning)") }
                        }
                        if let folder = items[index].folder { articlesFromFolder[folder, default: 0] += articles.count }
                    case .skipped(let error):
                        Diagnostics.warn("skipped \(error)")
                    case .failed(let error):
                        throw error
                    }
                })
        } catch {
            try output.finish()
            throw error
        }
        try output.finish()
        for path in paths where items.contains(where: { $0.folder == path }) && articlesFromFolder[path] == nil {
            throw ClaimKitError.notAnArticle(path: path, reason: "no file in the folder could be read as an article")
        }
    }
}
