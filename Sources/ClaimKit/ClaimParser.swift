/// ClaimKit's front door: text in, claims, sources and denials out.
///
///     let parser = try ClaimParser()
///     let analysis = parser.parse(text: articleText)
///     for claim in analysis.claims { print(claim.text, analysis.sourceNames(of: claim)) }
public struct ClaimParser: Sendable {
    public let lexicon: Lexicon

    /// A parser with the lexicons shipped with ClaimKit.
    public init() throws {
        lexicon = try Lexicon.bundled()
    }

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Parses plain text laid out as an article: headline on the first
    /// line, one paragraph a line.
    public func parse(text: String, path: String? = nil) -> Analysis {
        analyze(PlainTextIngest(lexicon: lexicon).article(from: text, path: path))
    }

    /// Finds the claims, sources and denials of an ingested article.
    public func analyze(_ article: Article) -> Analysis {
        Extractor(lexicon: lexicon, article: article).run()
    }
}
