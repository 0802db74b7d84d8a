/// One article after ingest: its normalized text and the blocks that
/// structure it. Every range elsewhere in ClaimKit indexes into `text`.
public struct Article: Sendable {
    public var title: String
    /// Where the article was read from (a path, URL or `-`), if anywhere.
    public var path: String?
    /// The normalized text (NFC, no control or zero-width characters).
    public let text: String
    /// `text` as Unicode scalars, so ranges index it in O(1).
    public let scalars: [Unicode.Scalar]
    public var blocks: [Block]
    /// Problems met while reading, e.g. invalid UTF-8 that was replaced.
    public var warnings: [String]

    public init(title: String, path: String?, text: String, blocks: [Block], warnings: [String] = []) {
        self.title = title
        self.path = path
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.blocks = blocks
        self.warnings = warnings
    }

    /// A stable identity for the article: the same headline gives the same
    /// fingerprint whatever path it was opened from and however its body
    /// was edited, so verification marks follow the article.
    public var fingerprint: String { Fingerprint.of(title.isEmpty ? text : title) }

    /// The text of a range, as a String.
    public func substring(_ range: TextRange) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.start..<range.end])
        return String(result)
    }
}
