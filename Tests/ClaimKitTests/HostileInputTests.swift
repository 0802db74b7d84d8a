import ClaimKit
import Foundation
import HostileInputs
import Testing

/// The inputs that once made parsing quadratic (see `crosscheck-bench
/// --scaling`), at a few kilobytes: each parses into a sound analysis, and
/// what a rule finds stays the size of a phrase, not of the input.
@Suite("Hostile inputs parse into sound analyses")
struct HostileInputTests {
    static let articles: [String] = {
        let folder = packageRoot.appendingPathComponent("Tests/ClaimKitTests/Fixtures/DevCorpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }()

    @Test("every hostile input parses with its ranges, ids and text consistent", arguments: HostileInput.allCases)
    func consistent(_ input: HostileInput) {
        let analysis = sharedParser.parse(text: input.text(bytes: 16_000, articles: HostileInputTests.articles))
        #expect(analysis.inconsistencies() == [])
        for source in analysis.sources {
            #expect(source.name.split(separator: " ").count <= 40, "source name \(source.name.prefix(80))…")
        }
    }

    @Test("one endless sentence of reported speech is one claim by its first speaker")
    func saidThat() {
        let analysis = sharedParser.parse(text: HostileInput.saidThat.text(bytes: 16_000, articles: []))
        #expect(analysis.claims.count == 1)
        #expect(analysis.claims.first.map(analysis.sourceNames) == ["official"])
    }

    @Test("articles glued into one keep the claims each has alone")
    func concatenated() throws {
        let two = Array(HostileInputTests.articles.prefix(2))
        try #require(two.count == 2)
        let alone = two.map { sharedParser.parse(text: $0).claims.map(\.text) }
        let glued = sharedParser.parse(text: two.joined(separator: "\n\n")).claims.map(\.text)
        // The second headline reads as a paragraph of the first article, so
        // compare the bodies: every claim of either article is found again.
        for text in alone.joined() where !glued.contains(text) {
            Issue.record("lost when glued: \(text.prefix(80))")
        }
    }
}
