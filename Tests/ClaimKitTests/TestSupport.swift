import ClaimKit
import Foundation

/// The parser every test shares: lexicons are read once.
let sharedParser: ClaimParser = {
    do {
        return try ClaimParser()
    } catch {
        fatalError("the bundled lexicons must load in tests: \(error)")
    }
}()

/// Parses an article given as lines: the headline first, then paragraphs.
func parse(_ lines: String...) -> Analysis {
    sharedParser.parse(text: lines.joined(separator: "\n"))
}

extension Analysis {
    /// The names of the sources of the claim whose text contains `fragment`.
    func sourcesOfClaim(containing fragment: String) -> [String]? {
        claims.first { $0.text.contains(fragment) }.map { sourceNames(of: $0) }
    }

    func source(named name: String) -> Source? {
        sources.first { $0.name == name }
    }
}

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// `../shared` beside the package, when present (CI and development have it;
/// a user's fresh clone may not).
let sharedFolder: URL? = {
    let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: folder.appendingPathComponent("tools/score.py").path) ? folder : nil
}()

/// Runs `python3` with `arguments` and returns what it printed, or nil
/// when it could not run or failed (the scorers need only python3).
func runPython(_ arguments: [String]) throws -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
}
