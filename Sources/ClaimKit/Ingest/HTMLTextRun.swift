/// Measures a run of inline text as it would read: its length in
/// characters with white space collapsed, how much of it is link text,
/// its commas, whether a sentence ends in it, and a hash of its words so
/// a repeated copy of a passage can be recognised. Worked on the UTF-8
/// bytes of the page's text nodes, without making Strings.
struct HTMLTextRun {
    private(set) var length = 0
    private(set) var linkLength = 0
    private(set) var commas = 0
    /// A full stop ends a sentence somewhere in the run.
    private(set) var endsSentence = false
    private(set) var hash: UInt64 = HTMLTextRun.hashSeed
    private var pendingSpace = false
    private var lastByte: UInt8 = 0

    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let hashPrime: UInt64 = 0x0100_0000_01B3

    var isEmpty: Bool { length == 0 }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, inLink: Bool) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                space()
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {  // no-break space
                space()
                index += 2
                continue
            }
            if pendingSpace {
                pendingSpace = false
                if length > 0 {
                    length += 1
                    mix(0x20)
                }
            }
            if byte & 0xC0 != 0x80 {
                length += 1
                if inLink { linkLength += 1 }
            }
            if byte == UInt8(ascii: ",") || isWideComma(bytes, at: index) { commas += 1 }
            mix(byte)
            lastByte = byte
            index += 1
        }
    }

    /// Ends the run's measure; a run ending in a full stop ends a sentence.
    mutating func finish() {
        if lastByte == UInt8(ascii: ".") { endsSentence = true }
    }

    private mutating func space() {
        if lastByte == UInt8(ascii: ".") { endsSentence = true }
        pendingSpace = true
        lastByte = 0x20
    }

    private mutating func mix(_ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* HTMLTextRun.hashPrime
    }

    /// The ideographic comma `、`, the fullwidth comma `，` and the Arabic
    /// comma `،`, which count as commas do in Latin text.
    private func isWideComma(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0xD8 { return index + 1 < bytes.count && bytes[index + 1] == 0x8C }
        guard byte == 0xE3 || byte == 0xEF, index + 2 < bytes.count else { return false }
        return byte == 0xE3 ? bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81
            : bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8C
    }
}
