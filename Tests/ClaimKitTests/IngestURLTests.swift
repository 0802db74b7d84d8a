import Foundation
import Testing

@testable import ClaimKit

/// Python's `http.server` serving a folder on 127.0.0.1 at a port the
/// system picks; these tests never leave the machine. The server runs
/// until its standard input closes, which `stop()` does and which also
/// happens if the tests die, so no server outlives them. (A signal would
/// not do: the test threads block SIGTERM, and a child inherits that.)
private final class LoopbackServer {
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// Serves the folder; `/redirect?to=TARGET` answers 302 to TARGET.
    private static let script = """
        import functools, http.server, sys, threading, urllib.parse
        class Handler(http.server.SimpleHTTPRequestHandler):
            def do_GET(self):
                if self.path.startswith("/redirect?to="):
                    self.send_response(302)
                    self.send_header("Location", urllib.parse.unquote(self.path[len("/redirect?to="):]))
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    super().do_GET()
        handler = functools.partial(Handler, directory=sys.argv[1])
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        print(server.server_address[1], flush=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        sys.stdin.read()
        """

    let root: URL
    let port: Int
    private let process = Process()
    private let input = Pipe()

    init(serving files: [String: Data]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (name, data) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        process.executableURL = URL(fileURLWithPath: try #require(LoopbackServer.python))
        process.arguments = ["-u", "-c", LoopbackServer.script, root.path]
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is the port it listens on.
        var banner = ""
        while !banner.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            banner += String(decoding: chunk, as: UTF8.self)
        }
        guard let port = Int(banner.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            try? input.fileHandleForWriting.close()
            throw ServerDidNotStart(banner: banner)
        }
        self.port = port
    }

    func address(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: root)
    }

    struct ServerDidNotStart: Error, CustomStringConvertible {
        var banner: String
        var description: String { "the loopback server did not start: \(banner)" }
    }
}

@Suite(
    "URL ingest",
    .enabled(if: LoopbackServer.python != nil, "python3 is not on PATH, so no loopback server can serve the fixtures")
)
struct IngestURLTests {
    private let fetcher = URLFetcher(timeout: 10)

    private func withServer(_ files: [String: Data], _ body: (LoopbackServer) throws -> Void) throws {
        let server = try LoopbackServer(serving: files)
        defer { server.stop() }
        try body(server)
    }

    @Test("an HTML page by URL gives its article, with the URL as path")
    func page() throws {
        try withServer(["news/port.html": try IngestFixtures.data("page.html")]) { server in
            let address = server.address("news/port.html")
            let articles = try IngestFixtures.loader(fetcher: fetcher).load(address)
            #expect(articles.count == 1)
            #expect(articles.first?.title == "Larsholm port says grain shipments have resumed")
            #expect(articles.first?.path == address)
            #expect(articles.first?.text.contains("Share on") == false)
        }
    }

    @Test("a feed URL gives one article per entry")
    func feed() throws {
        try withServer(["feed.xml": try IngestFixtures.data("feed-rss.xml")]) { server in
            let articles = try IngestFixtures.loader(fetcher: fetcher).load(server.address("feed.xml"))
            #expect(articles.count == 3)
            #expect(articles.last?.path == server.address("feed.xml") + "#3")
        }
    }

    @Test("redirects are followed")
    func redirect() throws {
        try withServer(["story/index.html": try IngestFixtures.data("page-divs.html")]) { server in
            // The server answers a folder without its slash with a 301 to the slash.
            let article = try #require(try IngestFixtures.loader(fetcher: fetcher).load(server.address("story")).first)
            #expect(article.title == "Bridge repairs to take another year")
        }
    }

    @Test("a redirect to a local file is not followed; the redirect is the answer")
    func redirectToFile() throws {
        try withServer(["index.html": Data("<p>home</p>".utf8)]) { server in
            let address = server.address("redirect?to=file:///etc/hostname")
            #expect(throws: ClaimKitError.unreadable(path: address, reason: "HTTP 302 Found")) {
                try IngestFixtures.loader(fetcher: fetcher).load(address)
            }
        }
    }

    @Test("the content is sniffed when the server does not say what it sends")
    func sniffing() throws {
        try withServer(["latest": try IngestFixtures.data("feed-atom.xml"), "note.md": try IngestFixtures.data("article.md")]) {
            server in
            let entries = try IngestFixtures.loader(fetcher: fetcher).load(server.address("latest"))
            #expect(entries.map(\.title) == ["Dam operator says water levels are safe", "Mayor rejects claims of budget shortfall"])
            let note = try #require(try IngestFixtures.loader(fetcher: fetcher).load(server.address("note.md")).first)
            #expect(note.title == "Ministry says new rail link to Vessby will open in spring")
        }
    }

    @Test("HTTP 404 is one line naming the URL and the status")
    func notFound() throws {
        try withServer(["index.html": Data("<p>home</p>".utf8)]) { server in
            let address = server.address("missing.html")
            let error = try #require(throws: ClaimKitError.self) { try IngestFixtures.loader(fetcher: fetcher).load(address) }
            #expect(error.description.hasPrefix("\(address): cannot read: HTTP 404"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("an unreachable address is one line naming the URL and the reason")
    func unreachable() throws {
        let server = try LoopbackServer(serving: [:])
        let address = server.address("gone.html")
        server.stop()
        #expect(throws: ClaimKitError.unreadable(path: address, reason: "connection refused")) {
            try IngestFixtures.loader(fetcher: fetcher).load(address)
        }
    }

    @Test("a response over the size cap is refused, not read into memory")
    func sizeCap() throws {
        try withServer(["big.html": try IngestFixtures.data("page.html")]) { server in
            let small = URLFetcher(timeout: 10, maximumBytes: 1000)
            let address = server.address("big.html")
            #expect(throws: ClaimKitError.unreadable(path: address, reason: "the response is larger than 1000 bytes")) {
                try IngestFixtures.loader(fetcher: small).load(address)
            }
        }
    }

    @Test("an address without a host is refused before any connection")
    func invalidAddress() {
        #expect(throws: ClaimKitError.unreadable(path: "http://", reason: "not a valid web address")) {
            try IngestFixtures.loader(fetcher: fetcher).load("http://")
        }
    }
}
