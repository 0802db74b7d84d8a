import ClaimKit
import ClaimStore
import Foundation
import ReaderCore

/// The reader's parse cache: the article library in the marks database.
/// An article whose content the library holds under this parser's
/// version (lexicons and model included) is read back instead of
/// parsed; one parsed is kept there, and registered for marks. What was
/// used is noted, and at the end the least recently used analyses past
/// the size the user set are let go.
public final class ParseCache: @unchecked Sendable {
    let library: ArticleStore
    let marks: MarkStore
    let parser: ClaimParser
    let parserVersion: String
    /// Whether the database can be written (else articles are parsed each time).
    let writable: Bool
    /// Content fingerprints read back from the cache, to mark as used at
    /// the end; `lock` guards it (parse threads add to it).
    private var used: [String] = []
    private let lock = NSLock()

    public init(marks: MarkStore, parser: ClaimParser) {
        self.marks = marks
        self.parser = parser
        library = ArticleStore(sharing: marks)
        parserVersion = parser.version
        writable = marks.readOnlyReason == nil
    }

    /// One file or address of the library to read.
    public struct Job: Sendable {
        public let location: String
        /// Found by walking a folder: a file there that is no article is skipped, not an error.
        public let inFolder: Bool

        public init(location: String, inFolder: Bool) {
            self.location = location
            self.inFolder = inFolder
        }
    }

    /// The queue that reads the jobs in the background: each article read
    /// back from the cache or parsed (and kept), and handed over.
    /// `describe` turns a location that cannot be read into its line.
    public func queue(
        _ jobs: [Job], loader: ArticleLoader, describe: @escaping @Sendable (ClaimKitError, String) -> String
    ) -> ParseQueue {
        ParseQueue(
            count: jobs.count,
            readTitle: { job in
                let location = jobs[job].location
                return location == "-" || URLFetcher.isWebAddress(location) ? nil : QuickTitle.ofFile(location)
            },
            parse: { index in
                let job = jobs[index]
                do {
                    let articles = try job.inFolder ? loader.articles(inFile: job.location) : loader.load(job.location)
                    return .parsed(job: index, analyses: try articles.map(self.analysis(of:)))
                } catch let error as ClaimKitError where job.inFolder {
                    return .failed(job: index, reason: "skipped \(error)", skipped: true)
                } catch let error as ClaimKitError {
                    return .failed(job: index, reason: describe(error, job.location), skipped: false)
                } catch {
                    return .failed(
                        job: index, reason: "\(job.location): not recorded in the marks database: \(error)", skipped: false)
                }
            })
    }

    /// The analysis of an article: from the cache when it holds this
    /// content, else parsed, kept and registered.
    public func analysis(of article: Article) throws -> Analysis {
        let fingerprint = ArticleStore.contentFingerprint(of: article)
        let origin = ArticleStore.origin(of: article)
        // A cache that cannot be read is no reason not to parse.
        if let cached = try? library.cached(fingerprint: fingerprint, parserVersion: parserVersion) {
            // The same content may come from another file, with other
            // bytes removed while reading it: where and what to warn about
            // are this file's.
            var analysis = cached
            analysis.article.path = article.path
            analysis.article.warnings = article.warnings
            if writable, try marks.article(fingerprint: analysis.article.fingerprint) == nil {
                try marks.register(analysis, origin: origin ?? "-")
            }
            lock.withLock { used.append(fingerprint) }
            return analysis
        }
        let analysis = parser.analyze(article)
        if writable {
            try marks.register(analysis, origin: origin ?? "-")
            try library.store(analysis, fingerprint: fingerprint, parserVersion: parserVersion, origin: origin)
        }
        return analysis
    }

    /// Marks what was read back as used, then lets the least recently
    /// used analyses go until the cache fits in `limit` bytes. Returns how
    /// many went.
    @discardableResult
    public func finish(limit: Int) throws -> Int {
        guard writable else { return 0 }
        try library.touch(fingerprints: lock.withLock { used })
        return try library.evict(toBytes: limit)
    }
}
