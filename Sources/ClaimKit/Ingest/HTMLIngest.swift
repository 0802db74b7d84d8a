import Foundation

/// Reads a web page: the article's main text with its headline, without
/// the navigation, widgets and footers around it.
public struct HTMLIngest: Sendable {
    let plainText: PlainTextIngest
    let vocabulary: PageClassVocabulary

    public init(lexicon: Lexicon) {
        plainText = PlainTextIngest(lexicon: lexicon)
        vocabulary = lexicon.pageClasses
    }

    /// The page's article. `charset` is the one an HTTP response named,
    /// which outranks the page's own `<meta charset>`.
    public func article(fromBytes data: Data, path: String?, charset: String? = nil) -> Article {
        var markup = MarkupBytes(data, transportCharset: charset, keepingValidUTF8: true)
        var document = HTMLDocument(bytes: markup.bytes, encoding: markup.encoding)
        if document == nil && markup.encoding != "UTF-8" {
            // A charset libxml2 cannot convert: read the page as UTF-8.
            markup = MarkupBytes(utf8: data)
            document = HTMLDocument(bytes: markup.bytes, encoding: markup.encoding)
        }
        var draft = document.map { HTMLExtractor.page($0, vocabulary: vocabulary) } ?? ArticleDraft()
        draft.warnings = markup.warnings
        return draft.article(using: plainText, path: path)
    }

    /// The lines of an HTML fragment, such as a feed entry's content.
    func fragment(_ html: String) -> ArticleDraft {
        guard let document = HTMLDocument(bytes: Array(html.utf8), encoding: "UTF-8") else { return ArticleDraft() }
        return HTMLExtractor.fragment(document, vocabulary: vocabulary)
    }
}
