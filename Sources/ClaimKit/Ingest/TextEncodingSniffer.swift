import Foundation

/// What the first bytes of a file say about how to read it: text in
/// UTF-16 or UTF-32 announced by a byte-order mark is converted to UTF-8
/// (its XML declaration then says so too), and binary data is told from
/// text with a stray NUL or control character in it.
enum TextEncodingSniffer {
    /// The bytes as UTF-8, when they open with a UTF-16 or UTF-32
    /// byte-order mark; nil for anything else.
    static func utf8(fromMarked data: Data) -> Data? {
        let head = Array(data.prefix(4))
        let encoding: String.Encoding
        let markLength: Int
        // UTF-32 first: its little-endian mark starts like UTF-16's.
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            (encoding, markLength) = (.utf32LittleEndian, 4)
        } else if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            (encoding, markLength) = (.utf32BigEndian, 4)
        } else if head.starts(with: [0xFF, 0xFE]) {
            (encoding, markLength) = (.utf16LittleEndian, 2)
        } else if head.starts(with: [0xFE, 0xFF]) {
            (encoding, markLength) = (.utf16BigEndian, 2)
        } else {
            return nil
        }
        let body = data.dropFirst(markLength)
        let text = String(data: body, encoding: encoding) ?? lossy(body, encoding)
        return Data(declaringUTF8(text).utf8)
    }

    /// Decodes what `String(data:encoding:)` refused (an odd byte count,
    /// a lone surrogate), replacing what cannot be read with U+FFFD.
    private static func lossy(_ body: Data, _ encoding: String.Encoding) -> String {
        var scalars = String.UnicodeScalarView()
        let bytes = Array(body)
        switch encoding {
        case .utf32LittleEndian, .utf32BigEndian:
            for start in stride(from: 0, to: bytes.count, by: 4) {
                let word = bytes[start..<min(start + 4, bytes.count)]
                guard word.count == 4 else {
                    scalars.append("\u{FFFD}")
                    break
                }
                let ordered = encoding == .utf32LittleEndian ? Array(word.reversed()) : Array(word)
                let value = ordered.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        default:
            var units: [UInt16] = []
            for start in stride(from: 0, to: bytes.count - 1, by: 2) {
                let pair = (bytes[start], bytes[start + 1])
                units.append(encoding == .utf16LittleEndian ? UInt16(pair.1) << 8 | UInt16(pair.0) : UInt16(pair.0) << 8 | UInt16(pair.1))
            }
            var iterator = units.makeIterator()
            var decoder = UTF16()
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): scalars.append(scalar)
                case .emptyInput: break decoding
                case .error: scalars.append("\u{FFFD}")
                }
            }
            if bytes.count % 2 == 1 { scalars.append("\u{FFFD}") }
        }
        return String(scalars)
    }

    /// `<?xml version="1.0" encoding="UTF-16"?>` becomes `encoding="UTF-8"`:
    /// the text is UTF-8 now, and an XML parser believes the declaration.
    private static func declaringUTF8(_ text: String) -> String {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>"),
            let encoding = text.range(of: "encoding", range: text.startIndex..<end.lowerBound)
        else { return text }
        let rest = text[encoding.upperBound..<end.lowerBound]
        guard let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }),
            let close = rest[rest.index(after: open)...].firstIndex(of: rest[open])
        else { return text }
        return String(text[..<rest.index(after: open)]) + "UTF-8" + String(text[close...])
    }

    /// Whether the bytes are binary data rather than text: more than one
    /// in fifty of the first 8 KiB is a NUL or a control character that
    /// text does not use. A NUL or two in a text file is damage to repair,
    /// not a reason to refuse it.
    static func looksBinary(_ data: Data) -> Bool {
        let sample = data.prefix(8192)
        guard !sample.isEmpty else { return false }
        // Counted over the raw bytes: Data's own iterator costs a call a byte.
        let controls = sample.withUnsafeBytes { bytes in
            bytes.reduce(0) { count, byte in
                byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B ? count + 1 : count
            }
        }
        return controls * 50 > sample.count
    }
}
