import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One item of an RSS feed or entry of an Atom feed, as written there.
struct FeedEntry {
    var title = ""
    var link = ""
    /// The full text (`content:encoded`, Atom `content`), else empty.
    var content = ""
    /// The summary (RSS `description`, Atom `summary`).
    var summary = ""
    var contentIsHTML = true
    var summaryIsHTML = true
}

/// Collects the entries of an RSS 2.0, RSS 1.0 or Atom feed with
/// Foundation's streaming XMLParser.
final class FeedReader: NSObject, XMLParserDelegate {
    private(set) var entries: [FeedEntry] = []
    /// The document's root element, which says whether it is a feed.
    private(set) var rootElement: String?
    /// The first parse error, as one line.
    private(set) var failure: String?

    private enum Field {
        case title, link, content, summary
    }

    private var entry: FeedEntry?
    /// Depth of the current element below the entry element.
    private var depth = 0
    private var field: Field?
    private var fieldIsXHTML = false
    private var text = ""

    static let feedRoots: Set<String> = ["rss", "feed", "rdf:rdf"]

    func read(_ bytes: [UInt8]) {
        // A stream is pushed to libxml2 in chunks; one Data of more than
        // 10 MB would trip its "huge input" limit.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        if !parser.parse() && failure == nil {
            failure = "malformed XML at line \(parser.lineNumber)"
        }
    }

    var isFeed: Bool { rootElement.map { FeedReader.feedRoots.contains($0.lowercased()) } ?? false }

    // MARK: XMLParserDelegate

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if rootElement == nil { rootElement = elementName }
        let name = localName(elementName)
        guard entry != nil else {
            if name == "item" || name == "entry" {
                entry = FeedEntry()
                depth = 0
            }
            return
        }
        depth += 1
        if field != nil {
            // Markup inside Atom `type="xhtml"` content, kept for the HTML reader.
            if fieldIsXHTML { text += "<\(name)>" }
            return
        }
        guard depth == 1 else { return }
        let type = attributes["type"]?.lowercased()
        fieldIsXHTML = type == "xhtml"
        switch elementName.lowercased() {
        case "content:encoded":
            field = .content
            entry?.contentIsHTML = true
        default:
            switch name {
            case "title": field = .title
            case "link":
                if let href = attributes["href"] {
                    let rel = attributes["rel"] ?? "alternate"
                    if rel == "alternate" && entry?.link.isEmpty == true { entry?.link = href }
                } else {
                    field = .link
                }
            case "content" where attributes["src"] == nil:
                field = .content
                entry?.contentIsHTML = type == "html" || type == "xhtml" || type?.hasSuffix("html") == true
            case "description":
                field = .summary
                entry?.summaryIsHTML = true
            case "summary":
                field = .summary
                entry?.summaryIsHTML = type == "html" || type == "xhtml"
            default:
                break
            }
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard field != nil else { return }
        text += fieldIsXHTML ? FeedReader.escaped(string) : string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard field != nil else { return }
        text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard entry != nil else { return }
        if depth == 0 {
            entries.append(entry!)
            entry = nil
            return
        }
        depth -= 1
        guard let current = field else { return }
        if depth >= 1 {
            if fieldIsXHTML { text += "</\(localName(elementName))>" }
            return
        }
        switch current {
        case .title: entry?.title = text
        case .link: if entry?.link.isEmpty == true { entry?.link = text }
        case .content: entry?.content = text
        case .summary: entry?.summary = text
        }
        field = nil
        fieldIsXHTML = false
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil {
            failure = "malformed XML at line \(parser.lineNumber), column \(parser.columnNumber)"
        }
    }

    // MARK: Helpers

    private func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name.lowercased() }
        return name[name.index(after: colon)...].lowercased()
    }

    private static func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
