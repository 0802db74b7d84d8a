import Foundation

/// Finds the article in a parsed web page and reads it into lines.
enum HTMLExtractor {
    /// A whole page: the headline first, then the main text.
    static func page(_ document: HTMLDocument) -> ArticleDraft {
        guard let root = document.root else { return ArticleDraft() }
        let survey = HTMLPageSurvey(root: root)
        let container = mainContainer(survey) ?? root
        let headline = headlineElement(survey, container: container)
        let title = headline.map(HTMLText.text(of:)) ?? headlineFromMetadata(survey)
        var reader = HTMLBlockReader(survey: survey, container: container, headline: headline, title: title)
        reader.read(container)
        return reader.draft
    }

    /// A fragment, such as a feed entry's content: all of it is the
    /// article, less furniture; it has no headline of its own.
    static func fragment(_ document: HTMLDocument) -> ArticleDraft {
        guard let root = document.root else { return ArticleDraft() }
        let survey = HTMLPageSurvey(root: root)
        var reader = HTMLBlockReader(survey: survey, container: root, headline: nil, title: nil)
        reader.read(root)
        return reader.draft
    }

    // MARK: The article's container

    /// The element holding the article: one that says so (`articleBody`,
    /// `<article>`, `<main>`) and holds at least half the page's paragraph
    /// text; otherwise the smallest element that keeps the article
    /// together, so paragraphs split across several boxes stay one text.
    static func mainContainer(_ survey: HTMLPageSurvey) -> HTMLNode? {
        guard let body = survey.body else { return nil }
        let pageText = survey.paragraphText(in: body)
        guard pageText > 0 else { return body }
        for candidates in [survey.articleBodies, survey.articles, survey.mains] {
            let best = candidates.max { survey.paragraphText(in: $0) < survey.paragraphText(in: $1) }
            if let best, survey.paragraphText(in: best) * 2 >= pageText { return best }
        }
        var container = body
        while let largest = container.children.filter(\.isElement).max(by: {
            survey.paragraphText(in: $0) < survey.paragraphText(in: $1)
        }), holdsArticle(largest, of: container, survey) {
            container = largest
        }
        return container
    }

    /// Whether `child` holds all of `parent`'s article: every long
    /// paragraph (the sidebars and footers left behind hold only short
    /// ones), or, on a page of short paragraphs, nearly all the text.
    private static func holdsArticle(_ child: HTMLNode, of parent: HTMLNode, _ survey: HTMLPageSurvey) -> Bool {
        let inChild = survey.paragraphs(in: child)
        let inParent = survey.paragraphs(in: parent)
        if inParent.long > 0 { return inChild.long == inParent.long }
        return inChild.bytes * 10 >= inParent.bytes * 9
    }

    // MARK: The headline

    /// The `<h1>` that is the headline: the first inside the article, or
    /// one elsewhere on the page that the page's title repeats (a site
    /// logo in an `<h1>` is not repeated there).
    static func headlineElement(_ survey: HTMLPageSurvey, container: HTMLNode) -> HTMLNode? {
        if let inside = survey.headlines.first(where: { isInside($0, container) && hasText($0) }) {
            return inside
        }
        let titles = [survey.openGraphTitle, survey.pageTitle].compactMap { $0?.lowercased() }
        return survey.headlines.first { headline in
            let text = collapsed(HTMLText.text(of: headline)).lowercased()
            return !text.isEmpty && titles.contains { $0.contains(text) }
        } ?? (titles.isEmpty ? survey.headlines.first(where: hasText) : nil)
    }

    /// The headline from the page's metadata, less a trailing ` - Outlet`.
    static func headlineFromMetadata(_ survey: HTMLPageSurvey) -> String? {
        for title in [survey.openGraphTitle, survey.pageTitle].compactMap({ $0 }) {
            let headline = withoutOutletSuffix(collapsed(title))
            if !headline.isEmpty { return headline }
        }
        return nil
    }

    /// `Headline - Outlet` → `Headline`: the part after the last ` - `,
    /// ` | `, ` — `, ` – ` or ` · ` is dropped when it is a short name.
    static func withoutOutletSuffix(_ title: String) -> String {
        for separator in [" | ", " - ", " — ", " – ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let headline = title[..<range.lowerBound]
            let suffix = title[range.upperBound...]
            if !headline.isEmpty, suffix.split(separator: " ").count <= 5, suffix.count < headline.count {
                return String(headline)
            }
        }
        return title
    }

    private static func isInside(_ node: HTMLNode, _ container: HTMLNode) -> Bool {
        var current: HTMLNode? = node
        while let element = current {
            if element == container { return true }
            current = element.parent
        }
        return false
    }

    private static func hasText(_ element: HTMLNode) -> Bool {
        HTMLText.text(of: element).hasVisibleText
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
