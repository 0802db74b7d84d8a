import ClaimKit
import Foundation

// Ingest throughput per format, in release mode:
//     swift run -c release crosscheck-ingest-bench [MEGABYTES]
// Large documents are built from the ingest test fixtures by repeating
// their bodies (an HTML page's article paragraphs, a Markdown body, a
// feed's items) to about MEGABYTES (default 4) and to four times that;
// each is read into articles (ingest only, no extraction). Equal rates at
// both sizes show the ingest is linear.

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 4
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Tests/ClaimKitTests/Fixtures/Ingest")

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("crosscheck-ingest-bench: \(message)\n".utf8))
    exit(1)
}

func fixture(_ name: String) -> String {
    guard let text = try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8) else {
        fail("cannot read the fixture \(name) in \(fixtures.path)")
    }
    return text
}

/// `text` with the part between `start` and `end` repeated until the
/// whole is about `bytes` long.
func grown(_ text: String, repeatingFrom start: String, to end: String, bytes: Int) -> String {
    guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex)
    else { fail("the fixture lacks \(start)…\(end)") }
    let body = String(text[open.upperBound..<close.lowerBound])
    let copies = max(1, bytes / max(body.utf8.count, 1))
    return String(text[..<open.upperBound]) + String(repeating: body, count: copies) + String(text[close.lowerBound...])
}

func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let loader: ArticleLoader
do {
    loader = ArticleLoader(lexicon: try Lexicon.bundled())
} catch {
    fail("\(error)")
}

struct Input {
    var name: String
    var path: String
    var build: (Int) -> String
}

let inputs = [
    Input(name: "HTML page", path: "page.html") { bytes in
        grown(fixture("page.html"), repeatingFrom: "class=\"article-body\">", to: "</div>\n      <aside", bytes: bytes)
    },
    Input(name: "Markdown", path: "article.md") { bytes in
        grown(fixture("article.md"), repeatingFrom: "# Ministry says new rail link to Vessby will open in spring\n", to: "Reporting by", bytes: bytes)
    },
    Input(name: "RSS feed", path: "feed.xml") { bytes in
        grown(fixture("feed-rss.xml"), repeatingFrom: "type=\"application/rss+xml\"/>", to: "  </channel>", bytes: bytes)
    },
]

print("ingest benchmark (one core, release build, ingest only)")
for input in inputs {
    var rates: [String] = []
    for scale in [1.0, 4.0] {
        let data = Data(input.build(Int(megabytes * scale * 1_000_000)).utf8)
        _ = try? loader.articles(fromBytes: data, path: input.path)  // warm-up: code pages fault in
        let start = threadCPUSeconds()
        let articles: [Article]
        do {
            articles = try loader.articles(fromBytes: data, path: input.path)
        } catch {
            fail("\(input.name): \(error)")
        }
        let seconds = threadCPUSeconds() - start
        let blocks = articles.reduce(0) { $0 + $1.blocks.count }
        rates.append(String(format: "%5.1f MB in %.3f s = %6.1f MB/s (%d articles, %d blocks)",
            Double(data.count) / 1e6, seconds, Double(data.count) / 1e6 / seconds, articles.count, blocks))
    }
    print("  \(input.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(rates.joined(separator: "\n             "))")
}
