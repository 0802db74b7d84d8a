import Foundation

/// Finds the article in a parsed web page and reads it into lines.
enum HTMLExtractor {
    /// An article shorter than this (in characters) may not be the
    /// page's: the next, looser rules are tried, and the longest reading
    /// kept.
    static let shortestArticle = 500

    /// A whole page: the headline first, then the main text.
    static func page(_ document: HTMLDocument, vocabulary: PageClassVocabulary) -> ArticleDraft {
        guard let root = document.root else { return ArticleDraft() }
        let survey = HTMLPageSurvey(root: root, vocabulary: vocabulary)
        guard let body = survey.body else { return ArticleDraft() }
        var best: HTMLBlockReader?
        for rules in HTMLContentScore.Rules.sequence {
            let score = HTMLContentScore(survey: survey, rules: rules)
            // Without a run of prose anywhere, the whole page is the article.
            let top = score.topCandidate()
            let parts = top.map(score.articleParts) ?? [body]
            let headline = headlineElement(survey, container: top ?? body)
            let title = headline.map { HTMLText.text(of: survey.elements[$0].node) } ?? headlineFromMetadata(survey)
            var reader = HTMLBlockReader(score: score, headline: headline, title: title)
            for part in parts { reader.read(part: part) }
            if best == nil || reader.characters > best!.characters { best = reader }
            if reader.characters >= shortestArticle { break }
        }
        guard let best else { return ArticleDraft() }
        var draft = best.draft
        if !best.hasTitle { draft.insertTitleFromFirstLine() }
        return draft
    }

    /// A fragment, such as a feed entry's content: all of it is the
    /// article, less furniture; it has no headline of its own.
    static func fragment(_ document: HTMLDocument, vocabulary: PageClassVocabulary) -> ArticleDraft {
        guard let root = document.root else { return ArticleDraft() }
        let survey = HTMLPageSurvey(root: root, vocabulary: vocabulary)
        guard let top = survey.index(of: root) else { return ArticleDraft() }
        var best: HTMLBlockReader?
        for rules in HTMLContentScore.Rules.sequence {
            var reader = HTMLBlockReader(score: HTMLContentScore(survey: survey, rules: rules), headline: nil, title: nil)
            reader.read(part: top)
            if best == nil || reader.characters > best!.characters { best = reader }
            if reader.characters > 0 { break }
        }
        return best?.draft ?? ArticleDraft()
    }

    // MARK: The headline

    /// The `<h1>` that is the headline: the first inside the article, or
    /// one elsewhere on the page that the page's title repeats (a site
    /// logo in an `<h1>` is not repeated there).
    static func headlineElement(_ survey: HTMLPageSurvey, container: Int) -> Int? {
        func text(_ index: Int) -> String { HTMLText.text(of: survey.elements[index].node) }
        if let inside = survey.headlines.first(where: { survey.isInside($0, container) && text($0).hasVisibleText }) {
            return inside
        }
        let titles = [survey.head.openGraphTitle, survey.head.pageTitle].compactMap { $0?.lowercased() }
        return survey.headlines.first { headline in
            let words = collapsed(text(headline)).lowercased()
            return !words.isEmpty && titles.contains { $0.contains(words) }
        } ?? (titles.isEmpty ? survey.headlines.first(where: { text($0).hasVisibleText }) : nil)
    }

    /// The headline from the page's metadata, less a trailing ` - Outlet`.
    static func headlineFromMetadata(_ survey: HTMLPageSurvey) -> String? {
        for title in [survey.head.openGraphTitle, survey.head.pageTitle].compactMap({ $0 }) {
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

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
