import ClaimKit
import ClaimStore
import Foundation

// Mark store figures, in release mode:
//     swift run -c release crosscheck-store-bench [MARKS] [ARTICLES]
// Registers ARTICLES (default 1,000) articles of 50 claims each in a fresh
// database, sets MARKS (default 100,000) marks spread over them, each in
// its own committed transaction as the reader and `crosscheck mark` do,
// then times loading every mark of one article and reports the file size.

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
let markCount = arguments.first ?? 100_000
let articleCount = arguments.dropFirst().first ?? 1_000
let claimsPerArticle = 50

func elapsed(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// An article of 50 attributed claims; only the words differ between articles.
func syntheticArticle(_ number: Int) -> Analysis {
    var text = "Report \(number) on regional shipments"
    var claims: [Claim] = []
    let source = Source(id: "s1", name: "officials", kind: .anonymous, aliases: [], mentions: [])
    for index in 0..<claimsPerArticle {
        text += "\n"
        let start = text.unicodeScalars.count
        let sentence = "Officials said shipment \(index) of report \(number) carried \(index * 7 + number) crates."
        text += sentence
        claims.append(
            Claim(
                id: "c\(index + 1)", range: TextRange(start, text.unicodeScalars.count), text: sentence,
                sourceIDs: ["s1"], cue: "said", cueRange: nil, hedges: [], hedgeRanges: [], quoted: false,
                fingerprint: Fingerprint.of(parts: [sentence, "said"])))
    }
    let article = Article(title: "Report \(number) on regional shipments", path: nil, text: text, blocks: [])
    return Analysis(article: article, claims: claims, sources: [source], denials: [])
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-store-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: folder) }
let databasePath = folder.appendingPathComponent("crosscheck.sqlite").path

do {
    let store = try MarkStore(path: databasePath)
    let analyses = (0..<articleCount).map(syntheticArticle)
    let registering = try elapsed {
        for analysis in analyses { try store.register(analysis, origin: "bench/\(analysis.article.title)") }
    }
    let statuses: [MarkStatus] = [.verified, .disputed, .false, .unverified]
    let marking = try elapsed {
        for index in 0..<markCount {
            let analysis = analyses[index % articleCount]
            let claim = analysis.claims[(index / articleCount) % claimsPerArticle]
            try store.setMark(
                article: analysis.article.fingerprint, claim: claim.fingerprint,
                status: statuses[(index / (articleCount * claimsPerArticle) + index) % statuses.count],
                note: index % 10 == 0 ? "checked against source \(index)" : nil, author: "bench")
        }
    }
    let sample = analyses[articleCount / 2]
    var loads: [Double] = []
    var shown = 0
    for _ in 0..<2_000 {
        loads.append(try elapsed { shown = try store.marks(for: sample).count })
    }
    loads.sort()
    let mainBytes = fileSize(databasePath)
    let walBytes = fileSize(databasePath + "-wal")

    print("crosscheck-store-bench: \(markCount) marks over \(articleCount) articles of \(claimsPerArticle) claims")
    print(String(format: "  register:      %8.1f µs per article", registering / Double(articleCount) * 1e6))
    print(
        String(
            format: "  mark:          %8.1f µs per mark (%.1f s total, each its own synced transaction)",
            marking / Double(markCount) * 1e6, marking))
    print(
        String(
            format: "  load marks:    %8.1f µs median, %.1f µs p99, for one article (%d marked claims)",
            loads[loads.count / 2] * 1e6, loads[loads.count * 99 / 100] * 1e6, shown))
    print(
        String(
            format: "  database size: %8.1f MB (%.0f bytes per mark, claims and articles included) + %.1f MB WAL",
            Double(mainBytes) / 1_048_576, Double(mainBytes) / Double(markCount), Double(walBytes) / 1_048_576))
} catch {
    FileHandle.standardError.write(Data("crosscheck-store-bench: \(error)\n".utf8))
    exit(1)
}
