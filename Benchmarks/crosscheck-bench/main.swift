import ClaimKit
import Foundation

// Parse throughput and peak memory, in release mode:
//     swift run -c release crosscheck-bench [MEGABYTES]
// Articles come from the bundled samples and, when present beside the
// project, ../shared/corpus; they are parsed over and over until at least
// MEGABYTES (default 10) of text has gone through ingest and extraction.

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 10
let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func articleTexts(in folder: URL) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
        try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
    }
}

var texts = articleTexts(in: projectRoot.appendingPathComponent("Sources/crosscheck/Samples"))
texts += articleTexts(in: projectRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus"))
guard !texts.isEmpty else {
    FileHandle.standardError.write(Data("crosscheck-bench: no article texts found\n".utf8))
    exit(1)
}

let parser: ClaimParser
do {
    parser = try ClaimParser()
} catch {
    FileHandle.standardError.write(Data("crosscheck-bench: \(error)\n".utf8))
    exit(1)
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
}

let target = Int(megabytes * 1_000_000)
// Warm up: lexicons load and code pages fault in before timing starts.
for text in texts { _ = parser.parse(text: text) }
let residentBefore = peakResidentMegabytes()

var bytes = 0
var articles = 0
var claims = 0
let clock = ContinuousClock()
let start = clock.now
while bytes < target {
    for text in texts {
        let analysis = parser.parse(text: text)
        claims += analysis.claims.count
        bytes += text.utf8.count
        articles += 1
    }
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let throughput = Double(bytes) / 1_000_000 / seconds

print("parse benchmark (one core, release build)")
print(String(format: "  text parsed      %.1f MB in %d articles (%d distinct)", Double(bytes) / 1e6, articles, texts.count))
print(String(format: "  time             %.3f s", seconds))
print(String(format: "  throughput       %.1f MB/s, %.0f articles/s", throughput, Double(articles) / seconds))
print(String(format: "  claims found     %d (%.1f per article)", claims, Double(claims) / Double(articles)))
print(String(format: "  peak resident    %.1f MB (%.1f MB after warm-up)", peakResidentMegabytes(), residentBefore))
