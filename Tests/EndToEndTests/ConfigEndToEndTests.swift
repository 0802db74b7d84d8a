import Foundation
import Testing

/// What the reader remembers between runs: the config file (theme,
/// reviewer, key bindings; `t` writes the theme back) and where it was in
/// each article.
@Suite(
    "Remembered between runs", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it to run the terminal tests"))
struct ConfigEndToEndTests {
    static let article = Binary.packageRoot.appendingPathComponent("Sources/crosscheck/Samples/01-harwick-plant-closure.txt").path

    @Test("the config's reviewer and bindings apply; t keeps the theme; the next run starts where this one ended")
    func remembered() throws {
        let sandbox = try Sandbox()
        let config = try sandbox.write(
            "config/crosscheck/config.toml",
            "# my reader\ntheme = \"light\"\nreviewer = \"ana\"\n\n[bind]\n\"C-n\" = \"next-claim\"\n\"x\" = \"none\"\n")
        var session = try TmuxSession(sandbox: sandbox, arguments: [Self.article])
        try session.waitFor("Claims")
        try session.send("C-n")
        try session.send("C-n")
        try session.waitFor("claim 3/")
        try session.send("x")
        try session.waitFor("x does nothing here")
        try session.send("v")
        try session.waitFor("c3 marked verified")
        try session.send("t")
        let shown = try session.waitFor("theme: ") { $0.contains("(kept in ") }
        let picked = try #require(
            shown.components(separatedBy: "theme: ").last?.components(separatedBy: " (kept").first)
        #expect(picked != "light")
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")
        session.close()

        let written = try String(contentsOf: config, encoding: .utf8)
        #expect(written.hasPrefix("# my reader\ntheme = \"\(picked)\"\nreviewer = \"ana\"\n"), "\(written)")
        #expect(written.contains("\"C-n\" = \"next-claim\""))
        let marks = try runCrosscheck(["marks", "--format", "json", Self.article], sandbox: sandbox)
        #expect(marks.output.contains("\"markedBy\" : \"ana\"") || marks.output.contains("\"markedBy\": \"ana\""), "\(marks.output)")

        session = try TmuxSession(sandbox: sandbox, arguments: [Self.article])
        defer { session.close() }
        let screen = try session.waitFor("claim 3/")
        #expect(!screen.contains("built-in theme in use"), "the kept theme is found again")
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")
    }

    @Test("a wrong line in the config is named on the status line, and the rest applies")
    func brokenLine() throws {
        let sandbox = try Sandbox()
        try sandbox.write("config/crosscheck/config.toml", "reviewer = \"ana\"\n[bind]\n\"C-n\" = \"nxet-claim\"\n")
        let session = try TmuxSession(sandbox: sandbox, arguments: [Self.article])
        defer { session.close() }
        try session.waitFor("config.toml, line 3: unknown action 'nxet-claim'")
        try session.send("v")
        try session.waitFor("c1 marked verified")
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")
        let mark = try runCrosscheck(["mark", Self.article, "c2", "false"], sandbox: sandbox)
        #expect(mark.status == 0)
        #expect(mark.error.contains("config.toml, line 3: unknown action 'nxet-claim'"))
        let marks = try runCrosscheck(["marks", Self.article], sandbox: sandbox)
        #expect(marks.output.split(separator: "\n").filter { $0.contains(" ana ") }.count == 2, "\(marks.output)")
    }
}
