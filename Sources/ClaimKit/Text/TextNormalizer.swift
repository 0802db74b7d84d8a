import Foundation

/// Turns untrusted bytes into the clean text every later stage indexes:
/// valid UTF-8 (invalid bytes replaced and counted), `\n` line ends, NFC,
/// and nothing that could steer a terminal or hide from a reader —
/// control characters, escape sequences, zero-width and bidi-override
/// characters are removed; exotic spaces become plain spaces.
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
        var result = normalize(scalars: scalars)
        let noun = invalidSequences == 1 ? "sequence" : "sequences"
        result.warnings.insert("replaced \(invalidSequences) invalid UTF-8 \(noun) with U+FFFD", at: 0)
        return result
    }

    public static func normalize(_ string: String) -> Result {
        normalize(scalars: Array(string.unicodeScalars))
    }

    static func normalize(scalars input: [Unicode.Scalar]) -> Result {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 8)
        var removedControls = 0
        var mayNeedComposition = false
        var index = 0
        let count = input.count
        while index < count {
            let scalar = input[index]
            let value = scalar.value
            index += 1
            if value >= 0x20 && value < 0x7F {
                output.append(UInt8(truncatingIfNeeded: value))
                continue
            }
            switch value {
            case 0x0A:
                output.append(0x0A)
            case 0x0D:
                // CRLF and lone CR both end a line; a CR can never move the
                // cursor back over text already drawn.
                if index < count && input[index].value == 0x0A { index += 1 }
                output.append(0x0A)
            case 0x09, 0x0B, 0x0C:
                output.append(0x20)
            case 0x1B:
                index = endOfEscapeSequence(input, after: index)
                removedControls += 1
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                removedControls += 1
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                output.append(0x20)
            case 0x2028, 0x2029:
                output.append(0x0A)
            case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
                // Soft hyphen, zero-width characters, bidi marks and overrides.
                removedControls += 1
            default:
                if value >= 0x300 { mayNeedComposition = true }
                output.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        var text = String(decoding: output, as: UTF8.self)
        if mayNeedComposition {
            text = text.precomposedStringWithCanonicalMapping
        }
        var warnings: [String] = []
        if removedControls > 0 {
            warnings.append("removed \(removedControls) control, escape or invisible character(s)")
        }
        return Result(text: text, warnings: warnings)
    }

    /// Skips an ANSI/ECMA-48 escape sequence whose ESC has been consumed:
    /// CSI (`ESC [ … final`), OSC and other strings (`ESC ] … BEL|ESC \`),
    /// or a two-character escape. Returns the index after it.
    private static func endOfEscapeSequence(_ input: [Unicode.Scalar], after start: Int) -> Int {
        guard start < input.count else { return start }
        let introducer = input[start].value
        var index = start + 1
        switch introducer {
        case 0x5B:  // CSI: parameters and intermediates, then a final byte 0x40–0x7E.
            while index < input.count {
                let value = input[index].value
                index += 1
                if value >= 0x40 && value <= 0x7E { break }
                if value < 0x20 || value > 0x7E { return index - 1 }
            }
            return index
        case 0x5D, 0x50, 0x5F, 0x5E, 0x58:  // OSC, DCS, APC, PM, SOS: until BEL or ST.
            while index < input.count {
                let value = input[index].value
                if value == 0x07 { return index + 1 }
                if value == 0x1B && index + 1 < input.count && input[index + 1].value == 0x5C { return index + 2 }
                if value == 0x0A { return index }
                index += 1
            }
            return index
        default:
            return introducer >= 0x20 && introducer <= 0x7E ? start + 1 : start
        }
    }
}
