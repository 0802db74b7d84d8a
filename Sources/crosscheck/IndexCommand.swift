import ArgumentParser
import ClaimKit
import ClaimStore
import Foundation

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add articles to the library that claims are matched and searched across, without opening them.",
        discussion: """
            Reads each article (files, feeds, folders, http(s) URLs, or - for standard input) and \
            keeps its claims in the marks database, keyed by its content: an article already \
            there is not parsed again, and a file that changed replaces its earlier version. \
            Prints a line per article (added, updated, unchanged) and a summary.

            Examples:
              crosscheck index ~/news
              crosscheck claims --format text        # clusters across the whole library
              crosscheck search talks constructive
            """
    )

    @Argument(help: "Articles to add: files, feeds, folders, http(s) URLs, or - for standard input.")
    var paths: [String]

    @Option(help: ArgumentHelp("Articles parsed at once (default: the machine's cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs needs at least 1") }
    }

    func run() throws {
        let session = try ParseSession()
        let library = ArticleStore(sharing: try store.open())
        if let reason = library.readOnlyReason {
            throw StoreCommandError.libraryReadOnly(path: library.path, reason: reason)
        }
        // Articles whose claims an earlier version of matching read are
        // read again first, from what the library keeps: no parsing.
        let reread = try library.rereadClaims()
        if reread > 0 {
            try StandardOutput.write(
                "read the claims of \(reread) stored article\(reread == 1 ? "" : "s") again for this version's matching\n")
        }
        let indexer = LibraryIndexer(library: library, parser: session.parser)
        let items = try paths.flatMap { path in
            let found = try ArticleLoader.files(at: path)
            return found.files.map { ParseItem(location: $0, folder: found.isFolder ? path : nil) }
        }
        var counts: [String: Int] = [:]
        try OrderedParallelMap<Result<[LibraryIndexer.Prepared], Error>>(jobs: jobs, count: items.count).run(
            transform: { index in
                let item = items[index]
                return Result {
                    try item.articles(with: session).map { try indexer.prepare($0, parser: session.parser) }
                }
            },
            consume: { index, outcome in
                let prepared: [LibraryIndexer.Prepared]
                do {
                    prepared = try outcome.get()
                } catch let error as ClaimKitError where items[index].folder != nil {
                    Diagnostics.warn("skipped \(error)")
                    return
                }
                for article in prepared {
                    let word: String
                    switch try indexer.commit(article) {
                    case nil: word = "unchanged"
                    case .added: word = "added"
                    case .replaced, .refreshed: word = "updated"
                    }
                    counts[word, default: 0] += 1
                    try StandardOutput.write("\(word)\t\(article.origin ?? article.title)\n")
                }
            })
        let total = try library.articles().count
        let summary = ["added", "updated", "unchanged"].map { "\(counts[$0, default: 0]) \($0)" }
        try StandardOutput.write(
            "\(summary.joined(separator: ", ")); the library holds \(total) article\(total == 1 ? "" : "s")\n")
    }
}
