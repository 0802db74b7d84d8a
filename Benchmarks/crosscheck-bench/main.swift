import ClaimKit
import Foundation
import GeneratedLibrary

// Parse throughput and peak memory, in release mode:
//     swift run -c release crosscheck-bench [MEGABYTES]
// Articles come from the bundled samples, the project's annotated fixture
// corpora and, when present beside the project, ../shared/corpus; they are
// parsed over and over until at least MEGABYTES (default 10) of text has
// gone through ingest and extraction.
//
//     swift run -c release crosscheck-bench --scaling [--sizes 0.1,1,10,50] [--budget SECONDS]
// prints MB/s at each size for real articles and for every hostile input
// (see ScalingBench).
//
//     swift run -c release crosscheck-bench --write-folder N FOLDER [--words W]
// writes N generated wire reports of about W words (default 700, a
// 4 KB news article) into FOLDER, for timing `crosscheck parse FOLDER`.

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

if let name = option("--scaling-case") {
    ScalingBench.runCase(name, megabytes: Double(arguments.last!) ?? 1)
    exit(0)
}
if let count = option("--write-folder") {
    guard let count = Int(count), count > 0, let index = arguments.firstIndex(of: "--write-folder"),
        index + 2 < arguments.count
    else { fail("usage: crosscheck-bench --write-folder N FOLDER [--words W]") }
    let folder = URL(fileURLWithPath: arguments[index + 2])
    let words = option("--words").flatMap(Int.init) ?? 700
    do {
        let paths = try GeneratedLibrary.write(count: count, words: words, into: folder)
        let bytes = try paths.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0) }
        print(String(format: "wrote %d articles, %.1f MB, into %@", paths.count, Double(bytes) / 1e6, folder.path))
    } catch {
        fail("cannot write \(folder.path): \(error)")
    }
    exit(0)
}
if arguments.contains("--scaling") {
    let sizes = (option("--sizes") ?? "0.1,1,10,50").split(separator: ",").compactMap { Double($0) }
    ScalingBench.run(sizes: sizes, budget: option("--budget").flatMap(Double.init) ?? 60)
    exit(0)
}

let megabytes = arguments.first.flatMap(Double.init) ?? 10
let texts = BenchArticles.texts(includingPolNeAR: false)
guard !texts.isEmpty else { fail("no article texts found") }

let parser: ClaimParser
do {
    parser = try ClaimParser()
} catch {
    fail("\(error)")
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
