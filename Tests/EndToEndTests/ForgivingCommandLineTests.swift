import Foundation
import Testing

/// The command line for someone finding their way: help that starts with
/// reading, suggestions for a mistyped command, paths that cannot be read
/// listed while the rest open.
@Suite("Finding the way on the command line")
struct DiscoverableCommandLineTests {
    @Test("--help starts with opening articles and the reader's options, then the subcommands")
    func rootHelp() throws {
        let sandbox = try Sandbox()
        for flag in ["--help", "-h", "help"] {
            let result = try runCrosscheck([flag], sandbox: sandbox)
            #expect(result.status == 0)
            let help = result.output
            #expect(help.contains("USAGE: crosscheck [<paths> ...] [--theme <theme>] [--db <path>] [--as <name>]"))
            let options = try #require(help.range(of: "OPTIONS:"))
            let subcommands = try #require(help.range(of: "SUBCOMMANDS:"))
            #expect(options.lowerBound < subcommands.lowerBound, "the reader's options come first")
            for option in ["--theme", "--db", "--as"] {
                #expect(help[..<subcommands.lowerBound].contains(option), "\(option) is not listed")
            }
            #expect(help.contains("EXAMPLES:"))
            #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 }, "fits 80 columns")
        }
    }

    /// The subcommands `--help` lists.
    func subcommands(_ sandbox: Sandbox) throws -> [String] {
        let help = try runCrosscheck(["--help"], sandbox: sandbox).output
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:").last)
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return name == "See" ? nil : String(name)
        }
    }

    @Test("every subcommand's help has an example of it")
    func examples() throws {
        let sandbox = try Sandbox()
        let names = try subcommands(sandbox)
        #expect(names.count >= 6, "\(names)")
        for name in names + ["read"] {
            let help = try runCrosscheck([name, "--help"], sandbox: sandbox).output
            #expect(help.contains("Example"), "\(name) --help has no example")
            let command = name == "read" ? "crosscheck " : "crosscheck \(name)"
            #expect(
                help.split(separator: "\n").contains { $0.hasPrefix("  \(command)") }, "\(name)'s example does not run it")
        }
    }

    @Test("a mistyped command is named with the nearest ones, as a usage error")
    func suggestions() throws {
        let sandbox = try Sandbox()
        let marx = try runCrosscheck(["marx"], sandbox: sandbox)
        #expect(marx.status == 2)
        #expect(marx.error.split(separator: "\n").count == 1)
        #expect(marx.error.contains("'marx' is neither a command nor a file"))
        #expect(marx.error.contains("'crosscheck marks'"))
        let export = try runCrosscheck(["exprot"], sandbox: sandbox)
        #expect(export.error.contains("did you mean 'crosscheck export'?"))
    }
}

@Suite(
    "Opening what can be opened", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it to run the terminal tests"))
struct ForgivingPathsTests {
    static let article = "Port authority says grain exports doubled\n\nGrain exports doubled in spring, the port authority said on Thursday.\n"

    @Test("a missing path is listed and the rest open; the exit code is 0")
    func missingPathListed() throws {
        let sandbox = try Sandbox()
        let page = try sandbox.write("page.txt", Self.article)
        let missing = sandbox.root.appendingPathComponent("missing.txt").path
        let session = try TmuxSession(sandbox: sandbox, arguments: [missing, page.path], keepErrors: true)
        defer { session.close() }
        // Waited for whole: a capture can catch a frame half drawn.
        try session.waitFor("the article open and the missing path named") {
            $0.contains("Claims") && $0.contains("Port authority says grain exports doubled")
                && $0.contains("not opened (l lists it): \(missing.prefix(40))")
        }
        try session.send("l")
        let list = try session.waitFor("Not opened:")
        let row = list.split(separator: "\n").first { $0.contains("→ Port authority says grain exports doubled") }
        #expect(row?.contains(" 0/") == true, "its claims, none checked: \(list)")
        #expect(list.contains("\(missing): cannot read"))
        try session.send("q")
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")
        #expect(try session.errors().contains("warning: not opened: \(missing): cannot read: no such file or folder"))
    }

    @Test("when nothing can be opened, each path gets its line and the exit code is 1")
    func nothingOpened() throws {
        let sandbox = try Sandbox()
        let first = sandbox.root.appendingPathComponent("gone.txt").path
        let second = sandbox.root.appendingPathComponent("lost.txt").path
        let session = try TmuxSession(sandbox: sandbox, arguments: [first, second], keepErrors: true)
        defer { session.close() }
        try session.waitFor("[crosscheck exited 1]")
        let lines = try session.errors().split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("cannot read: no such file or folder") })
    }

    @Test("zero-width characters go silently; escapes warn once for all the files that had them")
    func warningsOncePerRun() throws {
        let sandbox = try Sandbox()
        let quiet = try sandbox.write("quiet.txt", Self.article.replacingOccurrences(of: "Grain", with: "Gr\u{200B}ain\u{2060}"))
        let loud = try sandbox.write("loud.txt", Self.article.replacingOccurrences(of: "spring", with: "spring\u{1B}[2J"))
        let louder = try sandbox.write("louder.txt", Self.article.replacingOccurrences(of: "Thursday", with: "Thursday\u{7}\u{1B}[1m"))
        let session = try TmuxSession(sandbox: sandbox, arguments: [quiet.path, loud.path, louder.path], keepErrors: true)
        defer { session.close() }
        try session.waitFor("Claims")
        // Files are warned about once parsed: the list says when all are.
        try session.send("l")
        try session.waitFor("Articles 3 · as opened")
        try session.send("q")
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")
        let lines = try session.errors().split(separator: "\n")
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.contains("removed control or escape characters in 2 files") == true, "\(lines)")
        #expect(lines.first?.contains("quiet.txt") == false)
    }
}
