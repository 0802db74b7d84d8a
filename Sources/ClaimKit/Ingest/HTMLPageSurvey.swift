/// One pass over a parsed page that notes what choosing its article
/// needs: how much paragraph text each element holds, the elements that
/// declare themselves the article, the headline candidates.
struct HTMLPageSurvey {
    /// The `<p>` text inside an element.
    struct Paragraphs {
        /// Its length in UTF-8 bytes.
        var bytes = 0
        /// How many paragraphs are long enough to be prose rather than a
        /// label, a caption or a one-line sidebar entry.
        var long = 0

        static let longBytes = 80

        static func += (total: inout Paragraphs, more: Paragraphs) {
            total.bytes += more.bytes
            total.long += more.long
        }
    }

    private var paragraphs: [HTMLNode: Paragraphs] = [:]
    private(set) var articleBodies: [HTMLNode] = []
    private(set) var articles: [HTMLNode] = []
    private(set) var mains: [HTMLNode] = []
    private(set) var headlines: [HTMLNode] = []
    private(set) var body: HTMLNode?
    /// The `<title>` element's text.
    private(set) var pageTitle: String?
    /// The Open Graph title, which sites fill with the bare headline.
    private(set) var openGraphTitle: String?

    /// Deeper than this the tree is not explored element by element; a
    /// hostile page cannot exhaust the stack.
    static let depthLimit = 200

    init(root: HTMLNode) {
        _ = visit(root, depth: 0)
    }

    func paragraphs(in element: HTMLNode) -> Paragraphs { paragraphs[element] ?? Paragraphs() }

    /// Bytes of `<p>` text inside `element`.
    func paragraphText(in element: HTMLNode) -> Int { paragraphs[element]?.bytes ?? 0 }

    /// Visits an element and returns the paragraphs inside it.
    private mutating func visit(_ element: HTMLNode, depth: Int) -> Paragraphs {
        let name = element.name
        if name == "head" {
            readHead(element)
            return Paragraphs()
        }
        if name == "body" && body == nil { body = element }
        if HTMLBoilerplate.verdict(for: element, name: name) == .furniture {
            return Paragraphs()
        }
        if depth > HTMLPageSurvey.depthLimit {
            // Read flat, as `HTMLBlockReader` reads it: one paragraph.
            let length = HTMLText.byteCount(of: element)
            return Paragraphs(bytes: length, long: length >= Paragraphs.longBytes ? 1 : 0)
        }
        if name == "p" {
            let length = HTMLText.byteCount(of: element)
            let found = Paragraphs(bytes: length, long: length >= Paragraphs.longBytes ? 1 : 0)
            if length > 0 { paragraphs[element] = found }
            return found
        }
        switch name {
        case "article": articles.append(element)
        case "main": mains.append(element)
        case "h1": headlines.append(element)
        default: if element.attribute("role") == "main" { mains.append(element) }
        }
        if let itemprop = element.attribute("itemprop"), itemprop.split(separator: " ").contains("articleBody") {
            articleBodies.append(element)
        }
        var total = Paragraphs()
        for child in element.children where child.isElement {
            total += visit(child, depth: depth + 1)
        }
        if total.bytes > 0 { paragraphs[element] = total }
        return total
    }

    private mutating func readHead(_ head: HTMLNode) {
        for child in head.children where child.isElement {
            switch child.name {
            case "title" where pageTitle == nil:
                pageTitle = HTMLText.text(of: child)
            case "meta" where openGraphTitle == nil:
                let attributes = child.attributes
                let isOpenGraphTitle = attributes.contains {
                    ($0.name == "property" || $0.name == "name") && $0.value.lowercased() == "og:title"
                }
                if isOpenGraphTitle { openGraphTitle = attributes.first { $0.name == "content" }?.value }
            default:
                break
            }
        }
    }
}

/// Text gathered from a whole subtree without recursion, skipping what
/// is never article text.
enum HTMLText {
    static func byteCount(of element: HTMLNode) -> Int {
        var count = 0
        forEachText(in: element) { count += $0.textByteCount }
        return count
    }

    static func text(of element: HTMLNode) -> String {
        var text = ""
        forEachText(in: element) { text += $0.text }
        return text
    }

    static func forEachText(in element: HTMLNode, _ body: (HTMLNode) -> Void) {
        var stack = Array(element.children.reversed())
        while let node = stack.popLast() {
            if node.isText {
                body(node)
            } else if node.isElement, !HTMLBoilerplate.alwaysDropped.contains(node.name) {
                stack.append(contentsOf: node.children.reversed())
            }
        }
    }
}
