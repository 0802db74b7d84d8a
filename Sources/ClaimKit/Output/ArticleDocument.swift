/// The `crosscheck.article/1` JSON document: one article's analysis in the
/// shape SPEC.md defines, with ranges as `[start, end)` scalar offsets
/// into `text`. Codable both ways, so other programs can read it back.
public struct ArticleDocument: Codable, Sendable, Equatable {
    public static let schemaName = "crosscheck.article/1"

    public struct BlockEntry: Codable, Sendable, Equatable {
        public var kind: BlockKind
        public var range: TextRange
    }

    public struct ClaimEntry: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
        public var range: TextRange
        public var sources: [String]
        /// The reporting verb or hedge; null for a quotation with no verb of its own.
        public var cue: String?
        public var hedges: [String]
        public var quoted: Bool
        public var fingerprint: String

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(text, forKey: .text)
            try container.encode(range, forKey: .range)
            try container.encode(sources, forKey: .sources)
            try container.encode(cue, forKey: .cue)
            try container.encode(hedges, forKey: .hedges)
            try container.encode(quoted, forKey: .quoted)
            try container.encode(fingerprint, forKey: .fingerprint)
        }
    }

    public struct SourceEntry: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var kind: SourceKind
        public var aliases: [String]
        public var mentions: [TextRange]
    }

    public struct DenialEntry: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
        public var range: TextRange
        /// Null when the denier could not be named.
        public var source: String?
        public var cue: String
        public var disputes: [String]

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(text, forKey: .text)
            try container.encode(range, forKey: .range)
            try container.encode(source, forKey: .source)
            try container.encode(cue, forKey: .cue)
            try container.encode(disputes, forKey: .disputes)
        }
    }

    public var schema: String
    public var title: String
    /// The authors, publication date (ISO 8601), site and language (BCP 47)
    /// the source gives; null when it does not say.
    public var byline: String?
    public var published: String?
    public var site: String?
    public var language: String?
    public var path: String?
    public var fingerprint: String
    public var text: String
    public var blocks: [BlockEntry]
    public var claims: [ClaimEntry]
    public var sources: [SourceEntry]
    public var denials: [DenialEntry]

    public init(_ analysis: Analysis) {
        let article = analysis.article
        schema = ArticleDocument.schemaName
        title = article.title
        byline = article.metadata.byline
        published = article.metadata.published
        site = article.metadata.site
        language = article.metadata.language
        // A file name may hold anything but "/" and NUL: cleaned like the text.
        path = article.path.map(Sanitizer.line)
        fingerprint = article.fingerprint
        text = article.text
        blocks = article.blocks.map { BlockEntry(kind: $0.kind, range: $0.range) }
        claims = analysis.claims.map {
            ClaimEntry(
                id: $0.id, text: $0.text, range: $0.range, sources: $0.sourceIDs, cue: $0.cue, hedges: $0.hedges,
                quoted: $0.quoted, fingerprint: $0.fingerprint)
        }
        sources = analysis.sources.map {
            SourceEntry(id: $0.id, name: $0.name, kind: $0.kind, aliases: $0.aliases, mentions: $0.mentions)
        }
        denials = analysis.denials.map {
            DenialEntry(id: $0.id, text: $0.text, range: $0.range, source: $0.sourceID, cue: $0.cue, disputes: $0.disputes)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case schema, title, byline, published, site, language, path, fingerprint, text, blocks, claims, sources, denials
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(title, forKey: .title)
        // Always present, null when the source does not say.
        try container.encode(byline, forKey: .byline)
        try container.encode(published, forKey: .published)
        try container.encode(site, forKey: .site)
        try container.encode(language, forKey: .language)
        // `path` is always present, null for text that came from nowhere.
        try container.encode(path, forKey: .path)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encode(text, forKey: .text)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(claims, forKey: .claims)
        try container.encode(sources, forKey: .sources)
        try container.encode(denials, forKey: .denials)
    }
}
