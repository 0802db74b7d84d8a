import ClaimKit

/// The parser and loader one command run shares, built once.
struct ParseSession {
    let parser: ClaimParser
    let loader: ArticleLoader

    init() throws {
        parser = try ClaimParser()
        loader = ArticleLoader(lexicon: parser.lexicon)
    }

    func analyses(at location: String) throws -> [Analysis] {
        try loader.load(location).map(parser.analyze)
    }
}
