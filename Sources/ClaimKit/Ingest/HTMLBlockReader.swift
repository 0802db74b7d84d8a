/// Reads the parts of a page that hold its article into lines: headings,
/// paragraphs, list items as `- ` bullets, table rows; inline markup is
/// reduced to its text, and furniture, widgets and second copies of a
/// passage are left out.
struct HTMLBlockReader {
    private(set) var draft = ArticleDraft()
    /// Characters in the lines read, the title aside.
    private(set) var characters = 0
    /// Lines of running text (not headings or list items) at least as long
    /// as a run of prose.
    private(set) var paragraphs = 0
    /// Whether the first line is the page's headline.
    let hasTitle: Bool
    private var line = ""
    /// A list item has begun and its text has not been written yet.
    private var bulletOpen = false
    /// Elements read elsewhere: the headline, the byline.
    private let leftOut: [Int]
    private let score: HTMLContentScore
    private var survey: HTMLPageSurvey { score.survey }
    /// Subtrees read so far by their text, to skip a repeated copy.
    private var copies: [UInt64: Int] = [:]

    /// A reader whose first line is `title`, when the page has one.
    init(score: HTMLContentScore, leavingOut leftOut: [Int], title: String?) {
        if let title { draft.add(title) }
        hasTitle = !draft.isEmpty
        self.score = score
        self.leftOut = leftOut
    }

    /// Reads one part of the article: its class does not count against it.
    mutating func read(part index: Int) {
        readElement(index, isPart: true)
        endLine()
    }

    private mutating func readChildren(of node: HTMLNode) {
        for child in node.children {
            if child.isText {
                line += child.text
            } else if child.isElement, let index = survey.index(of: child) {
                readElement(index, isPart: false)
            }
        }
    }

    private mutating func readElement(_ index: Int, isPart: Bool) {
        guard !leftOut.contains(index) else { return }
        let element = survey.elements[index]
        if !isPart {
            if score.excluded[index] { return }
            if score.isWidget(index) {
                endLine()
                if score.isLinkList(index) { draft.dropIntroducingLine() }
                return
            }
        }
        if isRepeatedCopy(index) { return }
        if element.readsFlat {
            line += HTMLText.text(of: element.node)
            return
        }
        switch element.tag {
        case .br:
            endLine()
        case .h1, .h2, .h3, .h4, .h5, .h6:
            endLine()
            readChildren(of: element.node)
            endLine(.heading)
        case .li:
            endLine()
            bulletOpen = true
            readChildren(of: element.node)
            endLine()
            bulletOpen = false
        case .td, .th:
            if line.hasVisibleText { line += " | " }
            readChildren(of: element.node)
        case let tag where tag.isBlock:
            endLine()
            readChildren(of: element.node)
            endLine()
        default:
            readChildren(of: element.node)
        }
    }

    /// A box holding the same runs of text as one read before (a hidden
    /// copy of the article, a print version) that is not its ancestor.
    private mutating func isRepeatedCopy(_ index: Int) -> Bool {
        let element = survey.elements[index]
        switch element.tag {
        case .div, .section, .article, .main, .td: break
        default: return false
        }
        guard score.totals[index].text >= 200 else { return false }
        let key = survey.contentKey(of: index)
        guard key.runs >= 2 else { return false }
        if let earlier = copies[key.hash] {
            return !survey.isInside(index, earlier)
        }
        copies[key.hash] = index
        return false
    }

    /// Writes the text gathered since the last block boundary as a line.
    private mutating func endLine(_ role: DraftLine.Role = .text) {
        defer { line = "" }
        guard line.hasVisibleText else { return }
        let before = draft.lines.count
        let isItem = bulletOpen
        if bulletOpen {
            draft.add("- " + line, role: role)
            bulletOpen = false
        } else {
            draft.add(line, role: role)
        }
        draft.dropRepeatedTitle()
        if draft.lines.count > before, let added = draft.lines.last {
            let length = added.text.unicodeScalars.count
            characters += length
            if role == .text && !isItem && length >= Int(HTMLPageSurvey.longRun) { paragraphs += 1 }
        }
    }
}
