import Testing

@testable import ClaimKit

@Suite("Text normalizer")
struct NormalizerTests {
    @Test("invalid UTF-8 is replaced and reported, never a crash")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("Headline\nBody ".utf8) + [0xFF, 0xFE] + Array(" text.".utf8)
        let result = TextNormalizer.normalize(bytes)
        #expect(result.text.contains("\u{FFFD}"))
        #expect(result.warnings.first?.contains("invalid UTF-8") == true)
    }

    @Test("control characters, escape sequences and bidi overrides are removed")
    func controls() {
        let result = TextNormalizer.normalize("A\u{1B}[31mred\u{1B}[0m\u{7}b\u{202E}c\u{200B}d\re")
        #expect(result.text == "Aredbcd\ne")
    }

    @Test("zero-width characters, soft hyphens and byte-order marks go without a warning; escapes warn")
    func invisibleCharactersAreQuiet() {
        let quiet = TextNormalizer.normalize("\u{FEFF}Gr\u{200B}ain ex\u{AD}ports\u{2060} rose\u{200E}.")
        #expect(quiet.text == "Grain exports rose.")
        #expect(quiet.warnings.isEmpty)
        let loud = TextNormalizer.normalize("Grain\u{1B}[2J rose\u{202E}.")
        #expect(loud.text == "Grain rose.")
        #expect(loud.warnings == ["removed 2 control or escape character(s)"])
    }

    @Test("zero-width joiners and non-joiners are kept: they spell words and emoji")
    func joinersKept() {
        let persian = "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}"  // "I want", with its ZWNJ
        let emoji = "\u{1F469}\u{200D}\u{2695}\u{FE0F}"  // woman health worker
        let result = TextNormalizer.normalize("\(persian) \(emoji)")
        #expect(result.text == "\(persian) \(emoji)")
        #expect(result.warnings.isEmpty)
    }

    @Test("a stray NUL becomes U+FFFD and is reported")
    func strayNUL() {
        let result = TextNormalizer.normalize("Grain\u{0} exports")
        #expect(result.text == "Grain\u{FFFD} exports")
        #expect(result.warnings == ["replaced 1 NUL character(s) with U+FFFD"])
    }

    @Test("CRLF becomes LF, NBSP a space, and text is composed to NFC")
    func composition() {
        let result = TextNormalizer.normalize("Cafe\u{301}\r\nx\u{A0}y")
        #expect(result.text == "Caf\u{E9}\nx y")
    }
}
