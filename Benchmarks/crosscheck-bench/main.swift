import ClaimKit
import Foundation

// Parse throughput and peak memory, in release mode:
//     swift run -c release crosscheck-bench [MEGABYTES]
// Articles come from the bundled samples, the project's annotated fixture
// corpora and, when present beside the project, ../shared/corpus; they are
// parsed over and over until at least MEGABYTES (default 10) of text has
// gone through ingest and extraction.

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
for corpus in ["DevCorpus", "HeldOut", "HeldOut2", "HeldOut3"] {
    texts += articleTexts(in: projectRoot.appendingPathComponent("Tests/ClaimKitTests/Fixtures").appendingPathComponent(corpus))
}
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

/// CPU time of this thread: unlike wall time, it does not count the
/// moments other processes on a busy machine had the core.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
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
let cpuStart = threadCPUSeconds()
while bytes < target {
    for text in texts {
        let analysis = parser.parse(text: text)
        claims += analysis.claims.count
        bytes += text.utf8.count
        articles += 1
    }
}
let elapsed = clock.now - start
let cpuSeconds = threadCPUSeconds() - cpuStart
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let throughput = Double(bytes) / 1_000_000 / cpuSeconds

print("parse benchmark (one core, release build)")
print(String(format: "  text parsed      %.1f MB in %d articles (%d distinct)", Double(bytes) / 1e6, articles, texts.count))
print(String(format: "  time             %.3f s CPU, %.3f s wall", cpuSeconds, seconds))
print(String(format: "  throughput       %.1f MB/s of CPU time, %.0f articles/s", throughput, Double(articles) / cpuSeconds))
print(String(format: "  claims found     %d (%.1f per article)", claims, Double(claims) / Double(articles)))
print(String(format: "  peak resident    %.1f MB (%.1f MB after warm-up)", peakResidentMegabytes(), residentBefore))
