/// The lines a structured format (HTML, Markdown, a feed entry) found,
/// collected before the text is normalized and the blocks are built.
struct ArticleDraft {
    private(set) var lines: [DraftLine] = []
    var warnings: [String] = []
    var metadata = ArticleMetadata()

    var isEmpty: Bool { lines.isEmpty }

    /// Adds one block of text. Its whitespace (line breaks included)
    /// collapses to single spaces, because a block is one line of the
    /// article; text with nothing but whitespace adds nothing.
    mutating func add(_ text: some StringProtocol, role: DraftLine.Role = .text) {
        let line = ArticleDraft.collapsingWhitespace(text)
        if !line.isEmpty { lines.append(DraftLine(line, role: role)) }
    }

    /// The text with every run of ASCII white space and line or paragraph
    /// separators made one space, and none at either end. Other Unicode
    /// spaces become plain spaces in normalization and are collapsed
    /// after it; what matters here is that no line break survives.
    /// Worked on UTF-8 bytes: these loops touch every byte of a page.
    static func collapsingWhitespace(_ text: some StringProtocol) -> String {
        let bytes = Array(text.utf8)
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var width = 0
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                width = 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                width = 3  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
            }
            if width > 0 {
                pendingSpace = !collapsed.isEmpty
                index += width
                continue
            }
            if pendingSpace {
                collapsed.append(0x20)
                pendingSpace = false
            }
            collapsed.append(byte)
            index += 1
        }
        return String(decoding: collapsed, as: UTF8.self)
    }

    /// Gives a draft read without a headline one taken from its first
    /// line, which stays in the body: the line itself when it is short,
    /// else its first sentence when that is short, else its first words.
    mutating func insertTitleFromFirstLine() {
        guard let first = lines.first?.text else { return }
        lines.insert(DraftLine(ArticleDraft.excerpt(of: first)), at: 0)
    }

    /// Titles made from a line are at most this many characters.
    static let excerptLength = 100

    static func excerpt(of line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > excerptLength else { return line }
        var end = 0
        for index in 0..<excerptLength where ".!?".unicodeScalars.contains(scalars[index]) {
            if index + 1 < scalars.count, scalars[index + 1] == " " {
                end = index + 1
                break
            }
        }
        if end == 0 {
            end = excerptLength
            while end > 0, scalars[end] != " " { end -= 1 }
            if end == 0 { end = excerptLength }
        }
        var title = String(String.UnicodeScalarView(scalars[..<end])).trimmingWhitespace()
        if !".!?".contains(title.last ?? " ") { title += "…" }
        return String(title)
    }

    /// Drops a last body line that only introduces what came next ("More
    /// stories from the region:", a "Top stories" heading), when what came
    /// next was left out.
    mutating func dropIntroducingLine() {
        guard lines.count > 1, let last = lines.last, last.text.unicodeScalars.count <= 80,
            last.role == .heading || last.text.utf8.last == UInt8(ascii: ":")
        else { return }
        lines.removeLast()
    }

    /// Adds the lines of another draft, such as a quoted passage's.
    mutating func append(_ other: ArticleDraft) {
        lines += other.lines
    }

    /// Drops a first body line that only repeats the headline, as a page
    /// whose title and first heading say the same thing would give.
    mutating func dropRepeatedTitle() {
        if lines.count == 2 && lines[1].text == lines[0].text { lines.removeLast() }
    }

    /// The article: every line normalized in one pass (a line holds no
    /// line breaks, so the joined text splits back into the same lines),
    /// then classified and laid out by the plain-text rules.
    func article(using ingest: PlainTextIngest, path: String?) -> Article {
        let normalized = TextNormalizer.normalize(lines.lazy.map(\.text).joined(separator: "\n"))
        var cleanLines: [DraftLine] = []
        cleanLines.reserveCapacity(lines.count)
        var roles = lines.makeIterator()
        // Normalized text has only " " and "\n" for white space, but
        // removing invisible characters can leave doubled or edge spaces,
        // so each line is collapsed again as it is cut out.
        var line: [UInt8] = []
        var pendingSpace = false
        func endLine() {
            let role = roles.next()?.role ?? .text
            if !line.isEmpty { cleanLines.append(DraftLine(String(decoding: line, as: UTF8.self), role: role)) }
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        for byte in normalized.text.utf8 {
            if byte == 0x0A {
                endLine()
            } else if byte == 0x20 {
                pendingSpace = !line.isEmpty
            } else {
                if pendingSpace {
                    line.append(0x20)
                    pendingSpace = false
                }
                line.append(byte)
            }
        }
        endLine()
        var allWarnings = warnings
        for warning in normalized.warnings where !allWarnings.contains(warning) {
            allWarnings.append(warning)
        }
        var article = ingest.article(lines: cleanLines, path: path, warnings: allWarnings)
        article.metadata = metadata
        return article
    }
}
