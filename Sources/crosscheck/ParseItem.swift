import ClaimKit
import Foundation

/// One file or address `parse` reads, and what came of it.
struct ParseItem: Sendable {
    let location: String
    /// The folder given on the command line that holds it, if any: a file
    /// there that is no article is skipped, not fatal.
    let folder: String?

    enum Outcome: Sendable {
        case parsed([RenderedArticle])
        case skipped(ClaimKitError)
        case failed(Error)
    }

    /// The articles at the location: all a feed or address holds, or a
    /// folder's file read as the file it is.
    func articles(with session: ParseSession) throws -> [Article] {
        try folder == nil ? session.loader.load(location) : session.loader.articles(inFile: location)
    }

    /// Parses and renders the articles, keeping each in the library when
    /// one is given.
    func parse(with session: ParseSession, renderer: ParseRenderer, library: LibraryIndexer? = nil) -> Outcome {
        do {
            let articles = try articles(with: session)
            return .parsed(
                try articles.map { article in
                    let analysis = session.parser.analyze(article)
                    try library?.keep(analysis)
                    return try renderer.render(analysis, among: articles.count)
                })
        } catch let error as ClaimKitError where folder != nil {
            return .skipped(error)
        } catch {
            return .failed(error)
        }
    }
}

/// One article as it will be printed, and what to warn about it.
struct RenderedArticle: Sendable {
    let rendered: Data
    let path: String
    let warnings: [String]
}

/// Turns an analysis into the bytes `parse` prints for it, on the thread
/// that parsed it.
struct ParseRenderer: Sendable {
    let format: ParseFormat
    /// Whether one article from one location is printed alone (a JSON
    /// object, not an array element).
    let alone: Bool

    func render(_ analysis: Analysis, among count: Int) throws -> RenderedArticle {
        let data: Data
        switch format {
        case .text:
            data = Data(TextListing.render(analysis).utf8)
        case .json, .jsonl:
            // An element of the array is indented one level, as an encoded
            // array would have it.
            let indented = format == .json && !(alone && count == 1)
            data = Data(ArticleJSON.bytes(ArticleDocument(analysis), pretty: format == .json, level: indented ? 1 : 0))
        }
        return RenderedArticle(
            rendered: data, path: analysis.article.path ?? "-", warnings: analysis.article.warnings)
    }
}

/// Writes the rendered articles one by one as a whole document: a JSON
/// array opened before the first and closed after the last (or a single
/// object), JSON Lines, or listings separated by blank lines.
struct ParseOutput {
    let format: ParseFormat
    private var written = 0
    private var isArray = false

    init(format: ParseFormat) { self.format = format }

    mutating func add(_ rendered: Data, alone: Bool) throws {
        switch format {
        case .json:
            if alone && written == 0 {
                try StandardOutput.write(rendered + Data("\n".utf8))
            } else {
                try StandardOutput.write(Data((written == 0 ? "[\n" : ",\n").utf8) + rendered)
                isArray = true
            }
        case .jsonl:
            try StandardOutput.write(rendered + Data("\n".utf8))
        case .text:
            try StandardOutput.write(written == 0 ? rendered : Data("\n".utf8) + rendered)
        }
        written += 1
    }

    /// Closes the array, if one was opened: the output is whole JSON even
    /// when a later article failed.
    mutating func finish() throws {
        if isArray { try StandardOutput.write("\n]\n") }
        isArray = false
    }
}
