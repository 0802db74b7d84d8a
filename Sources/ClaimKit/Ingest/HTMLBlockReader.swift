/// Reads the elements of an article's container into lines: headings,
/// paragraphs, list items as `- ` bullets, table rows; inline markup is
/// reduced to its text and furniture is left out.
struct HTMLBlockReader {
    private(set) var draft = ArticleDraft()
    private var line = ""
    /// A list item has begun and its text has not been written yet.
    private var bulletOpen = false
    /// The element already used as the headline.
    private let headline: HTMLNode?
    private let survey: HTMLPageSurvey
    /// Widget-looking elements holding at least this much paragraph text
    /// are the article, whatever their class says.
    private let keepThreshold: Int

    /// A reader whose first line is `title`, when the page has one.
    init(survey: HTMLPageSurvey, container: HTMLNode, headline: HTMLNode?, title: String?) {
        if let title { draft.add(title) }
        self.survey = survey
        self.headline = headline
        let containerText = survey.paragraphText(in: container)
        keepThreshold = containerText > 0 ? max(containerText / 2, 1) : Int.max
    }

    mutating func read(_ container: HTMLNode) {
        readChildren(of: container, depth: 0)
        endLine()
    }

    private mutating func readChildren(of element: HTMLNode, depth: Int) {
        for child in element.children {
            if child.isText {
                line += child.text
            } else if child.isElement {
                readElement(child, depth: depth + 1)
            }
        }
    }

    private mutating func readElement(_ element: HTMLNode, depth: Int) {
        guard element != headline else { return }
        let name = element.name
        switch HTMLBoilerplate.verdict(for: element, name: name) {
        case .furniture: return
        case .likelyFurniture where survey.paragraphText(in: element) < keepThreshold: return
        case .likelyFurniture, .article: break
        }
        if depth > HTMLPageSurvey.depthLimit {
            line += HTMLText.text(of: element)
            return
        }
        switch name {
        case "br":
            endLine()
        case "h1", "h2", "h3", "h4", "h5", "h6":
            endLine()
            readChildren(of: element, depth: depth)
            endLine(.heading)
        case "li":
            endLine()
            bulletOpen = true
            readChildren(of: element, depth: depth)
            endLine()
            bulletOpen = false
        case "td", "th":
            if line.hasVisibleText { line += " | " }
            readChildren(of: element, depth: depth)
        case _ where HTMLBlockReader.blockElements.contains(name):
            endLine()
            readChildren(of: element, depth: depth)
            endLine()
        default:
            readChildren(of: element, depth: depth)
        }
    }

    /// Writes the text gathered since the last block boundary as a line.
    private mutating func endLine(_ role: DraftLine.Role = .text) {
        defer { line = "" }
        guard line.hasVisibleText else { return }
        if bulletOpen {
            draft.add("- " + line, role: role)
            bulletOpen = false
        } else {
            draft.add(line, role: role)
        }
        draft.dropRepeatedTitle()
    }

    /// Elements that start and end a line of their own.
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "address",
        "center", "table", "thead", "tbody", "tfoot", "tr", "caption", "details", "summary", "hgroup", "hr",
        "fieldset", "form", "body", "html",
    ]
}
