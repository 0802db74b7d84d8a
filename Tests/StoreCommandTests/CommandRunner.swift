import Foundation

/// Runs the built `crosscheck` binary the way a script would, with its own
/// marks database, and collects what it printed.
struct CommandRunner {
    let executable: URL
    let folder: URL
    var database: String { folder.appendingPathComponent("data/crosscheck.sqlite").path }

    struct Result {
        let status: Int32
        let output: String
        let errors: String
        var errorLines: [Substring] { errors.split(separator: "\n") }
    }

    /// The binary, found next to the running test binary (SwiftPM builds
    /// every product of the package into one folder).
    init() throws {
        var search = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        var found: URL?
        for _ in 0..<4 where found == nil {
            let candidate = search.appendingPathComponent("crosscheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { found = candidate }
            search = search.deletingLastPathComponent()
        }
        guard let found else { throw BinaryMissing() }
        executable = found
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The id `parse` gives the claim whose text contains `fragment`.
    func claimID(_ article: String, containing fragment: String) throws -> String {
        let parsed = try run(["parse", article])
        let document = try JSONSerialization.jsonObject(with: Data(parsed.output.utf8)) as? [String: Any]
        let claims = document?["claims"] as? [[String: Any]] ?? []
        guard let claim = claims.first(where: { ($0["text"] as? String)?.contains(fragment) == true }),
            let id = claim["id"] as? String
        else {
            throw ClaimNotFound(fragment: fragment)
        }
        return id
    }

    /// Writes an article file into the test's folder and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs `crosscheck ARGUMENTS` with CROSSCHECK_DB pointing into the
    /// test's folder, optionally as another (unprivileged) user.
    func run(_ arguments: [String], asUser: UInt32? = nil) throws -> Result {
        let process = Process()
        var environment = ProcessInfo.processInfo.environment
        environment["CROSSCHECK_DB"] = database
        environment["USER"] = "tester"
        process.environment = environment
        if let asUser {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(asUser)", "--regid=\(asUser)", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }
}

extension CommandRunner {
    /// Runs a /bin/sh script with `$CROSSCHECK` naming the binary and the
    /// arguments as `$1`…, for what only a shell sets up (ulimit, trap,
    /// redirections). With `closingOutput`, nobody reads standard output.
    func runShell(_ script: String, _ arguments: String..., closingOutput: Bool = false) throws -> Result {
        let process = Process()
        var environment = ProcessInfo.processInfo.environment
        environment["CROSSCHECK_DB"] = database
        environment["CROSSCHECK"] = executable.path
        process.environment = environment
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        // Closed before the command starts, so that its first write finds no reader.
        if closingOutput { try output.fileHandleForReading.close() }
        try process.run()
        let outputData = closingOutput ? Data() : output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }
}

struct ClaimNotFound: Error, CustomStringConvertible {
    var fragment: String
    var description: String { "no claim of the test article contains \"\(fragment)\"" }
}

struct BinaryMissing: Error, CustomStringConvertible {
    var description: String { "the crosscheck binary is not built beside the tests (run `swift build --build-tests`)" }
}

/// An article written for these tests: a headline and four paragraphs,
/// two of which ClaimKit reads as claims (c1 by Ilse Varga, c2 hedged).
func portArticle(record: String = "212", opening: String = "doubled between March and May") -> String {
    """
    Port authority says grain exports doubled in spring

    Grain exports through the port of Brennhaven \(opening), the port authority said on Thursday.

    Harbour master Ilse Varga said the number of bulk carriers calling at the port had reached a record of \(record) in April.

    The shipping ministry denied that fees had been cut to attract the traffic.

    Local farmers reportedly sold most of last year's harvest to traders from abroad.

    """
}
