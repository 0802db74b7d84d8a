import ClaimKit
import Foundation
import Testing

@Suite("JSON document and fingerprints")
struct ArticleDocumentTests {
    private let text = """
        Port strike enters second week

        Dock workers have reportedly rejected the latest pay offer.
        Union leader Maya Brandt said the offer was \u{201C}an insult to every crane driver\u{201D}.
        The port authority denied that it had cut wages.
        Ships are queuing outside the harbour.
        """

    @Test("the document has the schema's fields and ranges that read back")
    func shape() throws {
        let analysis = sharedParser.parse(text: text, path: "strike.txt")
        let data = try JSONEncoder().encode(ArticleDocument(analysis))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "schema", "title", "byline", "published", "site", "language", "path", "fingerprint", "text", "blocks",
            "claims", "sources", "denials",
        ])
        for key in ["byline", "published", "site", "language"] {
            #expect(object[key] is NSNull, "plain text says nothing of its \(key): null")
        }
        #expect(object["schema"] as? String == "crosscheck.article/1")
        #expect(object["path"] as? String == "strike.txt")

        let document = try JSONDecoder().decode(ArticleDocument.self, from: data)
        let scalars = Array(document.text.unicodeScalars)
        func read(_ range: TextRange) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range.start..<range.end])
            return String(view)
        }
        let sourceIDs = Set(document.sources.map(\.id))
        #expect(document.claims.count == 3)
        for claim in document.claims {
            #expect(read(claim.range) == claim.text)
            #expect(Set(claim.sources).isSubset(of: sourceIDs))
            #expect(claim.fingerprint.count == 16)
        }
        for source in document.sources {
            for mention in source.mentions { #expect(mention.end <= scalars.count) }
        }
        let claimIDs = Set(document.claims.map(\.id))
        for denial in document.denials {
            #expect(read(denial.range) == denial.text)
            // Every denial is also a claim.
            #expect(document.claims.contains { $0.range == denial.range })
            #expect(Set(denial.disputes).isSubset(of: claimIDs))
            #expect(denial.source.map(sourceIDs.contains) == true)
        }
        #expect(document.blocks.first?.kind == .title)
    }

    @Test("the document is written byte for byte as JSONEncoder writes it, pretty or compact, alone or in an array")
    func directWriter() throws {
        var document = ArticleDocument(sharedParser.parse(text: text, path: "strike.txt"))
        // Every ASCII character, the ones JSON escapes among them, and some that it does not.
        let ascii = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        document.title = ascii + " \u{2028}\u{2029} caf\u{E9} \u{1F600} a/b \\ \""
        document.byline = "Maya Brandt / Port desk"
        document.path = nil
        document.claims[0].hedges = ["reportedly", "\"allegedly\""]
        document.claims[0].cue = nil
        document.denials = document.denials.map { var denial = $0; denial.source = nil; return denial }
        for formatting: JSONEncoder.OutputFormatting in [[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes], [.sortedKeys, .withoutEscapingSlashes]] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = formatting
            let pretty = formatting.contains(.prettyPrinted)
            #expect(ArticleJSON.bytes(document, pretty: pretty) == Array(try encoder.encode(document)))
            // In an array, each document is the array's element, one level in.
            let array = Array(try encoder.encode([document, document]))
            let element = ArticleJSON.bytes(document, pretty: pretty, level: 1)
            let opening: [UInt8] = Array((pretty ? "[\n" : "[").utf8)
            let separator: [UInt8] = Array((pretty ? ",\n" : ",").utf8)
            let closing: [UInt8] = Array((pretty ? "\n]" : "]").utf8)
            #expect(opening + element + separator + element + closing == array)
        }
    }

    @Test("ranges count Unicode scalars, not UTF-16 units or bytes")
    func scalarRanges() {
        let analysis = sharedParser.parse(text: "Title\n\n\u{1F600} Emoji fans said the caf\u{E9} was full.")
        let claim = analysis.claims.first
        #expect(claim?.text == "\u{1F600} Emoji fans said the caf\u{E9} was full.")
        #expect(claim?.range.start == 6)
    }

    @Test("fingerprints survive re-parsing and edits elsewhere in the article")
    func stableFingerprints() {
        let first = sharedParser.parse(text: text, path: "a.txt")
        let again = sharedParser.parse(text: text, path: "b/strike.txt")
        #expect(first.claims.map(\.fingerprint) == again.claims.map(\.fingerprint))
        #expect(first.article.fingerprint == again.article.fingerprint)

        let edited = text.replacingOccurrences(of: "Ships are queuing outside the harbour.", with: "Ships wait.")
            .replacingOccurrences(of: "second week", with: "second week") + "\nA new paragraph was added."
        let later = sharedParser.parse(text: edited, path: "a.txt")
        #expect(Set(first.claims.map(\.fingerprint)) == Set(later.claims.map(\.fingerprint)))
        #expect(first.article.fingerprint == later.article.fingerprint)
    }

    @Test("two claims from one sentence get different fingerprints")
    func distinctFingerprints() {
        let analysis = parse("Criticism", "Senator Ana Ruiz and Senator Tom Beck criticised the plan.")
        #expect(analysis.claims.count == 2)
        #expect(Set(analysis.claims.map(\.fingerprint)).count == 2)
    }
}
