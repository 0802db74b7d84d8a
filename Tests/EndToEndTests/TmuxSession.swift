import Foundation

/// The built `crosscheck` binary, next to the test bundle.
enum Binary {
    static var url: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return testBinary.deletingLastPathComponent().appendingPathComponent("crosscheck")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}

/// A throwaway home for one test: HOME, XDG folders and a database path
/// of its own, removed afterwards.
final class Sandbox {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-e2e-\(UUID().uuidString)")
        for folder in ["home", "config", "data", "cache"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var databasePath: String { root.appendingPathComponent("marks.sqlite").path }

    var environment: [String: String] {
        [
            "HOME": root.appendingPathComponent("home").path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
            "XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
            "CROSSCHECK_DB": databasePath,
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PATH": "/usr/local/bin:/usr/bin:/bin",
        ]
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }
}

struct TmuxFailure: Error, CustomStringConvertible {
    var description: String
}

/// One tmux server on a socket of its own, running one command in a
/// shell that records the terminal settings before and after it and its
/// exit status, so tests can check the terminal was restored.
///
/// Tests run in parallel on loaded machines, so nothing here may depend on
/// timing: the server's socket is a path in this session's sandbox (no
/// other test's server or `kill-server` can reach it), scripts are read by
/// /bin/sh rather than executed (a file another test's child still holds
/// open for writing cannot be executed, ETXTBSY), a pane whose command
/// died stays on screen with its status instead of taking the server with
/// it, and a screen that cannot be captured yet is polled again until the
/// deadline, when the failure names what tmux said.
final class TmuxSession {
    static let executable = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { executable != nil }

    let sandbox: Sandbox
    /// Unique per session: a sandbox may hold one session after another.
    let name = "tmux-\(UUID().uuidString.prefix(8))"
    var socket: String { sandbox.root.appendingPathComponent("\(name).socket").path }
    var configuration: String { sandbox.root.appendingPathComponent("\(name).conf").path }
    var errorLog: String { sandbox.root.appendingPathComponent("\(name).stderr").path }
    /// Polling gives up after this long; generous for a loaded 2-core machine.
    let timeout: TimeInterval = 120

    /// With `jobControl`, the reader runs from an interactive bash, as a
    /// user starts it, so Ctrl-Z stops it and `fg` brings it back (a plain
    /// script's process group is orphaned and the kernel drops stop signals).
    init(
        sandbox: Sandbox, arguments: [String], width: Int = 120, height: Int = 40, jobControl: Bool = false,
        environment: [String: String] = [:], keepErrors: Bool = false
    ) throws {
        self.sandbox = sandbox
        // A pane whose command ends (or never starts) stays, dead, with its
        // last words on screen: a failing test shows them.
        try Data("set-option -g remain-on-exit on\n".utf8).write(to: URL(fileURLWithPath: configuration))
        let variables = sandbox.environment.merging(environment) { $1 }
        let quoted = ([Binary.url.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        if jobControl {
            let exports = variables.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.shellQuoted($0.value))" }
            let script = try sandbox.write(
                "shell.sh", (["#!/bin/sh"] + exports + ["export PS1='$ '", "exec bash --norc --noprofile -i"]).joined(separator: "\n") + "\n")
            try tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", "/bin/sh", script.path])
            try waitFor("the shell prompt") { $0.hasPrefix("$") }
            try type("\(quoted); echo \"[crosscheck exited $?]\"")
            try send("Enter")
            return
        }
        let before = sandbox.root.appendingPathComponent("stty-before").path
        let after = sandbox.root.appendingPathComponent("stty-after").path
        let exports = variables.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.shellQuoted($0.value))" }
        let script = try sandbox.write(
            "run.sh",
            (["#!/bin/sh"] + exports + [
                // The crash tests must not leave core files behind.
                "ulimit -c 0",
                "stty -a > \(Self.shellQuoted(before))",
                // The screen is cleared afterwards: what the reader printed on
                // standard error is kept in a file when a test asks for it.
                quoted + (keepErrors ? " 2> \(Self.shellQuoted(sandbox.root.appendingPathComponent("stderr").path))" : ""),
                "status=$?",
                "stty -a > \(Self.shellQuoted(after))",
                "clear",
                "echo \"[crosscheck exited $status]\"",
                "exec sleep 3600",
            ]).joined(separator: "\n") + "\n")
        try tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", "/bin/sh", script.path])
    }

    deinit { close() }

    func close() {
        _ = try? tmux(["kill-server"])
        // tmux leaves its socket file behind.
        try? FileManager.default.removeItem(atPath: socket)
    }

    /// Types keys as tmux names them ("n", "Enter", "C-c", "Escape").
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text; with `escapes`, with the colour and attribute
    /// sequences tmux would use to draw it.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))
    }

    /// Polls the screen until `condition` holds; fails with the last screen.
    /// A capture that fails (a server still starting under load) counts as
    /// "not yet"; if it never succeeds, the failure says why.
    @discardableResult
    func waitFor(_ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var captureFailure: Error?
        while Date() < deadline {
            do {
                screen = try capture()
                captureFailure = nil
                if condition(screen) { return screen }
            } catch {
                captureFailure = error
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        if let captureFailure { throw TmuxFailure(description: "timed out waiting for \(what): \(captureFailure)") }
        throw TmuxFailure(description: "timed out waiting for \(what); the screen was:\n\(screen)")
    }

    @discardableResult
    func waitFor(_ text: String) throws -> String {
        try waitFor("“\(text)”") { $0.contains(text) }
    }

    /// The process id of the program the shell runs (the reader).
    func readerProcess() throws -> Int32 {
        let shell = try tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw TmuxFailure(description: "the reader is not running under the shell \(shell)")
        }
        return pid
    }

    /// What the reader wrote on standard error, with `keepErrors`.
    func errors() throws -> String {
        try String(contentsOf: sandbox.root.appendingPathComponent("stderr"), encoding: .utf8)
    }

    func terminalSettings() throws -> (before: String, after: String) {
        let before = try String(contentsOf: sandbox.root.appendingPathComponent("stty-before"), encoding: .utf8)
        let after = try String(contentsOf: sandbox.root.appendingPathComponent("stty-after"), encoding: .utf8)
        return (before, after)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw TmuxFailure(description: "tmux is not installed") }
        // The server that new-session starts inherits the client's output;
        // a pipe there would never reach end of file.
        let result = try Spawn.run(
            executable, ["-S", socket, "-f", configuration] + arguments, environment: sandbox.environment,
            captureOutput: arguments.first != "new-session", errorPath: errorLog)
        if result.status != 0 && arguments.first != "kill-server" {
            let said = (try? String(contentsOfFile: errorLog, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            throw TmuxFailure(
                description: "tmux \(arguments.joined(separator: " ")) failed with status \(result.status)"
                    + (said.isEmpty ? "" : ": \(said)"))
        }
        return result.output
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Runs the binary without a terminal and collects what it prints.
func runCrosscheck(_ arguments: [String], sandbox: Sandbox) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = Binary.url
    process.arguments = arguments
    process.environment = sandbox.environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}
