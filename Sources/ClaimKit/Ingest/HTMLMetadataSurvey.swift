/// What a page says about its article besides the article's text: the
/// `<title>`, `<meta>` tags (Open Graph, Dublin Core, Parse.ly and
/// plain names), schema.org JSON-LD, the `<html lang>` and
/// `http-equiv="content-language"`, wherever they appear, and the byline
/// lines and `<time>` elements of the page, page headers and asides included.
struct HTMLMetadataSurvey {
    private(set) var pageTitle: String?
    private(set) var htmlLanguage: String?
    private(set) var jsonLD: JSONLDArticle?
    /// `<meta>` values by lower-cased name, property or itemprop; the first of each.
    private(set) var metas: [String: String] = [:]

    /// Elements naming the authors, in page order: where they stand (the
    /// survey's count of elements when they were met) and whether they
    /// sit in a box named as furniture, such as a comment's author line.
    private(set) var bylines: [Byline] = []

    typealias Byline = (node: HTMLNode, position: Int, inFurniture: Bool)
    /// `<time datetime>` elements: the date, and whether the page marks it
    /// as the publication date (`pubdate`, `itemprop="datePublished"`).
    private(set) var times: [(node: HTMLNode, date: String, isPublication: Bool)] = []

    var openGraphTitle: String? { metas["og:title"] }

    /// Titles the page gives its article, best first: JSON-LD, Open Graph,
    /// Dublin Core, Twitter, then the `<title>`.
    var titles: [String] {
        [jsonLD?.headline, metas["og:title"], metas["dc:title"], metas["twitter:title"], pageTitle].compactMap { $0 }
    }

    mutating func read(_ head: HTMLNode) {
        for child in head.children where child.isElement {
            let tag = HTMLTag(child)
            switch tag {
            case .title: readTitle(child)
            case .meta: readMeta(child)
            case .script: readScript(child)
            default: break
            }
        }
    }

    mutating func readTitle(_ title: HTMLNode) {
        if pageTitle == nil { pageTitle = HTMLText.text(of: title) }
    }

    mutating func readMeta(_ meta: HTMLNode) {
        var keys: [String] = []
        var content: String?
        meta.forEachAttribute { name, value in
            switch String(decoding: name, as: UTF8.self) {
            case "name", "property", "itemprop", "http-equiv":
                // `property` may hold several names, space-separated.
                // Dublin Core names come with dots or colons (`DC.creator`).
                keys += String(decoding: value, as: UTF8.self).lowercased().split(separator: " ").map {
                    $0.replacingOccurrences(of: ".", with: ":")
                }
            case "content":
                content = String(decoding: value, as: UTF8.self)
            default:
                break
            }
        }
        guard let content, content.hasVisibleText else { return }
        for key in keys where metas[key] == nil && metas.count < 200 { metas[key] = content }
    }

    mutating func readScript(_ script: HTMLNode) {
        guard jsonLD == nil, let type = script.attribute("type"),
            type.lowercased().trimmingWhitespace() == "application/ld+json"
        else { return }
        var json = HTMLText.text(of: script).trimmingWhitespace()
        // Some pages wrap the JSON in a CDATA section, as for XHTML.
        if json.hasPrefix("<![CDATA[") { json = json.dropFirst("<![CDATA[".count) }
        if json.hasSuffix("]]>") { json = json.dropLast("]]>".count) }
        jsonLD = JSONLDArticle(json: String(json))
    }

    /// Notes a byline or `<time>` element of the page.
    mutating func note(_ node: HTMLNode, tag: HTMLTag, isByline: Bool, position: Int, inFurniture: Bool) {
        if isByline, bylines.count < 20 { bylines.append((node, position, inFurniture)) }
        if tag == .time, !inFurniture, times.count < 50,
            let date = node.attribute("datetime") ?? node.attribute("content")
        {
            let isPublication = node.attribute("pubdate") != nil || node.attribute("itemprop") == "datePublished"
            times.append((node, date, isPublication))
        }
    }

    /// Looks for bylines and dates inside a page header, aside or footer,
    /// which are never the article's text but often carry its byline.
    mutating func scanFurniture(
        _ element: HTMLNode, classes: ClassSignalCache, position: Int, inFurniture: Bool
    ) {
        var stack = element.children.filter(\.isElement).reversed().map { ($0, inFurniture) }
        var visited = 0
        while let (node, enclosed) = stack.popLast(), visited < 2000 {
            visited += 1
            let tag = HTMLTag(node)
            let attributes = HTMLBoilerplate.Attributes(of: node, classes: classes)
            guard !attributes.isHidden, tag != .script, tag != .style, tag != .nav else { continue }
            let named = attributes.signals.contains(.furniture) && !attributes.signals.contains(.keep)
            note(node, tag: tag, isByline: attributes.isByline, position: position, inFurniture: enclosed || named)
            stack += node.children.filter(\.isElement).reversed().map { ($0, enclosed || named) }
        }
    }

    mutating func readLanguage(of html: HTMLNode) {
        if htmlLanguage == nil { htmlLanguage = html.attribute("lang") ?? html.attribute("xml:lang") }
    }

    // MARK: What the page says

    /// The authors: JSON-LD, then Dublin Core, `author`, Parse.ly and
    /// `article:author` (when it is a name, not a web address).
    var byline: String? {
        if let authors = jsonLD?.authors, !authors.isEmpty {
            var unique: [String] = []
            for author in authors.compactMap(MetadataValues.byline) where !unique.contains(author) { unique.append(author) }
            if !unique.isEmpty { return unique.joined(separator: ", ") }
        }
        for key in ["dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author", "article:author",
            "sailthru:author", "byl"]
        {
            if let byline = MetadataValues.byline(metas[key]) { return byline }
        }
        return nil
    }

    var published: String? {
        if let date = MetadataValues.date(jsonLD?.published) { return date }
        for key in ["article:published_time", "parsely-pub-date", "datepublished", "og:published_time",
            "dc:date:issued", "dcterms:issued", "dcterms:created", "dc:date", "date", "pubdate", "publishdate",
            "publish-date", "sailthru:date", "article:published", "og:article:published_time"]
        {
            if let date = MetadataValues.date(metas[key]) { return date }
        }
        return nil
    }

    var site: String? {
        MetadataValues.line(jsonLD?.publisher) ?? MetadataValues.line(metas["og:site_name"])
            ?? MetadataValues.line(metas["application-name"])
    }

    var language: String? {
        for value in [htmlLanguage, metas["content-language"], jsonLD?.language, metas["dc:language"], metas["og:locale"]] {
            if let language = MetadataValues.language(value) { return language }
        }
        return nil
    }
}
