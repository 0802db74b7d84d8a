import ClaimKit
import ClaimMatch
import Foundation

// Release-mode figures for matching claims across many articles:
//   swift run -c release crosscheck-match-bench [ARTICLES_FOLDER] [--sizes 1000,2000,5000,10000]
// The folder (PolNeAR's train texts by default) gives real claims; larger
// libraries repeat its articles as variants in which about a third of each
// claim's terms are replaced by terms of that variant, so every variant
// still matches some claims and the vocabulary grows as real news does.

func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// A cheap deterministic hash, so runs replace the same terms.
func mix(_ value: UInt64) -> UInt64 {
    var value = value &+ 0x9E37_79B9_7F4A_7C15
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
}

func variant(_ record: ClaimRecord, copy: Int, article: String) -> ClaimRecord {
    var record = record
    record.article = article
    record.articleFingerprint = article
    guard copy > 0 else { return record }
    let proposition = record.proposition
    // Swift's own hashes change from run to run; FNV-1a does not.
    func replace(_ term: String) -> String {
        let hash = term.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        return mix(hash ^ UInt64(copy) << 48) % 3 == 0 ? "\(term)~\(copy)" : term
    }
    let mapped = proposition.terms.map(replace)
    let entities = Set(zip(proposition.terms, mapped).filter { proposition.entities.contains($0.0) }.map(\.1))
    record.proposition = Proposition(
        terms: Array(Set(mapped)).sorted(), entities: entities, quantities: proposition.quantities,
        years: proposition.years, negated: proposition.negated)
    return record
}

var arguments = Array(CommandLine.arguments.dropFirst())
var sizes = [1_000, 2_000, 5_000, 10_000]
if let flag = arguments.firstIndex(of: "--sizes"), flag + 1 < arguments.count {
    sizes = arguments[flag + 1].split(separator: ",").compactMap { Int($0) }
    arguments.removeSubrange(flag...(flag + 1))
}
let folder = arguments.first ?? "../shared/polnear/train/text"
guard FileManager.default.fileExists(atPath: folder) else {
    FileHandle.standardError.write(Data("crosscheck-match-bench: \(folder) not found; give a folder of articles\n".utf8))
    exit(1)
}

let parser = try ClaimParser()
let reader = try PropositionReader()
let loader = ArticleLoader(lexicon: parser.lexicon)
var base: [[ClaimRecord]] = []
let parsing = try seconds {
    for article in try loader.load(folder, skipped: { _ in }) {
        base.append(reader.records(of: parser.analyze(article)))
    }
}
let baseClaims = base.reduce(0) { $0 + $1.count }
print("read \(base.count) articles, \(baseClaims) claims from \(folder) in \(String(format: "%.1f", parsing)) s")
print("articles  claims   match s  claims/s   links  clusters  peak MB")
let matcher = ClaimMatcher()
for size in sizes {
    var records: [ClaimRecord] = []
    for index in 0..<size {
        let copy = index / base.count
        let name = "article-\(index)"
        records.append(contentsOf: base[index % base.count].map { variant($0, copy: copy, article: name) })
    }
    var links: [MatchLink] = []
    var clusters: [ClaimCluster] = []
    let time = seconds {
        links = matcher.links(records)
        clusters = matcher.clusters(records, links: links)
    }
    print(
        String(
            format: "%8d %7d %9.2f %9.0f %7d %9d %8.0f", size, records.count, time, Double(records.count) / time,
            links.count, clusters.count, peakMegabytes()))
}
