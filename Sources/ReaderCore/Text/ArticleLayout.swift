import ClaimKit

/// One screen line of the article pane.
public struct ArticleLine: Hashable, Sendable {
    /// The glyphs of the line, as indices into `ArticleLayout.glyphs`.
    public var glyphs: Range<Int>
    /// Columns left blank before the first glyph (a bullet's hanging indent).
    public var indent: Int
    /// The kind of block the line belongs to; nil for the blank line between blocks.
    public var kind: BlockKind?
    /// Scalar offsets the line covers in the article text.
    public var start: Int
    public var end: Int
}

/// The article word-wrapped to a width: blocks keep their kind, a blank
/// line separates them, and bullets wrap under their first word.
public struct ArticleLayout: Sendable {
    public let width: Int
    public let glyphs: [Glyph]
    public let lines: [ArticleLine]

    public init(article: Article, width: Int, asciiOnly: Bool = false) {
        self.width = max(1, width)
        var builder = Builder(width: self.width)
        let blocks = article.blocks.isEmpty ? Self.paragraphs(of: article) : article.blocks
        for block in blocks {
            let marker = block.kind == .bullet ? block.markerRange.map { $0.end - block.range.start } : nil
            builder.addBlock(
                article.scalars[block.range.start..<block.range.end], start: block.range.start, kind: block.kind,
                hangingMarkerScalars: marker, asciiOnly: asciiOnly)
        }
        glyphs = builder.glyphs
        lines = builder.lines
    }

    /// The text cut at line breaks, for an article that came without blocks.
    private static func paragraphs(of article: Article) -> [Block] {
        var blocks: [Block] = []
        var start = 0
        for (offset, scalar) in article.scalars.enumerated() where scalar == "\n" {
            if offset > start { blocks.append(Block(kind: .paragraph, range: TextRange(start, offset))) }
            start = offset + 1
        }
        if article.scalars.count > start {
            blocks.append(Block(kind: .paragraph, range: TextRange(start, article.scalars.count)))
        }
        return blocks
    }

    /// The first line that shows text at or after `offset`.
    public func line(containing offset: Int) -> Int? {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].end <= offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < lines.count ? low : nil
    }

    /// The scalar offset of the glyph under column `column` of line `index`.
    public func offset(line index: Int, column: Int) -> Int? {
        guard lines.indices.contains(index) else { return nil }
        let line = lines[index]
        var x = line.indent
        for glyphIndex in line.glyphs {
            let glyph = glyphs[glyphIndex]
            if column < x + glyph.width { return column >= x ? glyph.offset : nil }
            x += glyph.width
        }
        return nil
    }

    private struct Builder {
        let width: Int
        var glyphs: [Glyph] = []
        var lines: [ArticleLine] = []

        init(width: Int) { self.width = width }

        mutating func addBlock(
            _ scalars: ArraySlice<Unicode.Scalar>, start: Int, kind: BlockKind, hangingMarkerScalars: Int?,
            asciiOnly: Bool
        ) {
            if !lines.isEmpty {
                lines.append(ArticleLine(glyphs: glyphs.count..<glyphs.count, indent: 0, kind: nil, start: start, end: start))
            }
            var segmentStart = start
            var index = scalars.startIndex
            while index <= scalars.endIndex {
                if index == scalars.endIndex || scalars[index] == "\n" {
                    let segment = Glyph.split(scalars[segmentStart..<index], startingAt: segmentStart, asciiOnly: asciiOnly)
                    let hanging = hangingMarkerScalars.map { markerScalars in
                        segment.prefix { $0.offset < start + markerScalars }.reduce(0) { $0 + $1.width }
                    }
                    wrap(segment, kind: kind, hangingIndent: min(hanging ?? 0, width / 2), start: segmentStart, end: index)
                    segmentStart = index + 1
                }
                index += 1
            }
        }

        /// Greedy word wrap: break at the last space that fits, or inside a
        /// word longer than the line.
        mutating func wrap(_ segment: [Glyph], kind: BlockKind, hangingIndent: Int, start: Int, end: Int) {
            var position = 0
            var first = true
            if segment.isEmpty {
                lines.append(ArticleLine(glyphs: glyphs.count..<glyphs.count, indent: 0, kind: kind, start: start, end: end))
                return
            }
            while position < segment.count {
                if !first { while position < segment.count && segment[position].text == " " { position += 1 } }
                guard position < segment.count else { break }
                let indent = first ? 0 : hangingIndent
                let available = max(1, width - indent)
                var column = 0
                var next = position
                var lastSpace: Int?
                while next < segment.count && column + segment[next].width <= available {
                    if segment[next].text == " " { lastSpace = next }
                    column += segment[next].width
                    next += 1
                }
                var lineEnd: Int
                if next == segment.count || segment[next].text == " " {
                    lineEnd = next
                } else if let lastSpace, lastSpace > position {
                    lineEnd = lastSpace
                } else {
                    lineEnd = max(next, position + 1)
                }
                let glyphStart = glyphs.count
                glyphs.append(contentsOf: segment[position..<lineEnd])
                let lineStartOffset = first ? start : segment[position].offset
                let lineEndOffset = lineEnd < segment.count ? segment[lineEnd].offset : end
                lines.append(
                    ArticleLine(
                        glyphs: glyphStart..<glyphs.count, indent: indent, kind: kind, start: lineStartOffset,
                        end: lineEndOffset))
                position = lineEnd
                first = false
            }
        }
    }
}
