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
    static let recallFloor = 0.40

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
        "pairs of real claims match with precision at least 0.90 at recall at least 0.40",
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
        var cluster = [Int: Int]()
        for (number, found) in ClaimMatcher().clusters(records).enumerated() {
            for member in found.members { cluster[member] = number }
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
                errors.append("false match: \(records[first].text.prefix(90)) | \(records[second].text.prefix(90))")
            case (false, true):
                falseNegatives += 1
                errors.append("missed: \(records[first].text.prefix(90)) | \(records[second].text.prefix(90))")
            case (false, false): break
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print(
            "claim pairs: \(pairs.count) (\(pairs.filter(\.match).count) matching), \(lost) no longer found; "
                + "precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall))")
        if ProcessInfo.processInfo.environment["CROSSCHECK_PAIR_ERRORS"] != nil { errors.forEach { print($0) } }
        #expect(lost <= pairs.count / 10, "\(lost) annotated claims are no longer found by the parser")
        #expect(precision >= Self.precisionFloor, "pair precision \(precision)")
        #expect(recall >= Self.recallFloor, "pair recall \(recall)")
    }
}
