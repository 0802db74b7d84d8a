import ClaimKit
import Foundation

// Ingest throughput per format, in release mode:
//     swift run -c release crosscheck-ingest-bench [MEGABYTES] [--only html|markdown|feed]
// Large documents are built from the ingest test fixtures by repeating
// their bodies (an HTML page's article paragraphs, a Markdown body, a
// feed's items) to about MEGABYTES (default 1) and to ten times that;
// each is read into articles (ingest only, no claim extraction). Equal
// rates at both sizes show the ingest is linear. With `../shared/html`
// beside the package, real web pages are read too: every page one after
// another, and the pages' bodies joined into one page of each size.

let arguments = Array(CommandLine.arguments.dropFirst())
let megabytes = arguments.first.flatMap(Double.init) ?? 1
let only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let fixtures = packageRoot.appendingPathComponent("Tests/ClaimKitTests/Fixtures/Ingest")
let sharedPages = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/html")

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
    var format: String
    var path: String
    var build: (Int) -> String
}

/// The pages of `../shared/html`, readability's then Dragnet's, in name order.
let realPages: [Data] = {
    var pages: [Data] = []
    let readability = sharedPages.appendingPathComponent("readability")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: readability.path))?.sorted() ?? [] {
        if let page = try? Data(contentsOf: readability.appendingPathComponent("\(name)/source.html")) { pages.append(page) }
    }
    let dragnet = sharedPages.appendingPathComponent("dragnet/input")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: dragnet.path))?.sorted() ?? [] {
        if let page = try? Data(contentsOf: dragnet.appendingPathComponent(name)) { pages.append(page) }
    }
    return pages
}()

/// One page of about `bytes` whose body is the bodies of real pages, one
/// after another (each in a `<div>`), as many as it takes.
func joinedRealPages(_ bytes: Int) -> String {
    var body = ""
    var pages = realPages.makeIterator()
    while body.utf8.count < bytes {
        guard let page = pages.next() else { break }
        let text = String(decoding: page, as: UTF8.self)
        guard let open = text.range(of: "<body"), let start = text[open.upperBound...].firstIndex(of: ">"),
            let close = text.range(of: "</body>", options: .backwards), start < close.lowerBound
        else { continue }
        body += "<div>" + text[text.index(after: start)..<close.lowerBound] + "</div>\n"
    }
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Real pages</title></head><body>\n" + body
        + "</body></html>\n"
}

var inputs = [
    Input(name: "HTML page", format: "html", path: "page.html") { bytes in
        grown(fixture("page.html"), repeatingFrom: "class=\"article-body\">", to: "</div>\n      <aside", bytes: bytes)
    },
    Input(name: "Markdown", format: "markdown", path: "article.md") { bytes in
        grown(fixture("article.md"), repeatingFrom: "# Ministry says new rail link to Vessby will open in spring\n", to: "Reporting by", bytes: bytes)
    },
    Input(name: "RSS feed", format: "feed", path: "feed.xml") { bytes in
        grown(fixture("feed-rss.xml"), repeatingFrom: "type=\"application/rss+xml\"/>", to: "  </channel>", bytes: bytes)
    },
]

let hasRealPages = FileManager.default.fileExists(atPath: sharedPages.appendingPathComponent("readability").path)
if hasRealPages {
    inputs.insert(Input(name: "real pages", format: "html", path: "page.html", build: joinedRealPages), at: 1)
}

func rate(_ bytes: Int, _ seconds: Double) -> String {
    String(format: "%5.1f MB in %.3f s = %6.1f MB/s", Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds)
}

print("ingest benchmark (one core, release build, ingest only)")
if hasRealPages && (only == nil || only == "html") {
    // Every page of ../shared/html, each read as a user's file would be.
    let pages = realPages
    for page in pages { _ = try? loader.articles(fromBytes: page, path: "page.html") }  // warm-up
    let start = threadCPUSeconds()
    var blocks = 0
    for page in pages { blocks += (try? loader.articles(fromBytes: page, path: "page.html"))?.first?.blocks.count ?? 0 }
    let seconds = threadCPUSeconds() - start
    let bytes = pages.reduce(0) { $0 + $1.count }
    print("  each page  \(rate(bytes, seconds)) (\(pages.count) pages of ../shared/html, \(blocks) blocks)")
}
for input in inputs where only == nil || only == input.format {
    var rates: [String] = []
    for scale in [1.0, 10.0] {
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
        rates.append("\(rate(data.count, seconds)) (\(articles.count) articles, \(blocks) blocks)")
    }
    print("  \(input.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(rates.joined(separator: "\n             "))")
}
