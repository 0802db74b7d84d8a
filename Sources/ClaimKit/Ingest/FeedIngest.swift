import Foundation

/// Reads an RSS 2.0 / RSS 1.0 / Atom feed: each entry becomes an article,
/// its HTML read by the same extractor as web pages.
public struct FeedIngest: Sendable {
    let html: HTMLIngest

    public init(lexicon: Lexicon) {
        html = HTMLIngest(lexicon: lexicon)
    }

    /// The feed's entries, in feed order. An entry's `path` is its link,
    /// or `path#N` (N from 1) when it has none.
    public func articles(fromBytes data: Data, path: String) throws -> [Article] {
        let markup = MarkupBytes(xml: data)
        let reader = FeedReader()
        reader.read(markup.bytes)
        guard reader.isFeed else {
            let root = reader.rootElement.map { " (its root element is <\($0)>)" } ?? ""
            throw ClaimKitError.notAnArticle(path: path, reason: "not an RSS or Atom feed\(root)")
        }
        if let failure = reader.failure {
            throw ClaimKitError.notAnArticle(path: path, reason: failure)
        }
        var articles: [Article] = []
        for (index, entry) in reader.entries.enumerated() {
            var draft = self.draft(of: entry)
            guard !draft.isEmpty else { continue }
            draft.warnings = markup.warnings
            let link = Sanitizer.line(entry.link).trimmingWhitespace()
            let entryPath = link.isEmpty ? "\(path)#\(index + 1)" : String(link)
            articles.append(draft.article(using: html.plainText, path: entryPath))
        }
        guard !articles.isEmpty else {
            throw ClaimKitError.notAnArticle(path: path, reason: "the feed has no entries with text")
        }
        return articles
    }

    /// The entry's headline, then its full text or else its summary.
    func draft(of entry: FeedEntry) -> ArticleDraft {
        var draft = ArticleDraft()
        if entry.title.utf8.contains(UInt8(ascii: "<")) {
            draft.add(html.fragment(entry.title).lines.map(\.text).joined(separator: " "))
        } else {
            draft.add(entry.title)
        }
        let useContent = !entry.content.trimmingWhitespace().isEmpty
        let body = useContent ? entry.content : entry.summary
        let isHTML = useContent ? entry.contentIsHTML : entry.summaryIsHTML
        if isHTML && body.utf8.contains(UInt8(ascii: "<")) {
            draft.append(html.fragment(body))
        } else {
            // Plain text: blank lines part its paragraphs.
            for paragraph in body.components(separatedBy: "\n\n") { draft.add(paragraph) }
        }
        draft.dropRepeatedTitle()
        return draft
    }
}
