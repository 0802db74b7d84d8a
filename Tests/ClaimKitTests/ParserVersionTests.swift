import Foundation
import Testing

@testable import ClaimKit

/// The parser's version, which the parse cache keys analyses by: known
/// without loading the lexicons, and changed by any edit to a lexicon file
/// or the model.
@Suite("Parser version")
struct ParserVersionTests {
    @Test("the bundled parser's version is known without loading it, and is the loaded parser's")
    func bundledVersion() throws {
        #expect(try ClaimParser.bundledVersion() == ClaimParser().version)
    }

    @Test("a byte changed anywhere in the model or a lexicon, or a file renamed, changes the digest; a copy does not")
    func digestFollowsEveryByte() throws {
        let copy = try LexiconCopy()
        defer { copy.remove() }
        let folder = copy.folder
        let original = try LexiconFiles.digest(of: folder)
        #expect(original == (try LexiconFiles.digest(of: LexiconFiles.directory())))

        /// The digest with one byte of a file changed, then put back.
        func digest(changing offset: (Int) -> Int, in name: String) throws -> String {
            let file = folder.appendingPathComponent(name)
            let bytes = try Data(contentsOf: file)
            var changed = bytes
            changed[offset(bytes.count)] ^= 0x01
            try changed.write(to: file)
            defer { try? bytes.write(to: file) }
            return try LexiconFiles.digest(of: folder)
        }
        var seen: Set<String> = [original]
        for (name, offset) in [
            (CueModel.fileName, { (_: Int) in 0 }), (CueModel.fileName, { $0 / 2 }), (CueModel.fileName, { $0 - 1 }),
            ("hedges.txt", { $0 - 2 }),
        ] {
            #expect(seen.insert(try digest(changing: offset, in: name)).inserted, "\(name)")
        }
        #expect(try LexiconFiles.digest(of: folder) == original, "put back")
        try FileManager.default.moveItem(
            at: folder.appendingPathComponent("hedges.txt"), to: folder.appendingPathComponent("hedges2.txt"))
        #expect(!seen.contains(try LexiconFiles.digest(of: folder)))
    }
}
