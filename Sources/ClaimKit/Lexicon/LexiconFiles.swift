import Foundation

/// Finds and reads the lexicon data files shipped with ClaimKit.
///
/// Looked up, in order: `$CLAIMKIT_LEXICONS`; the resource bundle beside
/// the running executable (how SwiftPM lays out a built or installed
/// tool); the source tree this library was built from. The generated
/// `Bundle.module` is avoided on purpose: when its bundle is missing it
/// traps, and a library must report that as an error instead.
enum LexiconFiles {
    static let bundleName = "Crosscheck_ClaimKit.resources"

    static func directory() throws -> URL {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["CLAIMKIT_LEXICONS"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let executableDirectory = Bundle.main.bundleURL
        candidates.append(executableDirectory.appendingPathComponent(bundleName).appendingPathComponent("Lexicons"))
        candidates.append(
            executableDirectory.deletingLastPathComponent()
                .appendingPathComponent("share/crosscheck").appendingPathComponent(bundleName)
                .appendingPathComponent("Lexicons"))
        candidates.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Lexicons"))
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        throw ClaimKitError.lexicon(
            file: "Lexicons",
            reason: "not found beside the executable (\(bundleName)) nor in the source tree; set CLAIMKIT_LEXICONS")
    }

    /// The entries of one file: one a line, `#` starts a comment, blank
    /// lines are skipped, surrounding space is trimmed.
    static func lines(_ name: String, in directory: URL) throws -> [String] {
        let url = directory.appendingPathComponent(name)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ClaimKitError.lexicon(file: name, reason: "cannot read \(url.path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ClaimKitError.lexicon(file: name, reason: "not UTF-8")
        }
        return text.split(whereSeparator: \.isNewline).compactMap { rawLine in
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            // Spaces and tabs (lines are split at newlines already), trimmed
            // without Foundation's CharacterSet, which took 6 µs a line:
            // every line is read before a reader's first frame.
            let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
            guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) })
            else { return nil }
            return String(line[first...last])
        }
    }

    /// One fingerprint over the names and bytes of every file in the
    /// folder, in name order: any edit to a lexicon or the model changes it.
    static func digest(of directory: URL) throws -> String {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw ClaimKitError.lexicon(file: "Lexicons", reason: "cannot list \(directory.path)")
        }
        var digest = LexiconDigest()
        for name in names {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                continue
            }
            Array(name.utf8).withUnsafeBytes { digest.feed($0) }
            data.withUnsafeBytes { digest.feed($0) }
        }
        return digest.hex
    }
}
