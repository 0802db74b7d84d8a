import Foundation

/// Finds the article in a parsed web page and reads it into lines.
enum HTMLExtractor {
    /// An article shorter than this (in characters) may not be the
    /// page's: the next, looser rules are tried, and the longest reading
    /// kept.
    static let shortestArticle = 500
    /// An article at least this long (a paragraph) found under the strict
    /// rules is not given up for text from boxes they left out.
    static let shortestKeptArticle = 150

    /// A whole page: the headline first, then the main text.
    static func page(_ document: HTMLDocument, vocabulary: PageClassVocabulary) -> ArticleDraft {
        guard let root = document.root else { return ArticleDraft() }
        let survey = HTMLPageSurvey(root: root, vocabulary: vocabulary)
        guard let body = survey.body else { return ArticleDraft() }
        let bylines = bylineCandidates(survey)
        var best: (reader: HTMLBlockReader, parts: [Int], byline: HTMLNode?)?
        var strictCharacters: Int?
        for rules in HTMLContentScore.Rules.sequence {
            // A short article found with furniture left out stands against
            // a longer reading that takes in the boxes named furniture: the
            // comment thread under a short post is not more of the post.
            if !rules.leavesOutFurniture, let strictCharacters, strictCharacters >= shortestKeptArticle { continue }
            // Lists of other stories are read only for a page where no
            // reading without them found a paragraph of prose.
            if !rules.dropsLinkLists, let best, best.reader.paragraphs > 0 { break }
            let score = HTMLContentScore(survey: survey, rules: rules)
            // Without a run of prose anywhere, the whole page is the article.
            let top = score.topCandidate()
            var parts = top.map(score.articleParts) ?? [body]
            // The standfirst in the article's header comes first, and the
            // headline is looked for in the box that holds both.
            var container = top ?? body
            if let top, let standfirst = score.standfirst(before: top), !parts.contains(standfirst) {
                parts.insert(standfirst, at: 0)
                container = Int(survey.elements[standfirst].parent)
            }
            let headline = headlineElement(survey, container: container)
            let title = headline.map { HTMLText.text(of: survey.elements[$0].node) } ?? headlineFromMetadata(survey)
            // The byline line is the header's to show, not the text's.
            let byline = bylineElement(bylines, articleStart: parts.min() ?? 0)
            let leftOut = [headline, byline.flatMap(survey.index(of:))].compactMap { $0 }
            var reader = HTMLBlockReader(score: score, leavingOut: leftOut, title: title)
            for part in parts { reader.read(part: part) }
            if strictCharacters == nil { strictCharacters = reader.characters }
            if best == nil || reader.characters > best!.reader.characters { best = (reader, parts, byline) }
            if reader.characters >= shortestArticle { break }
        }
        guard let best else { return ArticleDraft() }
        var draft = best.reader.draft
        if !best.reader.hasTitle { draft.insertTitleFromFirstLine() }
        draft.metadata = metadata(survey, byline: best.byline, parts: best.parts)
        return draft
    }

    // MARK: Metadata

    /// The byline, date, site and language the page gives; a byline line
    /// on the page and a `<time>` in the article stand in when the
    /// metadata names no author or date.
    static func metadata(_ survey: HTMLPageSurvey, byline: HTMLNode?, parts: [Int]) -> ArticleMetadata {
        let facts = survey.metadata
        var metadata = ArticleMetadata(
            byline: facts.byline, published: facts.published, site: facts.site, language: facts.language)
        if metadata.byline == nil, let byline { metadata.byline = bylineText(byline) }
        if metadata.published == nil {
            let partNodes = parts.map { survey.elements[$0].node }
            let marked = facts.times.first { $0.isPublication }
            let inArticle = facts.times.first { time in partNodes.contains { time.node.isInside($0) } }
            metadata.published = MetadataValues.date((marked ?? inArticle)?.date)
        }
        return metadata
    }

    /// The lines on the page that name the authors and are short enough
    /// to be a byline.
    static func bylineCandidates(_ survey: HTMLPageSurvey) -> [HTMLMetadataSurvey.Byline] {
        survey.metadata.bylines.filter { candidate in
            HTMLText.text(of: candidate.node).trimmingWhitespace().count <= MetadataValues.longestByline
                && bylineText(candidate.node) != nil
        }
    }

    /// The first byline outside boxes named as furniture; failing that,
    /// one in such a box before the article (a page header), never one
    /// after it (a comment's author line).
    static func bylineElement(_ candidates: [HTMLMetadataSurvey.Byline], articleStart: Int) -> HTMLNode? {
        (candidates.first { !$0.inFurniture } ?? candidates.first { $0.position <= articleStart })?.node
    }

    /// A byline element's text: its `itemprop="name"` part when it marks
    /// one, without separators left at either end.
    static func bylineText(_ node: HTMLNode) -> String? {
        let named = node.firstDescendant { $0.attribute("itemprop") == "name" }
        let text = HTMLText.text(of: named ?? node).trimmingCharacters(in: bylineTrim)
        return MetadataValues.byline(text)
    }

    private static let bylineTrim = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "—–-|,;:·•"))

    /// A fragment, such as a feed entry's content: all of it is the
    /// article, less furniture; it has no headline of its own.
    static func fragment(_ document: HTMLDocument, vocabulary: PageClassVocabulary) -> ArticleDraft {
        guard let root = document.root else { return ArticleDraft() }
        let survey = HTMLPageSurvey(root: root, vocabulary: vocabulary)
        guard let top = survey.index(of: root) else { return ArticleDraft() }
        var best: HTMLBlockReader?
        for rules in HTMLContentScore.Rules.sequence {
            var reader = HTMLBlockReader(score: HTMLContentScore(survey: survey, rules: rules), leavingOut: [], title: nil)
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
        let titles = survey.metadata.titles.map { $0.lowercased() }
        return survey.headlines.first { headline in
            let words = collapsed(text(headline)).lowercased()
            return !words.isEmpty && titles.contains { $0.contains(words) }
        } ?? (titles.isEmpty ? survey.headlines.first(where: { text($0).hasVisibleText }) : nil)
    }

    /// The headline from the page's metadata, less a trailing ` - Outlet`.
    static func headlineFromMetadata(_ survey: HTMLPageSurvey) -> String? {
        for title in survey.metadata.titles {
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
