import Foundation
import Testing

@testable import ClaimKit

/// Shared helpers for the ingest suites: fixture files, a loader, and the
/// structural promises every format's article keeps.
enum IngestFixtures {
    static let folder: URL = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Ingest")

    static func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func loader(fetcher: URLFetcher = URLFetcher(), standardInput: FileHandle = .standardInput) throws
        -> ArticleLoader
    {
        ArticleLoader(lexicon: try Lexicon.bundled(), fetcher: fetcher, standardInput: standardInput)
    }

    static func lexicon() throws -> Lexicon { try Lexicon.bundled() }

    /// The blocks as (kind, text) pairs, in order.
    static func blocks(_ article: Article) -> [(kind: BlockKind, text: String)] {
        article.blocks.map { ($0.kind, article.substring($0.range)) }
    }

    static func texts(_ article: Article, _ kind: BlockKind) -> [String] {
        blocks(article).filter { $0.kind == kind }.map(\.text)
    }

    /// What the extractor relies on whatever the format: the title is the
    /// first block, blocks are the text's lines in order, every range
    /// (and marker range) lies inside the text, and no block is empty or
    /// holds a line break or a control character.
    static func expectWellFormed(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!article.blocks.isEmpty, sourceLocation: sourceLocation)
        #expect(article.blocks.first?.kind == .title, sourceLocation: sourceLocation)
        #expect(article.blocks.first.map { article.substring($0.range) } == article.title, sourceLocation: sourceLocation)
        let lines = article.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == article.blocks.map { article.substring($0.range) }, sourceLocation: sourceLocation)
        var previousEnd = 0
        for block in article.blocks {
            #expect(block.range.start >= previousEnd && block.range.end <= article.scalars.count, sourceLocation: sourceLocation)
            #expect(!block.range.isEmpty, sourceLocation: sourceLocation)
            if let marker = block.markerRange {
                #expect(block.range.contains(marker), sourceLocation: sourceLocation)
            }
            previousEnd = block.range.end
        }
        let unsafe = article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F }
        #expect(!unsafe, sourceLocation: sourceLocation)
        #expect(article.text == article.text.precomposedStringWithCanonicalMapping, sourceLocation: sourceLocation)
    }

    /// `data` with an invalid UTF-8 byte put in place of the first
    /// occurrence of `marker`.
    static func corrupting(_ data: Data, at marker: String) -> Data {
        let bytes = Array(data)
        let needle = Array(marker.utf8)
        guard let start = (0...(bytes.count - needle.count)).first(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
        else { return data }
        return Data(bytes[..<start] + [0xFF] + bytes[(start + needle.count)...])
    }
}
