import ClaimKit
import ClaimStore

/// Puts articles into the library in the marks database, parsing only
/// what the library does not already hold under this parser's version.
struct LibraryIndexer: Sendable {
    let library: ArticleStore
    let parserVersion: String

    init(library: ArticleStore, parser: ClaimParser) {
        self.library = library
        parserVersion = parser.version
    }

    /// An article read and, unless the library holds it already, parsed:
    /// the part that may run on any thread.
    struct Prepared: Sendable {
        let fingerprint: String
        let origin: String?
        let title: String
        /// Nil when the library holds this content under this parser.
        let analysis: Analysis?
    }

    func prepare(_ article: Article, parser: ClaimParser) throws -> Prepared {
        let fingerprint = ArticleStore.contentFingerprint(of: article)
        let held = try library.contains(fingerprint: fingerprint, parserVersion: parserVersion)
        return Prepared(
            fingerprint: fingerprint, origin: ArticleStore.origin(of: article), title: article.title,
            analysis: held ? nil : parser.analyze(article))
    }

    /// Stores what `prepare` parsed; nil when the article was held already.
    func commit(_ prepared: Prepared) throws -> ArticleStore.Outcome? {
        guard let analysis = prepared.analysis else { return nil }
        return try store(analysis, fingerprint: prepared.fingerprint)
    }

    /// Keeps an analysis parsed elsewhere (by `parse --index`, the
    /// reader), unless the library holds it already.
    func keep(_ analysis: Analysis) throws {
        let fingerprint = ArticleStore.contentFingerprint(of: analysis.article)
        guard try !library.contains(fingerprint: fingerprint, parserVersion: parserVersion) else { return }
        _ = try store(analysis, fingerprint: fingerprint)
    }

    private func store(_ analysis: Analysis, fingerprint: String) throws -> ArticleStore.Outcome {
        try library.store(
            analysis, fingerprint: fingerprint, parserVersion: parserVersion,
            origin: ArticleStore.origin(of: analysis.article))
    }
}
