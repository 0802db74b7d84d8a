/// Reads the plain-text article layout: the headline on the first line,
/// then one paragraph a line (or hard-wrapped paragraphs separated by
/// blank lines). Outlet section markers (`Source:`, `Details:`,
/// `Background:`), bullets and footer lines become structure.
public struct PlainTextIngest: Sendable {
    let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func article(fromBytes bytes: some Collection<UInt8>, path: String?) -> Article {
        let normalized = TextNormalizer.normalize(bytes)
        return article(normalizedText: normalized.text, path: path, warnings: normalized.warnings)
    }

    public func article(from text: String, path: String?) -> Article {
        let normalized = TextNormalizer.normalize(text)
        return article(normalizedText: normalized.text, path: path, warnings: normalized.warnings)
    }

    /// Builds the article from already-normalized lines of text.
    func article(normalizedText: String, path: String?, warnings: [String]) -> Article {
        let lines = logicalLines(normalizedText)
        var builder = ArticleBuilder()
        var inBackground = false
        var sawLede = false
        for (index, line) in lines.enumerated() {
            if index == 0 {
                builder.append(line, kind: .title)
                continue
            }
            let isClosing = index >= lines.count - 3
            let shape = classify(line, isClosing: isClosing, isLast: index == lines.count - 1)
            if shape.marker == .heading || (shape.kind == .heading && looksLikeBackgroundHeading(line)) {
                inBackground = true
            }
            var kind = shape.kind
            if kind == .paragraph && !sawLede && !inBackground && shape.marker == nil {
                kind = .lede
                sawLede = true
            }
            builder.append(
                line, kind: kind, markerLength: shape.markerLength, marker: shape.marker,
                inBackground: inBackground && kind != .heading)
        }
        let title = lines.first ?? ""
        return Article(title: title, path: path, text: builder.text, blocks: builder.blocks, warnings: warnings)
    }

    // MARK: Lines

    /// The text's lines, trimmed, without blank ones. A hard-wrapped file
    /// (blank lines between paragraphs, every line but a paragraph's last
    /// filled to a similar width) has its paragraphs joined back up.
    func logicalLines(_ text: String) -> [String] {
        var groups: [[String]] = [[]]
        var text = text
        text.makeContiguousUTF8()
        // Normalized text has only " " and "\n" for white space, so lines
        // can be cut and trimmed on bytes.
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                var start = lineStart
                var end = index
                lineStart = index + 1
                while start < end, bytes[start] == 0x20 { start += 1 }
                while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                if start == end {
                    if !groups[groups.count - 1].isEmpty { groups.append([]) }
                    continue
                }
                var line: [UInt8] = []
                line.reserveCapacity(end - start)
                for byte in bytes[start..<end] where byte != 0x20 || line.last != 0x20 { line.append(byte) }
                groups[groups.count - 1].append(String(decoding: line, as: UTF8.self))
            }
        }
        groups.removeAll { $0.isEmpty }
        guard !groups.isEmpty else { return [] }
        let wrapped = isHardWrapped(groups)
        var lines: [String] = []
        for (groupIndex, group) in groups.enumerated() {
            guard wrapped else {
                lines.append(contentsOf: group)
                continue
            }
            var current = ""
            for (lineIndex, line) in group.enumerated() {
                let startsBlock = (groupIndex == 0 && lineIndex <= 1) || bulletMarkerLength(line) != nil
                    || markerLabel(line) != nil
                if current.isEmpty || startsBlock {
                    if !current.isEmpty { lines.append(current) }
                    current = line
                } else {
                    current += " " + line
                }
            }
            if !current.isEmpty { lines.append(current) }
        }
        return lines
    }

    private func isHardWrapped(_ groups: [[String]]) -> Bool {
        let body = groups.dropFirst().flatMap { $0 }
        guard groups.count >= 2, let longest = body.map(\.utf8.count).max(), longest <= 100 else { return false }
        var continued = 0
        var filled = 0
        for group in groups.dropFirst() where group.count > 1 {
            for line in group.dropLast() {
                continued += 1
                if line.utf8.count * 10 >= longest * 6 { filled += 1 }
            }
        }
        return continued >= 2 && filled * 10 >= continued * 8
    }

    // MARK: Classification

    struct Shape {
        var kind: BlockKind
        var markerLength: Int = 0
        var marker: MarkerKind?
    }

    func classify(_ line: String, isClosing: Bool, isLast: Bool) -> Shape {
        let lowered = line.lowercased()
        if lexicon.boilerplateStarts.contains(where: { lowered.hasPrefix($0) }) {
            return Shape(kind: .boilerplate)
        }
        if isClosing, line.count < 300, lexicon.boilerplateContains.contains(where: { lowered.contains($0) }) {
            return Shape(kind: .boilerplate)
        }
        if let length = bulletMarkerLength(line) {
            return Shape(kind: .bullet, markerLength: length)
        }
        if let (label, length) = markerLabel(line), let marker = lexicon.sectionMarkers[label.lowercased()] {
            let rest = line.unicodeScalars.count - length
            switch marker {
            case .boilerplate: return Shape(kind: .boilerplate, markerLength: length, marker: marker)
            case .sourceline: return Shape(kind: rest > 0 ? .sourceline : .heading, markerLength: length, marker: marker)
            case .heading: return Shape(kind: rest > 0 ? .paragraph : .heading, markerLength: length, marker: marker)
            case .quote, .paragraph:
                return Shape(kind: rest > 0 ? .paragraph : .heading, markerLength: length, marker: marker)
            }
        }
        if line.hasSuffix(":") && line.count <= 80 {
            return Shape(kind: .heading)
        }
        if !isLast, isShortHeading(line) {
            return Shape(kind: .heading)
        }
        return Shape(kind: .paragraph)
    }

    /// A sub-heading: a few words, capitalised, with no sentence punctuation.
    private func isShortHeading(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, first.properties.isUppercase,
            let last = line.unicodeScalars.last
        else { return false }
        if ".!?\"”’)…;,".unicodeScalars.contains(last) { return false }
        return line.split(separator: " ").count <= 6
    }

    private func looksLikeBackgroundHeading(_ line: String) -> Bool {
        let label = line.lowercased().trimmingCharacters(in: [":"])
        return lexicon.sectionMarkers[label] == .heading
    }

    /// Length of a leading bullet (`- `, `* `, `• `, `– `, `· `), in scalars.
    func bulletMarkerLength(_ line: String) -> Int? {
        let scalars = Array(line.unicodeScalars.prefix(3))
        guard scalars.count >= 2, "-*•–·▪".unicodeScalars.contains(scalars[0]), scalars[1] == " " else {
            return nil
        }
        return 2
    }

    /// A leading `Label:` of at most four words, and its length with the
    /// space after it, in scalars.
    func markerLabel(_ line: String) -> (label: String, length: Int)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let label = line[..<colon]
        guard !label.isEmpty, label.count <= 30, label.split(separator: " ").count <= 4,
            label.first?.isUppercase == true
        else { return nil }
        var length = label.unicodeScalars.count + 1
        let after = line[line.index(after: colon)...]
        length += after.prefix(while: { $0 == " " }).unicodeScalars.count
        return (String(label), length)
    }
}

/// Accumulates blocks and the text they index, one line a block.
struct ArticleBuilder {
    var text = ""
    var blocks: [Block] = []
    private var offset = 0

    mutating func append(
        _ line: String, kind: BlockKind, markerLength: Int = 0, marker: MarkerKind? = nil, inBackground: Bool = false
    ) {
        if !text.isEmpty {
            text += "\n"
            offset += 1
        }
        let length = line.unicodeScalars.count
        text += line
        let range = TextRange(offset, offset + length)
        let markerRange = markerLength > 0 ? TextRange(offset, offset + min(markerLength, length)) : nil
        blocks.append(Block(kind: kind, range: range, markerRange: markerRange, marker: marker, inBackground: inBackground))
        offset += length
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
