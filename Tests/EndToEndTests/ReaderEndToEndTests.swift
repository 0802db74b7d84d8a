import Foundation
import ReaderCore
import Testing

/// The real binary in a real (tmux) terminal. Skipped only where tmux is
/// missing; `.ci/run` installs it.
@Suite("The reader in a terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it to run the terminal tests"))
struct ReaderEndToEndTests {
    /// Opens the reader, waits for its first screen, runs `body`, then
    /// quits with q and checks the terminal settings came back unchanged.
    func withReader(
        _ arguments: [String] = [], in sandbox: Sandbox? = nil, environment: [String: String] = [:],
        _ body: (TmuxSession) throws -> Void
    ) throws {
        let session = try TmuxSession(sandbox: sandbox ?? Sandbox(), arguments: arguments, environment: environment)
        defer { session.close() }
        try session.waitFor("Claims")
        try body(session)
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")
        let settings = try session.terminalSettings()
        #expect(settings.before == settings.after)
    }

    @Test("opens the samples, n moves to the third claim, q quits and restores the terminal")
    func openAndNavigate() throws {
        try withReader { session in
            try session.send("n")
            try session.send("n")
            try session.waitFor("claim 3/")
        }
    }

    @Test("a mark is kept: n to the third claim, v, quit, reopen, and it is verified")
    func markSurvivesQuitting() throws {
        let sandbox = try Sandbox()
        try withReader(in: sandbox) { session in
            try session.send("n")
            try session.send("n")
            try session.waitFor("claim 3/")
            try session.send("v")
            try session.waitFor("c3 marked verified")
        }
        try withReader(in: sandbox) { session in
            // Waited for whole: a capture can catch a frame half drawn.
            try session.waitFor("c3 verified, counted, and only c3") { $0.contains("✓ c3") && $0.contains("✓1") && $0.contains("· c1") }
        }
    }

    @Test("a mark on screen is on disk: killing the reader right after loses nothing")
    func markSurvivesKill() throws {
        let sandbox = try Sandbox()
        let session = try TmuxSession(sandbox: sandbox, arguments: [])
        defer { session.close() }
        try session.waitFor("Claims")
        try session.send("x")
        try session.waitFor("c1 marked false")
        kill(try session.readerProcess(), SIGKILL)
        try session.waitFor("[crosscheck exited 137]")
        try withReader(in: sandbox) { session in
            try session.waitFor("c1 false, and counted") { $0.contains("✗ c1") && $0.contains("✗1") }
        }
    }

    /// The parameters of every SGR sequence (`ESC [ ... m`) in a capture.
    static func graphicParameters(_ screen: String) -> [[Int]] {
        var result: [[Int]] = []
        var rest = screen[...]
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" { result.append(rest[..<end].split(separator: ";").compactMap { Int($0) }) }
            rest = rest[end...]
        }
        return result
    }

    /// Whether an SGR sequence sets a colour (30–37, 38, 40–47, 48, 90–97, 100–107).
    static func setsColour(_ parameters: [Int]) -> Bool {
        parameters.contains { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0) }
    }

    @Test("the theme's colours reach the terminal; with NO_COLOR only attributes do")
    func colours() throws {
        try withReader { session in
            let sequences = Self.graphicParameters(try session.capture(escapes: true))
            #expect(sequences.contains(where: Self.setsColour), "the dark theme draws in colour")
        }
        try withReader(environment: ["NO_COLOR": "1"]) { session in
            let sequences = Self.graphicParameters(try session.capture(escapes: true))
            #expect(!sequences.contains(where: Self.setsColour), "NO_COLOR draws no colour")
            #expect(sequences.contains { $0.contains(7) }, "the status line is still set apart, in reverse")
            #expect(sequences.contains { $0.contains(4) }, "claims are still underlined")
        }
    }

    @Test("a broken theme file is named with its line, and the reader starts on the built-in theme")
    func brokenTheme() throws {
        let sandbox = try Sandbox()
        try sandbox.write("config/crosscheck/themes/sepia.toml", "name = \"sepia\"\n[claim]\nfg = \"purpulish\"\n")
        try withReader(["--theme", "sepia"], in: sandbox) { session in
            try session.waitFor("built-in theme in use: sepia.toml, line 3")
            try session.send("t")
            try session.waitFor("theme: dark")
        }
    }

    @Test("a locale that is not UTF-8 gets ASCII lines")
    func asciiLocale() throws {
        try withReader(environment: ["LANG": "C", "LC_ALL": "C"]) { session in
            let screen = try session.capture()
            #expect(!screen.contains("│"))
            #expect(screen.contains("|"))
            #expect(screen.contains("- Claims"))
        }
    }

    @Test("resizing to 60x20 and back redraws at once")
    func resize() throws {
        try withReader { session in
            try session.resize(width: 60, height: 20)
            let narrow = try session.waitFor("the tab row") { $0.contains("Src ") && !$0.contains("Sources ") }
            #expect(narrow.split(separator: "\n").count <= 20)
            try session.resize(width: 30, height: 8)
            try session.waitFor("too small")
            try session.resize(width: 120, height: 40)
            try session.waitFor("the stacked panes") { $0.contains("Sources ") && $0.contains("Denials ") }
        }
    }

    @Test("? lists every action of the action table")
    func help() throws {
        try withReader { session in
            try session.send("?")
            let screen = try session.waitFor("Help")
            let words = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for binding in ActionTable.bindings {
                #expect(words.contains(binding.help), "the help screen lacks \(binding.action)")
            }
            try session.send("q")
            try session.waitFor("the reader again") { !$0.contains("Help:") && $0.contains("Claims") }
        }
    }

    @Test("Ctrl-C quits and leaves the terminal settings as they were")
    func controlC() throws {
        let sandbox = try Sandbox()
        let session = try TmuxSession(sandbox: sandbox, arguments: [])
        defer { session.close() }
        try session.waitFor("Claims")
        try session.send("n")
        try session.send("C-c")
        try session.waitFor("[crosscheck exited 0]")
        let settings = try session.terminalSettings()
        #expect(settings.before == settings.after)
    }

    @Test("SIGTERM, SIGHUP and crashes (SIGSEGV, SIGABRT) restore the terminal", arguments: [SIGTERM, SIGHUP, SIGSEGV, SIGABRT])
    func signals(_ signal: Int32) throws {
        let sandbox = try Sandbox()
        let session = try TmuxSession(sandbox: sandbox, arguments: [])
        defer { session.close() }
        try session.waitFor("Claims")
        kill(try session.readerProcess(), signal)
        try session.waitFor("[crosscheck exited \(128 + signal)]")
        let settings = try session.terminalSettings()
        #expect(settings.before == settings.after)
    }

    @Test("Ctrl-Z suspends to the shell and the reader comes back whole")
    func suspend() throws {
        let sandbox = try Sandbox()
        let session = try TmuxSession(sandbox: sandbox, arguments: [], jobControl: true)
        defer { session.close() }
        try session.waitFor("Claims")
        try session.send("C-z")
        try session.waitFor("Stopped")
        try session.type("fg")
        try session.send("Enter")
        try session.waitFor("the screen repainted") { $0.contains("Claims") && $0.contains("claim 1/") && !$0.contains("Stopped") }
        try session.send("n")
        try session.waitFor("claim 2/")
        try session.send("q")
        // `fg` resumed the reader alone, so back at the prompt nothing else prints.
        try session.waitFor("the shell again") { !$0.contains("claim 2/") && $0.contains("$ fg") }
    }

    @Test("an article's carriage returns and escapes never reach the screen")
    func hostileArticle() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.write(
            "hostile.txt",
            "Minister says bridge is safe\n\nThe bridge is safe, the minister said.\r[MARKED VERIFIED]\u{1B}[2K\u{1B}[1;1HOWNED\n")
        try withReader([article.path], in: sandbox) { session in
            let screen = try session.capture()
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first?.contains("Crosscheck") == true, "the title bar stays on the first line")
            #expect(!lines.contains { $0.hasPrefix("[MARKED VERIFIED]") && $0.contains("bridge is safe") })
            #expect(screen.contains("✓0"))
        }
    }
}

@Suite("The command line around the reader")
struct CommandLineTests {
    @Test("without a terminal the reader says so in one line and points to parse")
    func notATerminal() throws {
        let sandbox = try Sandbox()
        let result = try runCrosscheck([], sandbox: sandbox)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        let lines = result.error.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.error.contains("not a terminal"))
        #expect(result.error.contains("crosscheck parse"))
    }

    @Test("themes lists the shipped themes, a user theme first, and a broken one with its line")
    func themes() throws {
        let sandbox = try Sandbox()
        try sandbox.write("config/crosscheck/themes/paper.toml", "name = \"paper\"\n[text]\nfg = \"black\"\n")
        try sandbox.write("config/crosscheck/themes/broken.toml", "name = \"broken\"\n[claim]\nfg = \"purpulish\"\n")
        let result = try runCrosscheck(["themes"], sandbox: sandbox)
        #expect(result.status == 0)
        for name in ["dark", "light", "high-contrast", "mono", "paper"] {
            #expect(result.output.contains("\(name) "), "themes lacks \(name)")
        }
        #expect(result.output.contains("broken.toml  BROKEN: line 3"))
        #expect(result.output.contains("purpulish"))
    }

    @Test("an installed binary finds the themes shipped beside it")
    func installedThemes() throws {
        let sandbox = try Sandbox()
        let prefix = sandbox.root.appendingPathComponent("prefix")
        let bin = prefix.appendingPathComponent("bin")
        let shared = prefix.appendingPathComponent("share/crosscheck/themes")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: shared.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Binary.url, to: bin.appendingPathComponent("crosscheck"))
        try FileManager.default.copyItem(at: Binary.packageRoot.appendingPathComponent("Themes"), to: shared)
        let text = try Spawn.run(
            bin.appendingPathComponent("crosscheck").path, ["themes"], environment: sandbox.environment,
            captureOutput: true
        ).output
        let darkLine = text.split(separator: "\n").first { $0.contains("dark.toml") && !$0.contains("overridden") }
        #expect(darkLine?.contains(shared.path) == true, "dark should come from \(shared.path):\n\(text)")
    }
}
