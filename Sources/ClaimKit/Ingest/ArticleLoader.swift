import Foundation

/// Reads articles from where a user points: a file, a folder (every
/// article inside, recursively), an http(s) address, or `-` for standard
/// input. Plain text, Markdown, HTML pages and RSS/Atom feeds are told
/// apart by content and name; a feed gives one article per entry.
public struct ArticleLoader: Sendable {
    /// File name endings read when walking a folder.
    public static let articleExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom",
    ]

    let plainText: PlainTextIngest
    let markdown: MarkdownIngest
    let html: HTMLIngest
    let feed: FeedIngest
    let fetcher: URLFetcher
    /// What `-` reads.
    let standardInput: FileHandle
    /// The most bytes read from one file or from standard input, as the
    /// fetcher reads from one web address.
    public let maximumBytes: Int

    /// The size limit of files, standard input and web pages unless told otherwise.
    public static let defaultMaximumBytes = 20 * 1024 * 1024

    public init(
        lexicon: Lexicon, fetcher: URLFetcher = URLFetcher(), standardInput: FileHandle = .standardInput,
        maximumBytes: Int = ArticleLoader.defaultMaximumBytes
    ) {
        plainText = PlainTextIngest(lexicon: lexicon)
        markdown = MarkdownIngest(lexicon: lexicon)
        html = HTMLIngest(lexicon: lexicon)
        feed = FeedIngest(lexicon: lexicon)
        self.fetcher = fetcher
        self.standardInput = standardInput
        self.maximumBytes = maximumBytes
    }

    /// Every article at `location`, in a stable order. In a folder, a file
    /// that cannot be read as an article is passed to `skipped` and left
    /// out; without a `skipped` handler it stops the load. A folder with
    /// no readable article at all is an error either way.
    public func load(_ location: String, skipped: ((ClaimKitError) -> Void)? = nil) throws -> [Article] {
        if location == "-" {
            return try articles(fromBytes: readStandardInput(), path: "-")
        }
        if URLFetcher.isWebAddress(location) {
            let response = try fetcher.fetch(location)
            return try articles(
                fromBytes: response.data, path: location, mimeType: response.mimeType, charset: response.charset)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory) else {
            throw ClaimKitError.unreadable(path: location, reason: "no such file or folder")
        }
        if isDirectory.boolValue {
            return try loadFolder(location, skipped: skipped)
        }
        return try articles(inFile: location)
    }

    /// The article in one file. A feed of several entries is refused
    /// here, since the caller expects one article; `load` reads it whole.
    public func loadFile(_ path: String) throws -> Article {
        let articles = try articles(inFile: path)
        guard articles.count == 1 else {
            throw ClaimKitError.notAnArticle(path: path, reason: "a feed of \(articles.count) entries, not one article")
        }
        return articles[0]
    }

    /// The articles in one file (several when it is a feed).
    public func articles(inFile path: String) throws -> [Article] {
        try articles(fromBytes: BoundedRead.contents(of: path, limit: maximumBytes, shownAs: path), path: path)
    }

    /// The articles in raw bytes read from `path` (a file, URL or `-`),
    /// after checking they can be articles at all. `mimeType` and
    /// `charset` are what a web server said the bytes are.
    public func articles(
        fromBytes data: Data, path: String, mimeType: String? = nil, charset: String? = nil
    ) throws -> [Article] {
        if data.isEmpty {
            throw ClaimKitError.notAnArticle(path: path, reason: "it is empty")
        }
        // UTF-16 and UTF-32 with a byte-order mark are read as the UTF-8
        // they are converted to, whatever charset the page names.
        let marked = TextEncodingSniffer.utf8(fromMarked: data)
        let data = marked ?? data
        let charset = marked == nil ? charset : "UTF-8"
        if TextEncodingSniffer.looksBinary(data) {
            throw ClaimKitError.notAnArticle(path: path, reason: "binary data, not text")
        }
        let articles: [Article]
        switch ArticleFormat.detect(data, name: path, mimeType: mimeType) {
        case .plainText: articles = [plainText.article(fromBytes: data, path: path)]
        case .markdown: articles = [markdown.article(fromBytes: data, path: path)]
        case .html: articles = [html.article(fromBytes: data, path: path, charset: charset)]
        case .feed: articles = try feed.articles(fromBytes: data, path: path)
        }
        for article in articles where article.title.isEmpty {
            throw ClaimKitError.notAnArticle(path: article.path ?? path, reason: "no text in it")
        }
        return articles
    }

    private func readStandardInput() throws -> Data {
        try BoundedRead.contents(of: standardInput.fileDescriptor, limit: maximumBytes, shownAs: "-")
    }

    /// What `load` reads for `location`, one file at a time: the article
    /// files of a folder in path order (see `load`), or the location itself.
    /// Reading them one by one with `load` keeps one article in memory at a
    /// time, however large the folder.
    /// Needs no lexicon: a reader lists its folders while the lexicons load.
    public static func files(at location: String) throws -> (files: [String], isFolder: Bool) {
        var isDirectory: ObjCBool = false
        guard location != "-", !URLFetcher.isWebAddress(location),
            FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory), isDirectory.boolValue
        else { return ([location], false) }
        return (try articleFiles(inFolder: location), true)
    }

    /// Every article file under `folder`, hidden files and annotation
    /// files (`*.json`) aside, in path order.
    private static func articleFiles(inFolder folder: String) throws -> [String] {
        guard let paths = FolderListing.files(in: folder, extensions: ArticleLoader.articleExtensions) else {
            throw ClaimKitError.unreadable(path: folder, reason: "cannot list the folder")
        }
        guard !paths.isEmpty else {
            throw ClaimKitError.notAnArticle(path: folder, reason: "the folder holds no article files")
        }
        return paths
    }

    private func loadFolder(_ folder: String, skipped: ((ClaimKitError) -> Void)?) throws -> [Article] {
        let paths = try Self.articleFiles(inFolder: folder)
        guard let skipped else { return try paths.flatMap(articles(inFile:)) }
        var loaded: [Article] = []
        for path in paths {
            do {
                loaded += try articles(inFile: path)
            } catch let error as ClaimKitError {
                skipped(error)
            }
        }
        guard !loaded.isEmpty else {
            throw ClaimKitError.notAnArticle(path: folder, reason: "no file in the folder could be read as an article")
        }
        return loaded
    }
}
