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
    /// Empty when the text is ASCII, where the two offsets are the same.
    private let utf8Offsets: [Int32]
    public var blocks: [Block]
    /// Problems met while reading, e.g. invalid UTF-8 that was replaced.
    public var warnings: [String]
    /// Byline, publication date, site and language, as far as the source says.
    public var metadata: ArticleMetadata

    public init(
        title: String, path: String?, text: String, blocks: [Block], warnings: [String] = [],
        metadata: ArticleMetadata = ArticleMetadata()
    ) {
        self.title = title
        self.path = path
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        let (scalars, offsets) = Article.decode(text)
        self.scalars = scalars
        self.utf8Offsets = offsets
        self.blocks = blocks
        self.warnings = warnings
        self.metadata = metadata
    }

    /// The scalars of the text and, unless it is all ASCII, the UTF-8
    /// offset of each. A String's bytes are valid UTF-8, so each scalar is
    /// read straight from its lead byte and continuation bytes.
    private static func decode(_ text: String) -> ([Unicode.Scalar], [Int32]) {
        var text = text
        return text.withUTF8 { bytes in
            var ascii = true
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                count += 1
                if byte >= 0x80 { ascii = false }
            }
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var index = 0
                var written = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        buffer[written] = Unicode.Scalar(lead)
                        index += 1
                    } else {
                        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                        buffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        index += width
                    }
                    written += 1
                }
                initialized = written
            }
            guard !ascii else { return (scalars, []) }
            let offsets = [Int32](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
                var written = 0
                for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                    buffer[written] = Int32(index)
                    written += 1
                }
                buffer[written] = Int32(bytes.count)
                initialized = written + 1
            }
            return (scalars, offsets)
        }
    }

    /// A stable identity for the article: the same headline gives the same
    /// fingerprint whatever path it was opened from and however its body
    /// was edited, so verification marks follow the article.
    public var fingerprint: String { Fingerprint.of(title.isEmpty ? text : title) }

    /// The text of a range, as a String.
    public func substring(_ range: TextRange) -> String {
        let start = utf8Offsets.isEmpty ? range.start : Int(utf8Offsets[range.start])
        let end = utf8Offsets.isEmpty ? range.end : Int(utf8Offsets[range.end])
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let fast { return fast }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.start..<range.end])
        return String(result)
    }
}
