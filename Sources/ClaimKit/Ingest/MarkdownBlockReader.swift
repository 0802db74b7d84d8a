/// Reads Markdown's block structure line by line: headings (ATX and
/// Setext), paragraphs with their wrapped lines joined, list items as
/// `- ` bullets, block quotes, pipe tables. Code blocks, HTML comments,
/// thematic breaks and link reference definitions are not article text
/// and are dropped.
struct MarkdownBlockReader {
    private(set) var draft = ArticleDraft()
    /// Lines of the paragraph being read, and whether it is a list item.
    private var paragraph: [Substring] = []
    private var paragraphIsItem = false
    private var inList = false
    /// Quotes nested deeper than this are read as plain paragraphs, so
    /// a line of a thousand `>` cannot exhaust the stack.
    private static let quoteDepthLimit = 16
    private let depth: Int

    init(depth: Int = 0) {
        self.depth = depth
    }

    /// Starts the article with a headline found outside the body, such
    /// as a front matter title.
    mutating func startWithTitle(_ title: String) {
        draft.add(title)
    }

    mutating func read(_ lines: ArraySlice<Substring>) {
        var index = lines.startIndex
        while index < lines.endIndex {
            index = readBlock(lines, at: index)
        }
        endParagraph()
    }

    /// Reads the block starting at `index`; returns the next line to read.
    private mutating func readBlock(_ lines: ArraySlice<Substring>, at index: Int) -> Int {
        let raw = lines[index]
        let line = raw.trimmingWhitespace()
        let indent = raw.prefix(while: { $0 == " " }).count
        if line.isEmpty {
            endParagraph()
            return index + 1
        }
        if indent >= 4 && paragraph.isEmpty && !inList {
            return index + 1  // an indented code block
        }
        if indent < 4, let fence = MarkdownSyntax.fence(line) {
            endParagraph()
            return MarkdownSyntax.lineAfterFence(fence, in: lines, from: index + 1)
        }
        if line.hasPrefix("<!--") {
            endParagraph()
            var end = index
            while end < lines.endIndex, !lines[end].contains("-->") { end += 1 }
            return end + 1
        }
        if indent < 4, let (level, text) = MarkdownSyntax.atxHeading(line) {
            endParagraph()
            addHeading(text, level: level)
            return index + 1
        }
        if indent < 4, !paragraph.isEmpty, !paragraphIsItem, let level = MarkdownSyntax.setextLevel(line) {
            let text = paragraph.joined(separator: " ")
            paragraph = []
            addHeading(Substring(text), level: level)
            return index + 1
        }
        if indent < 4, MarkdownSyntax.isThematicBreak(line) {
            endParagraph()
            return index + 1
        }
        if indent < 4, line.first == ">" {
            endParagraph()
            return readQuote(lines, from: index)
        }
        if let itemText = MarkdownSyntax.listItemText(line) {
            endParagraph()
            paragraph = [itemText]
            paragraphIsItem = true
            inList = true
            return index + 1
        }
        if paragraph.isEmpty {
            if index + 1 < lines.endIndex, line.utf8.contains(UInt8(ascii: "|")), MarkdownSyntax.isTableDelimiter(lines[index + 1]) {
                return readTable(lines, from: index)
            }
            if MarkdownSyntax.isReferenceDefinition(line) { return index + 1 }
            if indent < 2 { inList = false }
        }
        paragraph.append(MarkdownSyntax.footnoteDefinitionText(line) ?? line)
        return index + 1
    }

    private mutating func endParagraph() {
        defer {
            paragraph = []
            paragraphIsItem = false
        }
        guard !paragraph.isEmpty else { return }
        let text = MarkdownInline.text(paragraph.joined(separator: " "))
        draft.add(paragraphIsItem ? "- " + text : text)
    }

    /// A level-1 heading at the top is the headline; others are headings.
    private mutating func addHeading(_ text: Substring, level: Int) {
        let isHeadline = level == 1 && depth == 0 && draft.isEmpty
        draft.add(MarkdownInline.text(text), role: isHeadline ? .text : .heading)
        draft.dropRepeatedTitle()
        inList = false
    }

    /// A block quote: its `>` markers stripped and its lines read as
    /// Markdown of their own, up to the next blank line.
    private mutating func readQuote(_ lines: ArraySlice<Substring>, from start: Int) -> Int {
        var quoted: [Substring] = []
        var index = start
        while index < lines.endIndex {
            let line = lines[index].trimmingWhitespace()
            if line.isEmpty { break }
            if line.first == ">" {
                let rest = line.dropFirst()
                quoted.append(rest.first == " " ? rest.dropFirst() : rest)
            } else {
                quoted.append(line)
            }
            index += 1
        }
        if depth < MarkdownBlockReader.quoteDepthLimit {
            var inner = MarkdownBlockReader(depth: depth + 1)
            inner.read(quoted[...])
            draft.append(inner.draft)
        } else {
            draft.add(MarkdownInline.text(quoted.joined(separator: " ")))
        }
        return index
    }

    /// A pipe table: each row a line of its cells, the delimiter row gone.
    private mutating func readTable(_ lines: ArraySlice<Substring>, from start: Int) -> Int {
        var index = start
        while index < lines.endIndex {
            let line = lines[index].trimmingWhitespace()
            guard !line.isEmpty, line.utf8.contains(UInt8(ascii: "|")) else { break }
            if index != start + 1 {
                let cells = MarkdownSyntax.tableCells(line).map(MarkdownInline.text).filter { !$0.isEmpty }
                draft.add(cells.joined(separator: " | "))
            }
            index += 1
        }
        return index
    }
}
