import Foundation

/// Reads a Markdown article. No allowed package parses Markdown, and an
/// article needs only its block structure and plain text, so this is a
/// small line-based reader: front matter `title:` as the headline, else a
/// leading `# Heading`, else the first line, as plain text has it.
public struct MarkdownIngest: Sendable {
    let plainText: PlainTextIngest

    public init(lexicon: Lexicon) {
        plainText = PlainTextIngest(lexicon: lexicon)
    }

    public func article(fromBytes bytes: some Collection<UInt8>, path: String?) -> Article {
        let normalized = TextNormalizer.normalize(bytes)
        // Cut on bytes: normalized text ends lines with "\n" only.
        let lines = normalized.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map(Substring.init)
        let (title, bodyStart) = MarkdownIngest.frontMatter(lines)
        var reader = MarkdownBlockReader()
        if let title { reader.startWithTitle(title) }
        reader.read(lines[bodyStart...])
        var draft = reader.draft
        draft.warnings = normalized.warnings
        return draft.article(using: plainText, path: path)
    }

    /// The `title:` of a YAML front matter block (`---` … `---`) and the
    /// first line after the block; (nil, 0) without one.
    static func frontMatter(_ lines: [Substring]) -> (title: String?, bodyStart: Int) {
        guard lines.first?.trimmingWhitespace() == "---" else { return (nil, 0) }
        var title: String?
        for index in 1..<lines.count {
            let line = lines[index].trimmingWhitespace()
            if line == "---" || line == "..." { return (title, index + 1) }
            if title == nil, line.hasPrefix("title:") {
                let value = line.dropFirst("title:".count).trimmingWhitespace()
                title = String(unquoted(value))
            }
        }
        return (nil, 0)
    }

    private static func unquoted(_ value: Substring) -> Substring {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else {
            return value
        }
        return value.dropFirst().dropLast()
    }
}
