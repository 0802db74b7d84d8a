import ClaimKit
import ClaimStore
import Foundation
import ReaderCore

/// The reader's parse cache: the article library in the marks database.
/// A file that looks as it did when this parser's version (lexicons and
/// model included) last read it is listed from the library without
/// being read; an article whose content the library holds is read back
/// instead of parsed; one parsed is kept there, and registered for marks.
/// What was used is noted, and at the end the files read are recorded and
/// the least recently used analyses past the size the user set are let go.
public final class ParseCache: @unchecked Sendable {
    let library: ArticleStore
    let marks: MarkStore
    /// The parser, asked for only when an article must be parsed: loading
    /// its lexicons and model is the longest step of a start from the cache.
    let parser: @Sendable () throws -> ClaimParser
    let parserVersion: String
    /// Whether the database can be written (else articles are parsed each time).
    let writable: Bool
    /// Content fingerprints read back from the cache, to mark as used at
    /// the end; `lock` guards it (parse threads add to it).
    private var used: [String] = []
    /// The files read, to record at the end; `lock` guards it too.
    private var read: [LibraryFileRecord] = []
    private let lock = NSLock()

    /// `parserVersion` is the `version` of the parser `parser` gives.
    public init(marks: MarkStore, parserVersion: String, parser: @escaping @Sendable () throws -> ClaimParser) {
        self.marks = marks
        self.parser = parser
        library = ArticleStore(sharing: marks)
        self.parserVersion = parserVersion
        writable = marks.readOnlyReason == nil
    }

    public convenience init(marks: MarkStore, parser: ClaimParser) {
        self.init(marks: marks, parserVersion: parser.version, parser: { parser })
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
    /// `waitsForFirstFrame`: see `ParseQueue`.
    public func queue(
        _ jobs: [Job], loader: ArticleLoader, waitsForFirstFrame: Bool = false,
        describe: @escaping @Sendable (ClaimKitError, String) -> String
    ) -> ParseQueue {
        queue(jobs, loader: { loader }, waitsForFirstFrame: waitsForFirstFrame, describe: describe)
    }

    /// As above, with the loader asked for only when a file must be read:
    /// a file that looks as it did when this parser version read it is
    /// read back from the cache without it.
    public func queue(
        _ jobs: [Job], loader: @escaping @Sendable () throws -> ArticleLoader, waitsForFirstFrame: Bool = false,
        describe: @escaping @Sendable (ClaimKitError, String) -> String
    ) -> ParseQueue {
        ParseQueue(
            count: jobs.count, waitsForFirstFrame: waitsForFirstFrame,
            known: { self.listed(jobs) },
            readTitle: { job in
                let location = jobs[job].location
                return Self.isFile(location) ? QuickTitle.ofFile(location) : nil
            },
            parse: { index in
                let job = jobs[index]
                do {
                    let path = Self.isFile(job.location) ? ArticleStore.origin(ofFile: job.location) : nil
                    let looked = Date()
                    let identity = path.flatMap(FileIdentity.of(path:))
                    if let path, let identity, let analyses = try self.readBack(path, identity: identity, as: job.location) {
                        return .parsed(job: index, analyses: analyses)
                    }
                    let loader = try loader()
                    let articles = try job.inFolder ? loader.articles(inFile: job.location) : loader.load(job.location)
                    let contents = articles.map(ArticleStore.contentFingerprint(of:))
                    let analyses = try zip(articles, contents).map { try self.analysis(of: $0, content: $1) }
                    if let path, let identity, identity.isSettled(at: looked) {
                        self.lock.withLock { self.read.append(LibraryFileRecord(path: path, identity: identity, contents: contents)) }
                    }
                    return .parsed(job: index, analyses: analyses)
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

    /// Whether a location is a file (not standard input or a web address).
    static func isFile(_ location: String) -> Bool {
        location != "-" && !URLFetcher.isWebAddress(location)
    }

    /// The jobs whose files look as they did when this parser version
    /// read them, listed as the library knows their articles.
    func listed(_ jobs: [Job]) -> [LibraryUpdate] {
        var files: [(path: String, identity: FileIdentity)] = []
        var jobOfFile: [Int] = []
        for (index, job) in jobs.enumerated() where Self.isFile(job.location) {
            let path = ArticleStore.origin(ofFile: job.location)
            guard let identity = FileIdentity.of(path: path) else { continue }
            files.append((path, identity))
            jobOfFile.append(index)
        }
        // A cache that cannot be read is no reason not to parse.
        guard let listings = try? library.listings(of: files, parserVersion: parserVersion) else { return [] }
        lock.withLock { used += listings.values.joined().map(\.content) }
        return listings.sorted { $0.key < $1.key }.map { file, articles in
            .listed(
                job: jobOfFile[file],
                articles: articles.map { article in
                    ListedArticle(
                        fingerprint: article.article, title: article.title, site: article.site,
                        published: article.published,
                        summary: ArticleSummary(
                            claims: article.claims,
                            marked: Dictionary(
                                uniqueKeysWithValues: article.marked.map {
                                    (ClaimStatus(rawValue: $0.key.rawValue) ?? .unverified, $0.value)
                                })))
                })
        }
    }

    /// The analysis of an article whose content fingerprint is `fingerprint`:
    /// from the cache when it holds this content, else parsed, kept and registered.
    public func analysis(of article: Article, content fingerprint: String) throws -> Analysis {
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
        let analysis = try parser().analyze(article)
        if writable {
            try library.store(
                analysis, fingerprint: fingerprint, parserVersion: parserVersion, origin: origin,
                registeringFrom: origin ?? "-")
        }
        return analysis
    }

    /// The analyses of a file that looks as it did when this parser
    /// version read it, from the cache, without reading the file; nil
    /// when it must be read. Each is registered for marks if it is not.
    func readBack(_ path: String, identity: FileIdentity, as location: String) throws -> [Analysis]? {
        // A cache that cannot be read is no reason not to parse.
        guard let stored = try? library.cachedAnalyses(ofFile: path, identity: identity, parserVersion: parserVersion)
        else { return nil }
        return try stored.map { content, cached in
            var analysis = cached
            analysis.article.path = Self.shownPath(analysis.article.path, ofFile: path, as: location)
            if writable, try marks.article(fingerprint: analysis.article.fingerprint) == nil {
                try marks.register(analysis, origin: ArticleStore.origin(of: analysis.article) ?? path)
            }
            lock.withLock { used.append(content) }
            return analysis
        }
    }

    /// The path an article read back from the cache is shown under: the
    /// file's as this run was given it (the stored one may be spelt
    /// otherwise), with a feed entry's `#N`; a feed entry's link as it is.
    static func shownPath(_ stored: String?, ofFile origin: String, as location: String) -> String? {
        guard let stored, !stored.contains("://") else { return stored }
        if ArticleStore.origin(ofFile: stored) == origin { return location }
        if let hash = stored.lastIndex(of: "#"), ArticleStore.origin(ofFile: String(stored[..<hash])) == origin {
            return location + stored[hash...]
        }
        return stored
    }

    /// Records the files read, marks what was read back as used, then
    /// lets the least recently used analyses go until the cache fits in
    /// `limit` bytes. Returns how many went.
    @discardableResult
    public func finish(limit: Int) throws -> Int {
        guard writable else { return 0 }
        try library.record(files: lock.withLock { read }, parserVersion: parserVersion)
        try library.touch(fingerprints: lock.withLock { used })
        return try library.evict(toBytes: limit)
    }
}
