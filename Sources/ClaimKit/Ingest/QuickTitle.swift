import Foundation

/// An article's title read cheaply from the start of its file, without
/// parsing it: the first line of plain text, the front matter's title or
/// first line of Markdown, a page's `og:title` or `<title>`. A long list
/// shows these while the articles are still being parsed; the parse's
/// own title replaces each once it is known.
public enum QuickTitle {
    /// How much of the file's start is read.
    static let prefixBytes = 16 * 1024

    /// The title near the start of the file at `path`, or nil when none
    /// is found there cheaply (a feed, an unreadable file, a page whose
    /// title comes late).
    public static func ofFile(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: prefixBytes), !data.isEmpty else { return nil }
        return of(data, name: path)
    }

    /// The title in the first bytes of an article.
    public static func of(_ data: Data, name: String) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        let title: String?
        switch ArticleFormat.detect(data, name: name) {
        case .plainText: title = firstLine(text)
        case .markdown: title = markdownTitle(text)
        case .html: title = pageTitle(text)
        case .feed: title = nil
        }
        guard let title else { return nil }
        let line = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.isEmpty ? nil : line
    }

    private static func firstLine(_ text: String) -> String? {
        text.split(whereSeparator: \.isNewline).lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
    }

    private static func markdownTitle(_ text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (title, bodyStart) = MarkdownIngest.frontMatter(lines)
        if let title { return title }
        let body = lines.dropFirst(bodyStart).joined(separator: "\n")
        return firstLine(body).map { String($0.drop { $0 == "#" || $0 == " " }) }
    }

    private static func pageTitle(_ text: String) -> String? {
        let head = text.range(of: "</head>", options: .caseInsensitive).map { text[..<$0.lowerBound] } ?? text[...]
        if let open = head.range(
            of: #"<meta[^>]+property\s*=\s*["']og:title["'][^>]*>"#, options: [.regularExpression, .caseInsensitive]),
            let value = head[open].range(of: #"content\s*=\s*("[^"]*"|'[^']*')"#, options: .regularExpression)
        {
            // The quoted value, without its quotes.
            let quoted = head[open][value].drop { $0 != "\"" && $0 != "'" }.dropFirst().dropLast()
            return entitiesDecoded(String(quoted))
        }
        guard let open = head.range(of: "<title[^>]*>", options: [.regularExpression, .caseInsensitive]),
            let close = head.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<head.endIndex)
        else { return nil }
        return entitiesDecoded(String(head[open.upperBound..<close.lowerBound]))
    }

    /// The entities a title commonly holds; the parse decodes the rest.
    private static func entitiesDecoded(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
                                    ("&nbsp;", " "), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }
}
