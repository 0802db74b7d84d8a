import ClaimKit
import ClaimStore
import Foundation

/// The reader's parse cache: the article library in the marks database.
/// An article whose content the library holds under this parser's
/// version (lexicons and model included) is read back instead of
/// parsed; one parsed is kept there, and registered for marks. What was
/// used is noted, and at the end the least recently used analyses past
/// the size the user set are let go.
final class ParseCache: @unchecked Sendable {
    let indexer: LibraryIndexer
    let marks: MarkStore
    /// Whether the database can be written (else articles are parsed each time).
    let writable: Bool
    /// Content fingerprints read back from the cache, to mark as used at
    /// the end; `lock` guards it (parse threads add to it).
    private var used: [String] = []
    private let lock = NSLock()

    init(marks: MarkStore, parser: ClaimParser) {
        self.marks = marks
        indexer = LibraryIndexer(library: ArticleStore(sharing: marks), parser: parser)
        writable = marks.readOnlyReason == nil
    }

    /// The analysis of an article: from the cache when it holds this
    /// content, else parsed, kept and registered.
    func analysis(of article: Article, parser: ClaimParser) throws -> Analysis {
        let fingerprint = ArticleStore.contentFingerprint(of: article)
        // A cache that cannot be read is no reason not to parse.
        if let cached = try? indexer.library.cached(fingerprint: fingerprint, parserVersion: indexer.parserVersion) {
            // The same content may come from another file, with other
            // bytes removed while reading it: where and what to warn about
            // are this file's.
            var analysis = cached
            analysis.article.path = article.path
            analysis.article.warnings = article.warnings
            if writable, try marks.article(fingerprint: analysis.article.fingerprint) == nil {
                try marks.register(analysis, origin: ParseSession.origin(of: article.path ?? "-"))
            }
            lock.withLock { used.append(fingerprint) }
            return analysis
        }
        let analysis = parser.analyze(article)
        if writable {
            try marks.register(analysis, origin: ParseSession.origin(of: article.path ?? "-"))
            try indexer.keep(analysis)
        }
        return analysis
    }

    /// Marks what was read back as used, then lets the least recently
    /// used analyses go until the cache fits in `limit` bytes. Returns how
    /// many went.
    @discardableResult
    func finish(limit: Int) throws -> Int {
        guard writable else { return 0 }
        try indexer.library.touch(fingerprints: lock.withLock { used })
        return try indexer.library.evict(toBytes: limit)
    }
}
