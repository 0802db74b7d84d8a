import ClaimKit
import Testing

@testable import ReaderCore

@Suite("Article text never steers the terminal")
struct TerminalSafetyTests {
    /// An article that tries a carriage return to draw a fake "verified"
    /// mark over its own line, and escape sequences to clear the line and
    /// move the cursor. It is built without ClaimKit's normalizer, as the
    /// worst an ingest bug could let through.
    static func hostile() -> Analysis {
        let text =
            "Minister says bridge is safe\n"
            + "The bridge is safe, the minister said.\r✓ VERIFIED by the desk\u{1B}[2K\u{1B}[1;1H\u{1B}]0;owned\u{07}\u{8}\u{8}x"
            + " More text \u{202E}desrever\u{202C} here."
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let titleEnd = lines[0].unicodeScalars.count
        let article = Article(
            title: "Minister says bridge is safe", path: nil, text: text,
            blocks: [
                Block(kind: .title, range: TextRange(0, titleEnd)),
                Block(kind: .paragraph, range: TextRange(titleEnd + 1, text.unicodeScalars.count)),
            ])
        let claimText = "The bridge is safe"
        let claim = Claim(
            id: "c1", range: TextRange(titleEnd + 1, titleEnd + 1 + claimText.unicodeScalars.count), text: claimText,
            sourceIDs: [], cue: "said", cueRange: nil, hedges: [], hedgeRanges: [], quoted: false,
            fingerprint: Fingerprint.of(claimText))
        return Analysis(article: article, claims: [claim], sources: [], denials: [])
    }

    @Test("no cell holds a control character, escape or bidi override")
    func noControls() {
        let frame = Fixtures.reader([Self.hostile()]).render()
        for cell in frame.cells {
            for scalar in cell.text.unicodeScalars {
                #expect(scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80..<0xA0).contains(scalar.value))
                #expect(!(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value))
            }
        }
    }

    @Test("a \\r cannot fake a mark: the claim stays unverified and the text stays after it")
    func carriageReturnTrick() {
        let reader = Fixtures.reader([Self.hostile()])
        let frame = reader.render()
        #expect(frame.line(39).contains("✓0"))
        #expect(frame.row(containing: "· c1 The bridge is safe") != nil)
        guard let (claimColumn, row) = frame.find("The bridge is safe", in: reader.screen.articleText),
            let (fakeColumn, fakeRow) = frame.find("VERIFIED", in: reader.screen.articleText)
        else {
            Issue.record("the article text is missing")
            return
        }
        // The fake mark is plain text drawn after the sentence, not over it.
        #expect(fakeRow > row || fakeColumn > claimColumn)
        #expect(frame.roles(of: "VERIFIED", in: reader.screen.articleText) == [.text])
        #expect(!frame.text.contains("owned\u{07}"))
    }

    @Test("titles and names with control characters are cleaned too")
    func titlesAreCleaned() {
        var builder = AnalysisBuilder(
            title: "Evil\u{1B}[31m title\u{7}", blocks: [(.paragraph, "Someone said something happened.")])
        let someone = builder.source("Some\u{1B}[2Jone", kind: .person)
        _ = someone
        let frame = Fixtures.reader([builder.build()]).render()
        #expect(frame.line(0).contains("Evil title"))
        #expect(!frame.text.contains("\u{1B}"))
    }
}
