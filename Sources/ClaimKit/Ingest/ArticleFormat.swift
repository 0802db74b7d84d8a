import Foundation

/// The article formats ClaimKit reads, told apart by what the bytes
/// begin with, then by what the server or the file name says.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case plainText = "text"
    case markdown
    case html
    case feed

    /// The format of `data` read from `name` (a path or URL), which a
    /// server may have labelled with `mimeType`.
    public static func detect(_ data: Data, name: String?, mimeType: String? = nil) -> ArticleFormat {
        if let markup = markupFormat(of: data) { return markup }
        if let mimeType, let format = format(mimeType: mimeType) { return format }
        if let name, let format = format(extension: fileExtension(of: name)) { return format }
        return looksLikeMarkdown(data) ? .markdown : .plainText
    }

    /// The formats file names announce.
    static func format(extension: String) -> ArticleFormat? {
        switch `extension`.lowercased() {
        case "html", "htm", "xhtml": .html
        case "xml", "rss", "atom": .feed
        case "md", "markdown": .markdown
        case "txt", "text": .plainText
        default: nil
        }
    }

    static func format(mimeType: String) -> ArticleFormat? {
        switch mimeType {
        case "text/html", "application/xhtml+xml": .html
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml": .feed
        case "text/markdown", "text/x-markdown": .markdown
        case "text/plain": .plainText
        default: nil
        }
    }

    private static func fileExtension(of name: String) -> String {
        let path = URLFetcher.isWebAddress(name) ? (URL(string: name)?.path ?? "") : name
        return (path as NSString).pathExtension
    }

    // MARK: Sniffing

    /// A feed by its root element (`<rss>`, `<feed>`, `<rdf:RDF>`), a page
    /// by its doctype or its first element; nil for anything else.
    static func markupFormat(of data: Data) -> ArticleFormat? {
        guard let name = firstElementName(in: Array(data.prefix(4096))) else { return nil }
        if FeedReader.feedRoots.contains(name) { return .feed }
        return pageElements.contains(name) ? .html : nil
    }

    /// Elements a web page or a saved fragment of one starts with.
    private static let pageElements: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "div", "article", "main", "section", "header", "nav",
        "h1", "p", "table",
    ]

    /// The first element's name, lower-cased, after a byte order mark,
    /// whitespace, the XML declaration, comments and the doctype (an
    /// HTML doctype reads as `html`).
    private static func firstElementName(in bytes: [UInt8]) -> String? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "<") else { return nil }
            let rest = bytes[(index + 1)...]
            if rest.starts(with: Array("?".utf8)) {
                index = end(of: Array("?>".utf8), in: bytes, from: index)
            } else if rest.starts(with: Array("!--".utf8)) {
                index = end(of: Array("-->".utf8), in: bytes, from: index)
            } else if rest.first == UInt8(ascii: "!") {
                let doctype = word(in: bytes, from: index + 2)
                if doctype.name == "doctype" && word(in: bytes, from: doctype.end).name == "html" { return "html" }
                index = end(of: Array(">".utf8), in: bytes, from: index)
            } else {
                return word(in: bytes, from: index + 1).name
            }
        }
    }

    /// The lower-cased name starting at `start` (after any spaces) and
    /// the index after it.
    private static func word(in bytes: [UInt8], from start: Int) -> (name: String, end: Int) {
        var begin = start
        while begin < bytes.count, isSpace(bytes[begin]) { begin += 1 }
        var end = begin
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "/") {
            end += 1
        }
        return (String(decoding: bytes[begin..<end], as: UTF8.self).lowercased(), end)
    }

    private static func end(of terminator: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + terminator.count <= bytes.count {
            if bytes[index..<(index + terminator.count)].elementsEqual(terminator) { return index + terminator.count }
            index += 1
        }
        return bytes.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Text of unknown kind (standard input, a file without extension)
    /// is Markdown when it opens with front matter or a `# ` headline.
    static func looksLikeMarkdown(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(512), as: UTF8.self)
        guard let firstLine = head.split(separator: "\n", omittingEmptySubsequences: true).first else {
            return false
        }
        let line = firstLine.trimmingWhitespace()
        return line == "---" || line.hasPrefix("# ")
    }
}
