import ClaimKit

/// The parser and loader one command run shares, built once.
struct ParseSession {
    let parser: ClaimParser
    let loader: ArticleLoader

    init() throws {
        parser = try ClaimParser()
        loader = ArticleLoader(lexicon: parser.lexicon)
    }

    /// The analyses of every article at `location`; files in a folder
    /// that are not articles are reported as warnings and skipped.
    func analyses(at location: String) throws -> [Analysis] {
        try loader.load(location, skipped: { Diagnostics.warn("skipped \($0)") }).map(parser.analyze)
    }
}
