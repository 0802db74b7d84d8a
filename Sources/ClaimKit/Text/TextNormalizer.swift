import Foundation

/// Turns untrusted bytes into the clean text every later stage indexes:
/// valid UTF-8 (invalid bytes replaced and counted), `\n` line ends, NFC,
/// and nothing that could steer a terminal or hide from a reader —
/// control characters, escape sequences, zero-width spaces and
/// bidi-override characters are removed, a NUL becomes U+FFFD; exotic
/// spaces become plain spaces. Zero-width joiners and non-joiners stay:
/// they spell words (Persian "می‌خواهم") and emoji (👩‍⚕️).
public enum TextNormalizer {
    public struct Result: Sendable {
        public var text: String
        /// Human-readable notes on what had to be repaired.
        public var warnings: [String]
    }

    public static func normalize(_ bytes: some Collection<UInt8>) -> Result {
        // Valid UTF-8 (the common case) is decoded by the standard library
        // in one pass; only broken input takes the repairing path.
        if let valid = String(validating: bytes, as: UTF8.self) {
            return normalize(valid)
        }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var invalidSequences = 0
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error:
                invalidSequences += 1
                scalars.append("\u{FFFD}")
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var result = normalize(String(view))
        let noun = invalidSequences == 1 ? "sequence" : "sequences"
        result.warnings.insert("replaced \(invalidSequences) invalid UTF-8 \(noun) with U+FFFD", at: 0)
        return result
    }

    public static func normalize(_ string: String) -> Result {
        // One pass over the UTF-8 bytes: runs of printable ASCII are copied
        // whole; other scalars are read from their bytes (a String is valid
        // UTF-8) and kept, replaced or dropped. A little state covers what
        // spans several scalars: CRLF, and escape sequences.
        var string = string
        return string.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var removedControls = 0
            var replacedNULs = 0
            var mayNeedComposition = false
            var state = EscapeState.none
            var afterCR = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if state == .none, !afterCR, lead >= 0x20 && lead < 0x7F {
                    var end = index + 1
                    while end < bytes.count, bytes[end] >= 0x20 && bytes[end] < 0x7F { end += 1 }
                    output.append(contentsOf: bytes[index..<end])
                    index = end
                    continue
                }
                let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead)
                if width > 1 {
                    value &= width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07
                    for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                }
                let scalarBytes = index..<(index + width)
                index += width
                if state != .none {
                    let (next, consumed) = state.next(after: value)
                    state = next
                    if consumed { continue }
                }
                if afterCR {
                    afterCR = false
                    if value == 0x0A { continue }
                }
                switch value {
                case 0x20..<0x7F:
                    output.append(UInt8(truncatingIfNeeded: value))
                case 0x0A:
                    output.append(0x0A)
                case 0x0D:
                    // CRLF and lone CR both end a line; a CR can never move the
                    // cursor back over text already drawn.
                    output.append(0x0A)
                    afterCR = true
                case 0x09, 0x0B, 0x0C:
                    output.append(0x20)
                case 0x1B:
                    state = .escape
                    removedControls += 1
                case 0x00:
                    // A stray NUL in a text file is damage, like an invalid byte.
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replacedNULs += 1
                case 0x01..<0x20, 0x7F, 0x80..<0xA0:
                    removedControls += 1
                case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                    output.append(0x20)
                case 0x2028, 0x2029:
                    output.append(0x0A)
                case 0x00AD, 0x200B, 0x200E, 0x200F, 0x2060...0x2064, 0xFEFF:
                    // Soft hyphens, zero-width characters, bidi marks and byte-order
                    // marks are everyday web text: dropped without a word, as a
                    // reader could do nothing about them.
                    break
                case 0x202A...0x202E, 0x2066...0x2069:
                    // Bidi embeddings and overrides can reorder what is shown.
                    removedControls += 1
                default:
                    if !mayNeedComposition, TextNormalizer.mayCompose(value) { mayNeedComposition = true }
                    output.append(contentsOf: bytes[scalarBytes])
                }
            }
            var text = String(decoding: output, as: UTF8.self)
            if mayNeedComposition {
                text = text.precomposedStringWithCanonicalMapping
            }
            var warnings: [String] = []
            if replacedNULs > 0 {
                warnings.append("replaced \(replacedNULs) NUL character(s) with U+FFFD")
            }
            if removedControls > 0 {
                warnings.append("removed \(removedControls) control or escape character(s)")
            }
            return Result(text: text, warnings: warnings)
        }
    }

    /// Whether a scalar can change under NFC: combining marks and Hangul
    /// jamo can; composed letters, curly quotes and dashes cannot. The
    /// punctuation block is passed over without a property look-up.
    private static func mayCompose(_ value: UInt32) -> Bool {
        guard value >= 0x300, !(0x2000...0x206F).contains(value) else { return false }
        if (0x1100...0x11FF).contains(value) { return true }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.canonicalCombiningClass != .notReordered
    }

    /// Where in an ANSI/ECMA-48 escape sequence the scalars are: after ESC,
    /// inside a CSI (`ESC [ … final`), or inside a string such as OSC
    /// (`ESC ] … BEL` or `ESC ] … ESC \\`).
    private enum EscapeState {
        case none, escape, csi, string, stringEscape

        /// The state after `value`, and whether the sequence swallowed it
        /// (a line break or other control ends a sequence and stays text).
        func next(after value: UInt32) -> (EscapeState, consumed: Bool) {
            switch self {
            case .none: return (.none, false)
            case .escape:
                switch value {
                case 0x5B: return (.csi, true)
                case 0x5D, 0x50, 0x5F, 0x5E, 0x58: return (.string, true)
                case 0x20...0x7E: return (.none, true)  // a two-character escape
                default: return (.none, false)
                }
            case .csi:
                // Parameters and intermediates, then a final byte 0x40–0x7E.
                if value >= 0x20 && value < 0x40 { return (.csi, true) }
                return (.none, value >= 0x40 && value <= 0x7E)
            case .string:
                if value == 0x07 { return (.none, true) }
                if value == 0x0A { return (.none, false) }
                return (value == 0x1B ? .stringEscape : .string, true)
            case .stringEscape:
                return (value == 0x5C ? .none : .string, true)
            }
        }
    }
}
