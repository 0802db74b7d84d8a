/// Runs the extraction stages over one article.
struct Extractor {
    let lexicon: Lexicon
    let article: Article

    func run() -> Analysis {
        Analysis(article: article, claims: [], sources: [], denials: [])
    }
}
