import Foundation

/// The sample articles bundled with the executable, for a first run.
enum Samples {
    static let bundleName = "Crosscheck_crosscheck.resources"

    /// Paths of the bundled samples, in order. Looked up beside the
    /// executable first (an installed or built tool), then in the source
    /// tree this binary was built from.
    static func paths() throws -> [String] {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent("Samples"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Samples"),
        ]
        for folder in candidates {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
                let articles = names.filter { $0.hasSuffix(".txt") }.sorted()
                if !articles.isEmpty { return articles.map { folder.appendingPathComponent($0).path } }
            }
        }
        throw SamplesMissing()
    }
}

struct SamplesMissing: Error, CustomStringConvertible {
    var description: String { "the bundled sample articles are missing (\(Samples.bundleName) beside the executable)" }
}
