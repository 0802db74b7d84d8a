import ArgumentParser
import ClaimStore
import Foundation
import ReaderCore

/// `crosscheck cache`: how much the parse cache holds, and `--clear` to empty it.
struct Cache: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the parse cache, or empty it with --clear.",
        discussion: """
            The reader keeps each article's analysis in the marks database, keyed by the \
            article's content and the parser's version (lexicons and model included), so a \
            folder opened again parses only what changed. The cache keeps at most \
            cache-size bytes (config.toml, default 256M): past that, the analyses used \
            longest ago go first. Clearing it keeps marks and the library's articles and \
            claims; the next reading parses again.

            Examples:
              crosscheck cache
              crosscheck cache --clear
            """
    )

    @Flag(help: "Remove every analysis from the cache.")
    var clear = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        let limit = Settings.config.cacheSize ?? ReaderConfig.defaultCacheSize
        if clear {
            let library = ArticleStore(sharing: try store.open())
            if let reason = library.readOnlyReason {
                throw StoreCommandError.libraryReadOnly(path: library.path, reason: reason)
            }
            let removed = try library.evict(toBytes: 0)
            try StandardOutput.write("parse cache cleared: \(removed) analys\(removed == 1 ? "is" : "es") removed\n")
            return
        }
        let library = ArticleStore(sharing: try store.openForReading())
        let count = try library.cachedCount()
        let bytes = try library.cachedBytes()
        try StandardOutput.write(
            "parse cache: \(count) analys\(count == 1 ? "is" : "es"), \(Self.megabytes(bytes)) of at most \(ByteSize.describe(limit)) (cache-size in \(Settings.path))\n")
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MiB", Double(bytes) / Double(1 << 20))
    }
}
