import ClaimKit
import ClaimStore
import Foundation
import ReaderStore

// Release-mode figures for the article library in the marks database:
//   swift run -c release crosscheck-library-bench [ARTICLES_FOLDER] [--sizes 1000,10000] [--samples 20]
// Builds libraries of 1,000 and 10,000 articles from real ones (PolNeAR's
// train texts by default: 840 articles) and prints, for each, the time to
// add one more article (store only, and parse and store) and the time the
// reader takes to look an article's claims up across the library when it
// opens the corroboration view (matches, denials and their marks).
// Articles past the folder's count are variants: a third of the words of
// each are replaced by words of the same length (letters rotated by the
// variant's number), so claims stay in place and the vocabulary grows.

func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// Replaces a third of the words of a text (chosen by a hash of the word
/// and `copy`) by the same letters rotated `copy` places: offsets do not move.
func rotated(_ text: String, copy: Int) -> String {
    guard copy > 0 else { return text }
    var scalars = Array(text.unicodeScalars)
    var start = 0
    func finish(_ end: Int) {
        guard end > start else { return }
        let word = scalars[start..<end]
        let hash = word.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1.value)) &* 0x100_0000_01b3 }
        guard (hash ^ UInt64(copy) &* 0x9E37_79B9_7F4A_7C15) % 3 == 0 else { return }
        for index in start..<end {
            let value = scalars[index].value
            let base: UInt32 = value >= 97 ? 97 : 65
            scalars[index] = Unicode.Scalar(base + (value - base + UInt32(copy % 25 + 1)) % 26)!
        }
    }
    for (index, scalar) in scalars.enumerated() {
        let isLetter = (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
        if !isLetter {
            finish(index)
            start = index + 1
        }
    }
    finish(scalars.count)
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
}

/// Variant `copy` of an analysis, as a different article at `path`.
func variant(_ analysis: Analysis, copy: Int, path: String) -> Analysis {
    let old = analysis.article
    let article = Article(
        title: copy == 0 ? old.title : "\(rotated(old.title, copy: copy)) (\(copy))", path: path,
        text: rotated(old.text, copy: copy), blocks: old.blocks, warnings: old.warnings, metadata: old.metadata)
    var claims = analysis.claims
    for index in claims.indices { claims[index].text = article.substring(claims[index].range) }
    var denials = analysis.denials
    for index in denials.indices { denials[index].text = article.substring(denials[index].range) }
    return Analysis(article: article, claims: claims, sources: analysis.sources, denials: denials)
}

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(flag...(flag + 1)) }
    return arguments[flag + 1]
}
let sizes = option("--sizes").map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1_000, 10_000]
let samples = option("--samples").flatMap { Int($0) } ?? 20
let folder = arguments.first ?? "../shared/polnear/train/text"
guard FileManager.default.fileExists(atPath: folder) else {
    FileHandle.standardError.write(Data("crosscheck-library-bench: \(folder) not found; give a folder of articles\n".utf8))
    exit(1)
}

let parser = try ClaimParser()
let loader = ArticleLoader(lexicon: parser.lexicon)
let articles = try loader.load(folder, skipped: { _ in })
let base = articles.map(parser.analyze)
print("read \(base.count) articles, \(base.reduce(0) { $0 + $1.claims.count }) claims from \(folder)")
print("articles   claims  build s  DB MB  add ms (store)  add ms (parse+store)  corroboration ms  (kept)  matches  peak MB")
for size in sizes {
    let folderURL = FileManager.default.temporaryDirectory.appendingPathComponent("library-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folderURL) }
    let path = folderURL.appendingPathComponent("crosscheck.sqlite").path
    let marks = try MarkStore(path: path)
    let library = ArticleStore(sharing: marks)
    var claims = 0
    let build = try milliseconds {
        for index in 0..<size {
            let analysis = variant(base[index % base.count], copy: index / base.count, path: "/bench/\(index).txt")
            claims += analysis.claims.count
            try library.store(
                analysis, fingerprint: ArticleStore.contentFingerprint(of: analysis.article), parserVersion: parser.version,
                origin: analysis.article.path)
        }
    }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    // New articles: variants no library article is.
    var storeTimes: [Double] = []
    var parseAndStoreTimes: [Double] = []
    for sample in 0..<samples {
        let index = size + sample
        let source = index % base.count
        let analysis = variant(base[source], copy: index / base.count + 1_000, path: "/bench/new-\(index).txt")
        storeTimes.append(
            try milliseconds {
                try library.store(
                    analysis, fingerprint: ArticleStore.contentFingerprint(of: analysis.article),
                    parserVersion: parser.version, origin: analysis.article.path)
            })
        let article = articles[source]
        parseAndStoreTimes.append(
            try milliseconds {
                let parsed = parser.analyze(article)
                try library.store(
                    parsed, fingerprint: ArticleStore.contentFingerprint(of: parsed.article) + "-\(sample)",
                    parserVersion: parser.version, origin: "/bench/parsed-\(index).txt")
            })
    }
    // What opening an article's corroboration view reads: every claim's
    // matches and denials across the library, with their marks.
    let book = LibraryCorroborationBook(library: library, marks: marks, reparse: { _ in throw CocoaError(.fileNoSuchFile) })
    // "(kept)": the same article once the library holds it, as the reader
    // holds what it opens (its parse cache is the library).
    var lookupTimes: [Double] = []
    var keptLookupTimes: [Double] = []
    var matches = 0
    for sample in 0..<samples {
        let analysis = variant(base[(sample * 37) % base.count], copy: sample % max(1, size / base.count), path: "/bench/open.txt")
        lookupTimes.append(try milliseconds { matches += try book.corroboration(of: analysis).reduce(0) { $0 + $1.count } })
        try library.store(
            analysis, fingerprint: ArticleStore.contentFingerprint(of: analysis.article), parserVersion: parser.version,
            origin: analysis.article.path)
        keptLookupTimes.append(try milliseconds { _ = try book.corroboration(of: analysis) })
    }
    print(
        String(
            format: "%8d %8d %8.1f %6.0f %15.1f %21.1f %17.1f %7.1f %8d %8.0f", size, claims, build / 1000,
            Double(bytes) / 1_048_576, median(storeTimes), median(parseAndStoreTimes), median(lookupTimes),
            median(keptLookupTimes), matches / samples, peakMegabytes()))
}
