import Foundation

@testable import ClaimKit

/// A copy of the shipped lexicon folder, for a test that edits its files
/// (`defer { copy.remove() }`).
struct LexiconCopy {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicons-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let shipped = try LexiconFiles.directory()
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
