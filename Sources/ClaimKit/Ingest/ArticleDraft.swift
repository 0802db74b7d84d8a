/// The lines a structured format (HTML, Markdown, a feed entry) found,
/// collected before the text is normalized and the blocks are built.
struct ArticleDraft {
    private(set) var lines: [DraftLine] = []
    var warnings: [String] = []

    var isEmpty: Bool { lines.isEmpty }

    /// Adds one block of text. Its whitespace (line breaks included)
    /// collapses to single spaces, because a block is one line of the
    /// article; text with nothing but whitespace adds nothing.
    mutating func add(_ text: some StringProtocol, role: DraftLine.Role = .text) {
        let line = ArticleDraft.collapsingWhitespace(text)
        if !line.isEmpty { lines.append(DraftLine(line, role: role)) }
    }

    /// The text with every run of white space made one space, and none
    /// at either end.
    static func collapsingWhitespace(_ text: some StringProtocol) -> String {
        var collapsed = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace {
                collapsed.append(" ")
                pendingSpace = false
            }
            collapsed.append(scalar)
        }
        return String(collapsed)
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
        for (line, text) in zip(lines, normalized.text.split(separator: "\n", omittingEmptySubsequences: false)) {
            // Removing invisible characters can leave doubled or edge spaces.
            let clean = text.contains("  ") || text.first == " " || text.last == " "
                ? ArticleDraft.collapsingWhitespace(text) : String(text)
            if !clean.isEmpty { cleanLines.append(DraftLine(clean, role: line.role)) }
        }
        var allWarnings = warnings
        for warning in normalized.warnings where !allWarnings.contains(warning) {
            allWarnings.append(warning)
        }
        return ingest.article(lines: cleanLines, path: path, warnings: allWarnings)
    }
}
