import ClaimKit
import Foundation

@testable import ClaimStore

/// A folder of its own for each test, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("claimstore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    var databasePath: String { path("marks/crosscheck.sqlite") }
}

/// Builds the analysis ClaimKit would give for an article with these
/// claims, one a paragraph: the store only looks at titles, claim words,
/// fingerprints and sources, so the exact extraction does not matter.
func makeAnalysis(
    title: String, claims: [(text: String, source: String?)], path: String = "article.txt"
) -> Analysis {
    var text = title
    var claimValues: [Claim] = []
    var sources: [Source] = []
    for (index, claim) in claims.enumerated() {
        text += "\n"
        let start = text.unicodeScalars.count
        text += claim.text
        let range = TextRange(start, text.unicodeScalars.count)
        var sourceIDs: [String] = []
        if let name = claim.source {
            if let known = sources.first(where: { $0.name == name }) {
                sources[sources.firstIndex(of: known)!].mentions.append(range)
                sourceIDs = [known.id]
            } else {
                let source = Source(
                    id: "s\(sources.count + 1)", name: name, kind: name.contains(" ") ? .person : .organization,
                    aliases: [], mentions: [range])
                sources.append(source)
                sourceIDs = [source.id]
            }
        }
        claimValues.append(
            Claim(
                id: "c\(index + 1)", range: range, text: claim.text, sourceIDs: sourceIDs, cue: "said", cueRange: nil,
                hedges: [], hedgeRanges: [], quoted: false, fingerprint: Fingerprint.of(parts: [claim.text, "said"])))
    }
    let article = Article(title: title, path: path, text: text, blocks: [])
    return Analysis(article: article, claims: claimValues, sources: sources, denials: [])
}

/// A small article about one event, with claims from three sources.
func droneArticle(path: String = "drones.txt", secondClaim: String? = nil) -> Analysis {
    makeAnalysis(
        title: "Officials weigh reports of drone shipments",
        claims: [
            ("The shipment of 40 drones left the port on Monday, officials said.", "officials"),
            (secondClaim ?? "Maria Lopez said the contract was signed in March.", "Maria Lopez"),
            ("The ministry denied that any contract exists.", "the ministry"),
        ], path: path)
}
