import Foundation

/// Gets HTML and XML bytes ready for a parser, in the charset the bytes
/// are in: a byte-order mark says it first; then the server's
/// `Content-Type`; then the document's own declaration (`<meta charset>`,
/// an http-equiv `content="…; charset=…"`, an XML declaration); else
/// UTF-8, unless the bytes are not UTF-8 and read as Windows-1252 (the
/// charset of old pages that declare none). Bytes that are valid UTF-8
/// beyond ASCII are UTF-8 whatever is declared. A document in UTF-8 with
/// invalid bytes is decoded and normalized first, so they become U+FFFD
/// and are reported instead of making the parser give up or guess
/// Latin-1 for the rest of the page; one in another charset is left for
/// the parser to convert.
struct MarkupBytes {
    var bytes: [UInt8]
    /// The encoding to tell the parser, when not the document's own.
    var encoding: String?
    var warnings: [String]

    /// `keepingValidUTF8`: valid UTF-8 goes to the parser as it is (HTML,
    /// whose parser takes any character; its text is normalized once
    /// extracted); otherwise it is normalized first (XML, which refuses
    /// control characters).
    init(_ data: Data, transportCharset: String? = nil, keepingValidUTF8: Bool = false) {
        let census = UTF8Census(data)
        let hasByteOrderMark = data.starts(with: [0xEF, 0xBB, 0xBF])
        let declared = hasByteOrderMark ? "utf-8" : (transportCharset ?? MarkupBytes.declaredCharset(in: data))
        let charset = declared.map(MarkupBytes.canonicalLabel)
        if let charset, !MarkupBytes.isUTF8(charset), !census.isMultibyteUTF8 {
            self.init(bytes: Array(data), encoding: charset, warnings: [])
        } else if charset == nil, census.looksLikeWindows1252 {
            self.init(bytes: Array(data), encoding: "windows-1252", warnings: [])
        } else if keepingValidUTF8, census.isValid, !census.hasNUL {
            self.init(bytes: Array(data), encoding: "UTF-8", warnings: [])
        } else {
            self.init(utf8: data)
        }
    }

    /// The bytes for Foundation's XMLParser, which cannot be told a
    /// charset and, handed bytes that are not UTF-8 without a declaration
    /// saying so, stops the program: Windows-1252 guessed from the bytes
    /// is converted here; a charset the document declares is left to it.
    init(xml data: Data) {
        let markup = MarkupBytes(data)
        if markup.encoding == "windows-1252", MarkupBytes.declaredCharset(in: data) == nil {
            self.init(utf8: Data(Windows1252.decode(data).utf8))
        } else {
            self = markup
        }
    }

    /// The bytes read as UTF-8 whatever they declare: the fallback when a
    /// declared charset is one the parser does not know.
    init(utf8 data: Data) {
        let normalized = TextNormalizer.normalize(data)
        self.init(bytes: Array(normalized.text.utf8), encoding: "UTF-8", warnings: normalized.warnings)
    }

    private init(bytes: [UInt8], encoding: String?, warnings: [String]) {
        self.bytes = bytes
        self.encoding = encoding
        self.warnings = warnings
    }

    /// A charset label as the WHATWG Encoding standard reads it: Latin-1
    /// and ASCII labels mean Windows-1252 (which gives 0x80–0x9F their
    /// quotes and dashes), and a document that declares UTF-16 or UTF-32
    /// in its own bytes is in fact ASCII-compatible, so UTF-8.
    static func canonicalLabel(_ label: String) -> String {
        let lower = label.lowercased()
        if lower.hasPrefix("utf-16") || lower.hasPrefix("utf-32") || lower.hasPrefix("ucs-") { return "utf-8" }
        return latin1Labels.contains(lower) ? "windows-1252" : lower
    }

    private static let latin1Labels: Set<String> = [
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
        "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
        "x-cp1252",
    ]

    static func isUTF8(_ charset: String) -> Bool {
        let label = charset.lowercased()
        return label == "utf-8" || label == "utf8"
    }

    /// The charset named near the top of the document: an XML
    /// declaration's `encoding`, `<meta charset>` or an http-equiv
    /// `content="…; charset=…"`. Only the first kilobytes are looked at,
    /// as browsers do.
    static func declaredCharset(in data: Data) -> String? {
        let head = data.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let declaration = xmlDeclaration(in: head)
        if !declaration.isEmpty, let encoding = value(after: Array("encoding".utf8), in: Array(declaration)) {
            return encoding
        }
        return value(after: Array("charset".utf8), in: head)
    }

    /// The `<?xml … ?>` declaration the document opens with, if any.
    private static func xmlDeclaration(in head: [UInt8]) -> ArraySlice<UInt8> {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, head[start] == 0x20 || head[start] == 0x0A || head[start] == 0x0D
            || head[start] == 0x09
        {
            start += 1
        }
        guard head[start...].starts(with: Array("<?xml".utf8)) else { return [] }
        var end = start
        while end < head.count, head[end] != UInt8(ascii: ">") { end += 1 }
        return head[start..<end]
    }

    /// The value after the first `key=` (spaces and quotes allowed around
    /// it) in lower-cased bytes.
    private static func value(after key: [UInt8], in bytes: [UInt8]) -> String? {
        guard key.count < bytes.count else { return nil }
        var start = 0
        while start + key.count <= bytes.count {
            guard bytes[start..<start + key.count].elementsEqual(key) else {
                start += 1
                continue
            }
            var index = start + key.count
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                start += 1
                continue
            }
            index += 1
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x22 || bytes[index] == 0x27 {
                index += 1
            }
            var label: [UInt8] = []
            while index < bytes.count, isLabelByte(bytes[index]) {
                label.append(bytes[index])
                index += 1
            }
            return label.isEmpty ? nil : String(decoding: label, as: UTF8.self)
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"): true
        default: false
        }
    }
}

/// One pass over bytes that tells whether they are UTF-8: how many
/// characters beyond ASCII are well-formed, how many byte sequences are
/// not, and whether a NUL byte is among them.
struct UTF8Census {
    private(set) var multibyte = 0
    private(set) var invalid = 0
    private(set) var hasNUL = false

    init(_ data: Data) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                // Eight ASCII bytes at a time, none of them NUL, as most of a page is.
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let highBits: UInt64 = 0x8080_8080_8080_8080
                    let zeroByte = (word &- 0x0101_0101_0101_0101) & ~word & highBits
                    if word & highBits == 0 && zeroByte == 0 {
                        index += 8
                        continue
                    }
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead == 0 { hasNUL = true }
                    index += 1
                    continue
                }
                let width = UTF8Census.sequenceLength(bytes, at: index)
                if width == 0 {
                    invalid += 1
                    index += 1
                } else {
                    multibyte += 1
                    index += width
                }
            }
        }
    }

    var isValid: Bool { invalid == 0 }
    var isMultibyteUTF8: Bool { invalid == 0 && multibyte > 0 }

    /// Bytes that are mostly not UTF-8: a page in Windows-1252 has its
    /// accented letters and curly quotes as single high bytes, which UTF-8
    /// never has, and hardly ever a byte run that happens to be UTF-8.
    var looksLikeWindows1252: Bool { invalid > 0 && invalid >= multibyte }

    /// The length of the well-formed UTF-8 sequence starting at `index`
    /// (a lead byte at or past 0x80), 0 when it is not one: overlong
    /// forms, surrogates and values past U+10FFFF are not.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let width: Int
        switch lead {
        case 0xC2...0xDF: width = 2
        case 0xE0...0xEF: width = 3
        case 0xF0...0xF4: width = 4
        default: return 0
        }
        guard index + width <= bytes.count else { return 0 }
        for offset in 1..<width where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        let second = bytes[index + 1]
        if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90)
            || (lead == 0xF4 && second >= 0x90)
        {
            return 0
        }
        return width
    }
}
