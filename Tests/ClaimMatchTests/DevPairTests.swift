import ClaimKit
import ClaimMatch
import Foundation
import Testing

/// Pair precision and recall on claim pairs from real articles covering
/// the same stories, annotated under `Fixtures/ANNOTATION.md`. A pair is
/// predicted to match when the matcher puts both claims in one cluster, as
/// `crosscheck claims` shows them.
@Suite("Claim matching on real claim pairs (PolNeAR train)")
struct DevPairTests {
    /// The line the matcher holds today; the aim is precision 0.90 at recall 0.70.
    static let precisionFloor = 0.90
    static let recallFloor = 0.58

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let texts = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/polnear/train/text")

    struct Pair {
        var match: Bool
        var first: (article: String, offset: Int, fingerprint: String)
        var second: (article: String, offset: Int, fingerprint: String)
    }

    static func pairs() throws -> [Pair] {
        let url = try #require(Bundle.module.url(forResource: "dev-pairs", withExtension: "tsv", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t").map(String.init)
            try #require(fields.count == 9, "dev-pairs.tsv: \(line)")
            return Pair(
                match: fields[0] == "match",
                first: (fields[1], Int(fields[3]) ?? -1, fields[4]),
                second: (fields[5], Int(fields[7]) ?? -1, fields[8]))
        }
    }

    @Test(
        "pairs of real claims match with precision at least 0.90 at recall at least 0.58",
        .enabled(if: FileManager.default.fileExists(atPath: texts.path), "../shared/polnear/train is not beside this clone"))
    func devPairs() throws {
        let pairs = try Self.pairs()
        let parser = try ClaimParser()
        let reader = try PropositionReader()
        let names = Set(pairs.flatMap { [$0.first.article, $0.second.article] }).sorted()
        var records: [ClaimRecord] = []
        var claimsOf: [String: [(claim: Claim, record: Int)]] = [:]
        for name in names {
            let text = try String(contentsOf: Self.texts.appendingPathComponent(name), encoding: .utf8)
            let analysis = parser.parse(text: text, path: name)
            for (claim, record) in zip(analysis.claims, reader.records(of: analysis)) {
                claimsOf[name, default: []].append((claim, records.count))
                records.append(record)
            }
        }
        func find(_ end: (article: String, offset: Int, fingerprint: String)) -> Int? {
            let claims = claimsOf[end.article] ?? []
            return (claims.first { $0.claim.fingerprint == end.fingerprint } ?? claims.first { $0.claim.range.start == end.offset })?.record
        }
        let matcher = ClaimMatcher()
        let links = matcher.links(records)
        var cluster = [Int: Int]()
        for (number, found) in matcher.clusters(records, links: links).enumerated() {
            for member in found.members { cluster[member] = number }
        }
        if let path = ProcessInfo.processInfo.environment["CROSSCHECK_PAIR_DUMP"] {
            try Self.dump(pairs, records: records, find: find, to: URL(fileURLWithPath: path))
        }
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var lost = 0
        var errors: [String] = []
        for pair in pairs {
            guard let first = find(pair.first), let second = find(pair.second) else {
                lost += 1
                continue
            }
            let predicted = cluster[first] != nil && cluster[first] == cluster[second]
            switch (predicted, pair.match) {
            case (true, true): truePositives += 1
            case (true, false):
                falsePositives += 1
                errors.append("false match\n" + Self.explain(records, first, second, links))
            case (false, true):
                falseNegatives += 1
                errors.append("missed\n" + Self.explain(records, first, second, links))
            case (false, false): break
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print(
            "claim pairs: \(pairs.count) (\(pairs.filter(\.match).count) matching), \(lost) no longer found; "
                + "precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall))")
        // CROSSCHECK_PAIR_ERRORS=1 lists each wrong pair with what the matcher read of it.
        if ProcessInfo.processInfo.environment["CROSSCHECK_PAIR_ERRORS"] != nil { errors.forEach { print($0) } }
        #expect(lost <= pairs.count / 10, "\(lost) annotated claims are no longer found by the parser")
        #expect(precision >= Self.precisionFloor, "pair precision \(precision)")
        #expect(recall >= Self.recallFloor, "pair recall \(recall)")
    }

    /// A wrong pair as the matcher saw it: both texts, their propositions,
    /// the terms they share and the link between them, if any.
    static func explain(_ records: [ClaimRecord], _ first: Int, _ second: Int, _ links: [MatchLink]) -> String {
        let (one, other) = (records[first].proposition, records[second].proposition)
        let link = links.first { Set([$0.first, $0.second]) == Set([first, second]) }
        let shared = Set(one.terms).intersection(other.terms).sorted()
        let linkText = link.map { "\($0.kind.rawValue) \(String(format: "%.2f", $0.score))" } ?? "no link"
        return """
              A: \(records[first].text)
              B: \(records[second].text)
              A reads \(one.stored)
              B reads \(other.stored)
              shared: \(shared.joined(separator: " ")); \(linkText)
            """
    }

    /// CROSSCHECK_PAIR_DUMP=FILE writes each pair's label and propositions,
    /// and how many of the claims carry each term, as JSON: enough to try a
    /// scoring offline before building it in.
    static func dump(
        _ pairs: [Pair], records: [ClaimRecord], find: ((article: String, offset: Int, fingerprint: String)) -> Int?,
        to url: URL
    ) throws {
        var frequency: [String: Int] = [:]
        for record in records { for term in record.proposition.terms { frequency[term, default: 0] += 1 } }
        let rows: [[String: String]] = pairs.compactMap { pair in
            guard let first = find(pair.first), let second = find(pair.second) else { return nil }
            return [
                "label": pair.match ? "match" : "different", "a": records[first].proposition.stored,
                "b": records[second].proposition.stored, "aText": records[first].text, "bText": records[second].text,
            ]
        }
        let document: [String: Any] = ["claims": records.count, "frequency": frequency, "pairs": rows]
        try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]).write(to: url)
    }
}
