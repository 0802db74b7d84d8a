import Foundation

/// The article a page describes in schema.org JSON-LD
/// (`<script type="application/ld+json">`): the first object whose
/// `@type` is an article or posting type, at the top, in an array or in
/// an `@graph`.
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    var published: String?
    var publisher: String?
    var language: String?

    /// The schema.org types that are articles, postings and reports.
    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
    ]

    /// Reads one script's text; nil when it holds no article (or is not JSON).
    init?(json text: String) {
        guard let data = text.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let object = JSONLDArticle.firstArticle(in: value, depth: 0)
        else { return nil }
        headline = JSONLDArticle.string(object["headline"]) ?? JSONLDArticle.string(object["name"])
        authors = JSONLDArticle.names(object["author"]) + JSONLDArticle.names(object["creator"])
        published = JSONLDArticle.string(object["datePublished"]) ?? JSONLDArticle.string(object["dateCreated"])
        publisher = JSONLDArticle.names(object["publisher"]).first
        language = JSONLDArticle.string(object["inLanguage"]) ?? JSONLDArticle.names(object["inLanguage"]).first
    }

    /// Arrays and `@graph`s are searched a few levels deep, no deeper: a
    /// hostile script cannot make the search long.
    private static func firstArticle(in value: Any, depth: Int) -> [String: Any]? {
        guard depth < 4 else { return nil }
        if let array = value as? [Any] {
            for element in array.prefix(100) {
                if let found = firstArticle(in: element, depth: depth + 1) { return found }
            }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        if isArticle(object["@type"]) { return object }
        if let graph = object["@graph"] { return firstArticle(in: graph, depth: depth + 1) }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let name = type as? String { return articleTypes.contains(name) }
        if let names = type as? [Any] { return names.contains { isArticle($0) } }
        return false
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String, text.hasVisibleText else { return nil }
        return text
    }

    /// The names in a person or organisation value: a string, an object
    /// with a `name`, or an array of those.
    private static func names(_ value: Any?) -> [String] {
        if let text = string(value) { return [text] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.prefix(20).flatMap { names($0) } }
        return []
    }
}
