import ClaimKit
import Foundation

/// The parser and loader one command run shares, built once.
struct ParseSession: Sendable {
    let parser: ClaimParser
    let loader: ArticleLoader

    /// `maximumBytes` limits each file, standard input and each web page.
    init(maximumBytes: Int = ArticleLoader.defaultMaximumBytes) throws {
        parser = try ClaimParser()
        loader = ArticleLoader(
            lexicon: parser.lexicon, fetcher: URLFetcher(maximumBytes: maximumBytes), maximumBytes: maximumBytes)
    }

    /// The session with the default limits, built when first asked for:
    /// the reader asks only when an article must be parsed, so a folder
    /// read back from the parse cache never loads the lexicons and model.
    static func shared() throws -> ParseSession {
        try sharedResult.get()
    }

    private static let sharedResult = Result { try ParseSession() }

    /// The analyses of every article at `location`; files in a folder
    /// that are not articles are reported as warnings and skipped.
    func analyses(at location: String) throws -> [Analysis] {
        try loader.load(location, skipped: { Diagnostics.warn("skipped \($0)") }).map(parser.analyze)
    }
}
