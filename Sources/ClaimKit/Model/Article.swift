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
    /// For each scalar (and one past the end), its UTF-8 offset in `text`,
    /// so a range becomes a String by copying bytes, not scalar by scalar.
    private let utf8Offsets: [Int32]
    public var blocks: [Block]
    /// Problems met while reading, e.g. invalid UTF-8 that was replaced.
    public var warnings: [String]

    public init(title: String, path: String?, text: String, blocks: [Block], warnings: [String] = []) {
        self.title = title
        self.path = path
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        offsets.append(offset)
        self.scalars = scalars
        self.utf8Offsets = offsets
        self.blocks = blocks
        self.warnings = warnings
    }

    /// A stable identity for the article: the same headline gives the same
    /// fingerprint whatever path it was opened from and however its body
    /// was edited, so verification marks follow the article.
    public var fingerprint: String { Fingerprint.of(title.isEmpty ? text : title) }

    /// The text of a range, as a String.
    public func substring(_ range: TextRange) -> String {
        let start = Int(utf8Offsets[range.start])
        let end = Int(utf8Offsets[range.end])
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let fast { return fast }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.start..<range.end])
        return String(result)
    }
}
