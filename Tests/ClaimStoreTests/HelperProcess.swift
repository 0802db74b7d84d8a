import Foundation

/// Runs the `crosscheck-markstress` helper built beside the test bundle.
struct MarkStressHelper {
    let executable: URL

    /// The helper, found next to the running test binary (SwiftPM puts
    /// every product of the package in one folder).
    init() throws {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("crosscheck-markstress")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                executable = candidate
                return
            }
            folder = folder.deletingLastPathComponent()
        }
        throw HelperMissing()
    }

    func start(database: String, article: String, prefix: String, count: Int) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = [database, article, prefix, String(count)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }
}

struct HelperMissing: Error, CustomStringConvertible {
    var description: String { "crosscheck-markstress is not built beside the tests (run `swift build --build-tests`)" }
}

/// One mark the helper reported as committed.
struct ReportedMark: Hashable {
    let claim: String
    let status: String
    let note: String

    /// The complete lines of the helper's output; a line cut short by a
    /// kill was never reported, so it is dropped.
    static func parse(_ data: Data) -> [ReportedMark] {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()  // empty after the final newline, or a partial line
        return lines.compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 3 else { return nil }
            return ReportedMark(claim: String(fields[0]), status: String(fields[1]), note: String(fields[2]))
        }
    }
}
