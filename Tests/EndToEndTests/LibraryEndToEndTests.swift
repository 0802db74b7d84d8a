import Foundation
import GeneratedLibrary
import Testing

/// A folder of a few hundred articles in a real terminal: it opens at
/// once, is walked and marked while the rest are still being parsed, and
/// the parse cache keeps the analyses for the next run.
@Suite(
    "A large folder in the reader", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it to run the terminal tests"))
struct LibraryEndToEndTests {
    static let count = 200

    @Test("opens at once; the list is walked and a claim marked while the queue runs; nothing is lost; the cache keeps it")
    func walkWhileParsing() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.root.appendingPathComponent("desk")
        let paths = try GeneratedLibrary.write(count: Self.count, words: 250, into: folder)
        let session = try TmuxSession(sandbox: sandbox, arguments: [folder.path], width: 140, height: 40)
        defer { session.close() }
        // Waited for whole (a capture can catch a frame half drawn); the
        // first screen comes while the others are parsed.
        try session.waitFor("the first article, with the others being parsed") {
            $0.contains("Claims") && $0.contains(GeneratedLibrary.title(0)) && $0.contains("parsed ")
        }
        try session.send("l")
        try session.waitFor("Articles \(Self.count) (parsing ")
        for _ in 0..<5 { try session.send("j") }
        try session.send("Enter")
        try session.waitFor("article 6/\(Self.count)")
        try session.send("n")
        try session.waitFor("claim 2/")
        try session.send("v")
        let marked = try session.waitFor("c2 marked verified")
        #expect(marked.contains("parsed "), "marked while the queue still runs:\n\(marked)")
        try session.send("J")
        try session.waitFor("article 7/\(Self.count)")
        try session.send("K")
        try session.waitFor("article 6/\(Self.count)")
        try session.send("G")
        try session.send("l")
        try session.send("G")
        try session.send("Enter")
        try session.waitFor(GeneratedLibrary.title(Self.count - 1))
        // Every article parsed: the list has them all, the mark in its row.
        try session.send("l")
        let list = try session.waitFor("every article parsed") { $0.contains("Articles \(Self.count) · as opened") }
        #expect(!list.contains("(parsing"))
        try session.send("g")
        let top = try session.waitFor(GeneratedLibrary.title(5))
        let row = top.split(separator: "\n").first { $0.contains(GeneratedLibrary.title(5)) }
        #expect(row?.contains(" 1/") == true, "one claim checked: \(row ?? "")")
        try session.send("q")
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")

        let marks = try runCrosscheck(["marks", paths[5]], sandbox: sandbox)
        #expect(marks.status == 0)
        #expect(marks.output.contains("verified"), "\(marks.output)")
        let cache = try runCrosscheck(["cache"], sandbox: sandbox)
        #expect(cache.output.contains("parse cache: \(Self.count) analyses"), "\(cache.output)")

        // Opened again: read back from the cache, the mark still there.
        let again = try TmuxSession(sandbox: sandbox, arguments: [paths[5]], width: 140, height: 40)
        defer { again.close() }
        try again.waitFor("✓1")
        try again.send("q")
        try again.waitFor("[crosscheck exited 0]")

        let cleared = try runCrosscheck(["cache", "--clear"], sandbox: sandbox)
        #expect(cleared.output.contains("parse cache cleared: \(Self.count) analyses removed"), "\(cleared.output)")
        #expect(try runCrosscheck(["cache"], sandbox: sandbox).output.contains("parse cache: 0 analyses"))
        #expect(try runCrosscheck(["marks", paths[5]], sandbox: sandbox).output.contains("verified"), "marks stay")
    }

    @Test("the cache keeps no more than cache-size: the analyses used longest ago go first")
    func boundedCache() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.root.appendingPathComponent("desk")
        try GeneratedLibrary.write(count: 4, words: 300, into: folder)
        try sandbox.write("config/crosscheck/config.toml", "cache-size = \"1K\"\n")
        let session = try TmuxSession(sandbox: sandbox, arguments: [folder.path])
        defer { session.close() }
        try session.waitFor("Claims")
        try session.send("l")
        try session.waitFor("Articles 4 · as opened")
        try session.send("q")
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")
        let cache = try runCrosscheck(["cache"], sandbox: sandbox)
        #expect(cache.output.contains("parse cache: 0 analyses, 0.0 MiB of at most 1KiB"), "\(cache.output)")
    }
}
