import Foundation
import Testing

@testable import ClaimKit

/// How a page's bytes become text: the byte-order mark, then the server's
/// charset, then the page's own declaration, else UTF-8 or, for bytes that
/// are not UTF-8, Windows-1252.
@Suite("HTML encodings")
struct HTMLEncodingTests {
    private func page(_ head: String, _ body: [UInt8], prefix: [UInt8] = []) -> Data {
        Data(prefix + Array("<html><head>\(head)<title>Ferry</title></head><body><p>".utf8) + body
            + Array(" resumes on Monday, the operator said after a long dispute with the harbour.</p></body></html>".utf8))
    }

    private func read(_ data: Data, charset: String? = nil) throws -> Article {
        let article = HTMLIngest(lexicon: try Lexicon.bundled()).article(fromBytes: data, path: "page.html", charset: charset)
        IngestFixtures.expectWellFormed(article)
        return article
    }

    /// "Café “quoted”" in Windows-1252: é is 0xE9, the curly quotes 0x93 and 0x94.
    private let windows1252: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x64, 0x94]

    @Test("a page without a declaration whose bytes are not UTF-8 is read as Windows-1252")
    func detectedWindows1252() throws {
        let article = try read(page("", windows1252))
        #expect(article.text.contains("Café “quoted” resumes"))
        #expect(article.warnings.isEmpty)
    }

    @Test("Latin-1 and ASCII labels mean Windows-1252, in <meta charset> and http-equiv alike")
    func latin1Labels() throws {
        for head in [
            "<meta charset=\"ISO-8859-1\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">",
        ] {
            #expect(try read(page(head, windows1252)).text.contains("Café “quoted” resumes"), "\(head)")
        }
    }

    @Test("the server's charset outranks the page's own declaration")
    func serverCharset() throws {
        let article = try read(page("<meta charset=\"iso-8859-7\">", windows1252), charset: "windows-1252")
        #expect(article.text.contains("Café “quoted” resumes"))
    }

    @Test("a UTF-8 byte-order mark outranks every declaration; stray bytes are then replaced and reported")
    func byteOrderMark() throws {
        let article = try read(page("<meta charset=\"windows-1252\">", [0x4F, 0xE9, 0x20] + Array("café".utf8),
            prefix: [0xEF, 0xBB, 0xBF]), charset: "windows-1252")
        #expect(article.text.contains("O\u{FFFD} café resumes"))
        #expect(article.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test("UTF-8 with a few broken bytes stays UTF-8, the bytes replaced and reported")
    func mostlyUTF8() throws {
        let article = try read(page("", Array("Café “quoted” ".utf8) + [0x93]))
        #expect(article.text.contains("Café “quoted” \u{FFFD} resumes"))
        #expect(article.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test("a page declaring UTF-16 in its own ASCII bytes is read as UTF-8")
    func declaredUTF16() throws {
        let article = try read(page("<meta charset=\"utf-16\">", Array("Café".utf8)))
        #expect(article.text.contains("Café resumes"))
    }

    @Test("charset labels are read as the Encoding standard reads them", arguments: [
        ("ISO-8859-1", "windows-1252"), ("latin1", "windows-1252"), ("US-ASCII", "windows-1252"),
        ("UTF-16LE", "utf-8"), ("Shift_JIS", "shift_jis"), ("windows-1251", "windows-1251"),
    ])
    func labels(_ label: String, _ expected: String) {
        #expect(MarkupBytes.canonicalLabel(label) == expected)
    }
}
