import ClaimKit
import ClaimStore
import Foundation
import ReaderCore
import ReaderStore

// Reader speed, in release mode:
//     swift run -c release crosscheck-reader-bench
// Prints the time from start to the first full frame for a 3,000-word
// article, and key-to-frame times (update + render + diff against the
// previous frame) for n, j and a mark on a 10,000-word article (about
// 640 claims) at 200x60 and at 80x24, the mark both in memory and
// committed to an SQLite mark store in a temporary folder (the store's
// commit is part of the key's time); then how long an idle tick takes to
// notice a mark another process wrote and draw it.
// The articles are generated from sentences written for this benchmark.
// With --library N: a folder of N articles opened, cold and from the
// parse cache, each in a process of its own (see LibraryBench.swift).

let libraryArguments = CommandLine.arguments
if let flag = libraryArguments.firstIndex(of: "--library-run"), libraryArguments.count > flag + 3 {
    try LibraryBench.runOnce(
        phase: libraryArguments[flag + 1], folder: libraryArguments[flag + 2], database: libraryArguments[flag + 3])
    exit(0)
}
if let flag = libraryArguments.firstIndex(of: "--library") {
    var keep: String?
    if let option = libraryArguments.firstIndex(of: "--keep"), libraryArguments.indices.contains(option + 1) {
        keep = libraryArguments[option + 1]
    }
    guard libraryArguments.indices.contains(flag + 1), let count = Int(libraryArguments[flag + 1]), count > 0 else {
        print("usage: crosscheck-reader-bench [--library N [--keep DIR]]")
        exit(2)
    }
    try LibraryBench.run(count: count, keep: keep)
    exit(0)
}

/// Sentences in wire-report style, with attributions, hedges and denials
/// so the parser finds claims, sources and denials as in real copy.
let sentences = [
    "The regional council approved a budget of %d million for the new tram line on Tuesday, its chair said.",
    "According to the transport ministry, the line will carry %d passengers a day once it opens.",
    "Residents of the eastern district reportedly fear the works will close shops for months.",
    "The contractor, Belgrave Works, denied that the project was %d weeks behind schedule.",
    "\"We have never missed a deadline on a public contract,\" said Irene Castell, the firm's director.",
    "Engineers allegedly warned in March that the bridge section needed %d more piles.",
    "Opposition councillors said the cost had risen by %d percent since the plan was first approved.",
    "The mayor's office rejected the claim as misleading and said the figures included inflation.",
    "Local traders told reporters that deliveries had fallen by a third during the first phase.",
    "A spokesperson for the council said compensation of up to %d euros would be offered to each shop.",
    "The city's audit office is expected to publish its review of the contract in the autumn.",
    "Officials familiar with the talks said a second contractor might be brought in to speed up work.",
]

func article(words target: Int) -> String {
    var paragraphs: [String] = []
    var paragraph: [String] = []
    var words = 0
    var index = 0
    while words < target {
        let sentence = String(format: sentences[index % sentences.count], 10 + index * 7 % 990)
        paragraph.append(sentence)
        words += sentence.split(separator: " ").count
        index += 1
        if paragraph.count == 4 {
            paragraphs.append(paragraph.joined(separator: " "))
            paragraph = []
        }
    }
    if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
    return "Council approves tram budget as costs and questions grow\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
}

func milliseconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func percentile95(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
}

let clock = ContinuousClock()
let shortText = article(words: 3000)
let longText = article(words: 10000)

// Start to first full frame: the parser (lexicons included), the article
// parsed, the marks read, the layout, the first frame and its full diff.
var startTimes: [Double] = []
var claimsInShort = 0
for _ in 0..<15 {
    let start = clock.now
    let parser = try ClaimParser()
    let analysis = parser.parse(text: shortText, path: "bench-3000.txt")
    let state = ReaderState(analyses: [analysis], store: InMemoryMarkBook(), width: 200, height: 60)
    let frame = state.render()
    let cells = FrameDiff.changedCells(from: nil, to: frame)
    startTimes.append(milliseconds(clock.now - start))
    precondition(!cells.isEmpty)
    claimsInShort = analysis.claims.count
}

let parser = try ClaimParser()
let analysis = parser.parse(text: longText, path: "bench-10000.txt")
var state = ReaderState(analyses: [analysis], store: InMemoryMarkBook(), width: 200, height: 60)
var previous = state.render()

/// Times one key: update, render and the diff against the frame before.
@MainActor func timeKey(_ key: Key, repeats: Int, between: Key? = nil) -> (median: Double, p95: Double, cells: Int) {
    var times: [Double] = []
    var changed: [Int] = []
    for _ in 0..<repeats {
        if let between {
            state.handle(.key(between))
            previous = state.render()
        }
        let start = clock.now
        state.handle(.key(key))
        let frame = state.render()
        let cells = FrameDiff.changedCells(from: previous, to: frame)
        times.append(milliseconds(clock.now - start))
        changed.append(cells.count)
        previous = frame
    }
    return (median(times), percentile95(times), Int(median(changed.map(Double.init))))
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-reader-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: folder) }
/// A fresh database for each measurement, so every mark is a new one
/// (marking a claim as it already is writes nothing).
@MainActor func freshDatabase(_ name: String) throws -> String {
    let path = folder.appendingPathComponent("\(name).sqlite").path
    try MarkStore(path: path).register(analysis, origin: "bench-10000.txt")
    return path
}

/// The key figures at one screen size.
@MainActor func keyFigures(width: Int, height: Int) throws -> [(String, (median: Double, p95: Double, cells: Int))] {
    state = ReaderState(analyses: [analysis], store: InMemoryMarkBook(), width: width, height: height)
    previous = state.render()
    var results: [(String, (median: Double, p95: Double, cells: Int))] = [
        ("n (next claim)", timeKey(.character("n"), repeats: min(300, max(1, analysis.claims.count - 1)))),
        ("j (scroll a line)", timeKey(.character("j"), repeats: 300)),
        ("v (mark verified, in-memory store)", timeKey(.character("v"), repeats: 200, between: .character("n"))),
    ]
    state = ReaderState(
        analyses: [analysis],
        store: StoreMarkBook(store: try MarkStore(path: try freshDatabase("\(width)x\(height)")), author: "bench"),
        width: width, height: height)
    previous = state.render()
    results.append(("v (mark verified, SQLite store)", timeKey(.character("v"), repeats: 200, between: .character("n"))))
    return results
}

func printFigures(_ results: [(String, (median: Double, p95: Double, cells: Int))]) {
    for (name, result) in results {
        print(
            String(
                format: "  %-36@ median %.3f ms, p95 %.3f ms, %d cells repainted (median)", name as NSString,
                result.median, result.p95, result.cells))
    }
}

let words = { (text: String) in text.split { $0 == " " || $0 == "\n" }.count }
print("crosscheck-reader-bench (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
print(
    String(
        format: "start to first full frame, %d-word article (%d claims), 200x60: median %.2f ms, p95 %.2f ms",
        words(shortText), claimsInShort, median(startTimes), percentile95(startTimes)))

// Start to first frame of the long article on a small terminal.
var smallStarts: [Double] = []
for _ in 0..<15 {
    let start = clock.now
    let parsed = try ClaimParser().parse(text: longText, path: "bench-10000.txt")
    let small = ReaderState(analyses: [parsed], store: InMemoryMarkBook(), width: 80, height: 24)
    precondition(!FrameDiff.changedCells(from: nil, to: small.render()).isEmpty)
    smallStarts.append(milliseconds(clock.now - start))
}
print(
    String(
        format: "start to first full frame, %d-word article (%d claims), 80x24: median %.2f ms, p95 %.2f ms",
        words(longText), analysis.claims.count, median(smallStarts), percentile95(smallStarts)))

for (width, height) in [(200, 60), (80, 24)] {
    print("key to frame (update + render + diff), \(words(longText))-word article (\(analysis.claims.count) claims), \(width)x\(height):")
    printFigures(try keyFigures(width: width, height: height))
}

// Another writer's mark: committed through a second connection, then
// noticed by the reader's idle tick (data_version, marks read again,
// frame drawn). The tick comes every ReaderEvent.idleInterval ms.
let databasePath = try freshDatabase("shared")
let other = try MarkStore(path: databasePath)
state = ReaderState(
    analyses: [analysis], store: StoreMarkBook(store: try MarkStore(path: databasePath), author: "bench"), width: 80,
    height: 24)
previous = state.render()
var noticeTimes: [Double] = []
var quietTimes: [Double] = []
for (number, claim) in analysis.claims.prefix(100).enumerated() {
    try other.setMark(
        article: analysis.article.fingerprint, claim: claim.fingerprint, status: number % 2 == 0 ? .false : .verified,
        note: nil, author: "ben")
    var start = clock.now
    precondition(state.handle(.idle) == nil, "the idle tick missed the other writer's mark")
    previous = state.render()
    noticeTimes.append(milliseconds(clock.now - start))
    start = clock.now
    precondition(state.handle(.idle) == .unchanged)
    quietTimes.append(milliseconds(clock.now - start))
}
print(
    String(
        format:
            "another writer's mark, %d-claim article, 80x24: idle tick every %d ms; noticing and drawing it median %.3f ms, p95 %.3f ms; a tick with nothing new median %.3f ms",
        analysis.claims.count, ReaderEvent.idleInterval, median(noticeTimes), percentile95(noticeTimes), median(quietTimes)))
