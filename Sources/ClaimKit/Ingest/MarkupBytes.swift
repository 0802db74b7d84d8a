import Foundation

/// Gets HTML and XML bytes ready for a parser. A document in UTF-8 (or
/// that declares no charset) is decoded and normalized first, so invalid
/// bytes become U+FFFD and are reported instead of making the parser
/// give up or guess Latin-1 for the rest of the page. A document that
/// declares another charset is left for the parser to convert.
struct MarkupBytes {
    var bytes: [UInt8]
    /// The encoding to tell the parser, when not the document's own.
    var encoding: String?
    var warnings: [String]

    init(_ data: Data, transportCharset: String? = nil) {
        let charset = transportCharset ?? MarkupBytes.declaredCharset(in: data)
        // Bytes that are valid UTF-8 beyond ASCII are UTF-8 whatever the page
        // or server claims: text in another charset almost never is, and
        // pages saved or re-served as UTF-8 often keep their old label.
        if let charset, !MarkupBytes.isUTF8(charset), !MarkupBytes.isMultibyteUTF8(data) {
            self.init(bytes: Array(data), encoding: charset, warnings: [])
        } else {
            self.init(utf8: data)
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

    /// Whether the bytes are valid UTF-8 with at least one character
    /// beyond ASCII.
    static func isMultibyteUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var sawMultibyte = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let width: Int
                switch lead {
                case 0xC2...0xDF: width = 2
                case 0xE0...0xEF: width = 3
                case 0xF0...0xF4: width = 4
                default: return false
                }
                guard index + width <= bytes.count else { return false }
                for offset in 1..<width where bytes[index + offset] & 0xC0 != 0x80 { return false }
                // Overlong forms, surrogates and values past U+10FFFF.
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90)
                    || (lead == 0xF4 && second >= 0x90)
                {
                    return false
                }
                sawMultibyte = true
                index += width
            }
            return sawMultibyte
        }
    }

    static func isUTF8(_ charset: String) -> Bool {
        let label = charset.lowercased()
        return label == "utf-8" || label == "utf8"
    }

    /// The charset named near the top of the document: an XML
    /// declaration's `encoding`, `<meta charset>` or an http-equiv
    /// `content="…; charset=…"`. Only the first kilobytes are looked at,
    /// as browsers do.
    static func declaredCharset(in data: Data) -> String? {
        let head = data.prefix(2048).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
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
