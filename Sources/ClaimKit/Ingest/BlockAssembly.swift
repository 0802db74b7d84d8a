/// One line of an article before it becomes a block: its text and what
/// the source format said it was.
struct DraftLine {
    /// Structure the source format states outright. Anything else is
    /// classified by the plain-text rules, so a `Source:` paragraph in a
    /// web page is a source line just as it is in a text file.
    enum Role {
        case text
        case heading
    }

    var text: String
    var role: Role

    init(_ text: String, role: Role = .text) {
        self.text = text
        self.role = role
    }
}

extension PlainTextIngest {
    /// Turns lines, the first being the headline, into the article's text
    /// and blocks. Every format ends here, so the extractor sees one
    /// structure whatever the article was written in.
    func article(lines: [DraftLine], path: String?, warnings: [String]) -> Article {
        var builder = ArticleBuilder()
        var inBackground = false
        var sawLede = false
        for (index, line) in lines.enumerated() {
            if index == 0 {
                builder.append(line.text, kind: .title)
                continue
            }
            let isClosing = index >= lines.count - 3
            var shape = classify(line.text, isClosing: isClosing, isLast: index == lines.count - 1)
            if line.role == .heading && shape.kind != .boilerplate {
                shape.kind = .heading
            }
            if shape.marker == .heading || (shape.kind == .heading && looksLikeBackgroundHeading(line.text)) {
                inBackground = true
            }
            var kind = shape.kind
            var markerLength = shape.markerLength
            if kind == .paragraph && !sawLede && !inBackground && shape.marker == nil {
                kind = .lede
                sawLede = true
                // A wire dateline ("KYIV, Feb 5 (Reuters) -") is structure, not prose.
                markerLength = datelineLength(line.text) ?? 0
            }
            builder.append(
                line.text, kind: kind, markerLength: markerLength, marker: shape.marker,
                inBackground: inBackground && kind != .heading)
        }
        let title = lines.first?.text ?? ""
        return Article(title: title, path: path, text: builder.text, blocks: builder.blocks, warnings: warnings)
    }
}
