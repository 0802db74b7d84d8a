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
        article(lines: logicalLines(normalizedText).map { DraftLine($0) }, path: path, warnings: warnings)
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
        // Footer phrases are ASCII: compare on bytes with ASCII capitals folded.
        let opening = PlainTextIngest.foldedBytes(line, limit: 32)
        if let first = opening.first,
            lexicon.boilerplateStarts.contains(where: { $0.first == first && opening.starts(with: $0) })
        {
            return Shape(kind: .boilerplate)
        }
        if isClosing, line.utf8.count < 400 {
            let whole = PlainTextIngest.foldedBytes(line, limit: 400)
            if lexicon.boilerplateContains.contains(where: whole.containsBytes) { return Shape(kind: .boilerplate) }
        }
        if let length = bulletMarkerLength(line) {
            return Shape(kind: .bullet, markerLength: length)
        }
        if let (label, length) = markerLabel(line), let marker = lexicon.sectionMarkers[label.lowercased()] {
            let rest = line.scalarCount - length
            switch marker {
            case .boilerplate: return Shape(kind: .boilerplate, markerLength: length, marker: marker)
            case .sourceline: return Shape(kind: rest > 0 ? .sourceline : .heading, markerLength: length, marker: marker)
            case .heading: return Shape(kind: rest > 0 ? .paragraph : .heading, markerLength: length, marker: marker)
            case .quote, .paragraph:
                return Shape(kind: rest > 0 ? .paragraph : .heading, markerLength: length, marker: marker)
            }
        }
        if line.utf8.last == UInt8(ascii: ":") && line.scalarCount <= 80 {
            return Shape(kind: .heading)
        }
        if !isLast, isShortHeading(line) {
            return Shape(kind: .heading)
        }
        return Shape(kind: .paragraph)
    }

    /// The first `limit` bytes of a line with ASCII capitals lower-cased.
    private static func foldedBytes(_ line: String, limit: Int) -> [UInt8] {
        var line = line
        return line.withUTF8 { bytes in
            bytes.prefix(limit).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        }
    }

    /// A sub-heading: a few words, capitalised, with no sentence punctuation.
    private func isShortHeading(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, first.properties.isUppercase,
            let last = line.unicodeScalars.last
        else { return false }
        if ".!?\"”’)…;,".unicodeScalars.contains(last) { return false }
        return line.utf8.lazy.filter { $0 == 0x20 }.count < 6
    }

    func looksLikeBackgroundHeading(_ line: String) -> Bool {
        let label = line.lowercased().trimmingCharacters(in: [":"])
        return lexicon.sectionMarkers[label] == .heading
    }

    /// Length of a wire dateline opening a lede — a place in capitals,
    /// perhaps a date and the agency, then a dash: "KYIV, Feb 5 (Reuters) - ",
    /// "WASHINGTON (AP) — ", "OSLO, Feb 20 — " — in scalars with the space after.
    /// A place in ordinary case is a dateline only with its agency in
    /// brackets ("New York (AFP) – "), which no sentence's subject has.
    func datelineLength(_ line: String) -> Int? {
        let scalars = Array(line.unicodeScalars.prefix(80))
        var index = 0
        var letters = 0
        var titleCase = false
        while index < scalars.count {
            let scalar = scalars[index]
            if Tokenizer.isUppercase(scalar) {
                letters += 1
            } else if scalar.properties.isLowercase {
                // Only inside a word that began in capitals: "New York".
                guard index > 0, scalars[index - 1].properties.isAlphabetic else { return nil }
                titleCase = true
            } else if !" .'-".unicodeScalars.contains(scalar) {
                break
            }
            index += 1
        }
        guard letters >= 2 || titleCase && letters >= 1 else { return nil }
        var sawAgency = false
        // Then anything short up to the dash: ", Feb 5 (Reuters)".
        while index < scalars.count, index < 60 {
            let scalar = scalars[index]
            // "(AFP)", not a party and state "(R-Texas)".
            if scalar == ")", let open = scalars[..<index].lastIndex(of: "("), index - open > 2,
                scalars[(open + 1)..<index].allSatisfy(\.properties.isAlphabetic)
            {
                sawAgency = true
            }
            let isDash = scalar == "\u{2014}" || scalar == "\u{2013}"
                || scalar == "-" && index > 0 && scalars[index - 1] == " " && index + 1 < scalars.count
                    && scalars[index + 1] == " "
            if isDash {
                guard sawAgency || !titleCase else { return nil }
                var end = index + 1
                while end < scalars.count, scalars[end] == " " { end += 1 }
                return end < scalars.count ? end : nil
            }
            if scalar == "!" || scalar == "?" || scalar == "\"" || scalar == "\u{201C}" { return nil }
            index += 1
        }
        return nil
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
        guard let first = line.unicodeScalars.first, Tokenizer.isUppercase(first) else { return nil }
        // A label is short: look for the colon in the first 31 scalars, on bytes.
        var scalars = 0
        var words = 1
        var labelBytes: [UInt8] = []
        var sawColon = false
        var spaces = 0
        for byte in line.utf8 {
            if sawColon {
                guard byte == 0x20 else { break }
                spaces += 1
                continue
            }
            if byte == 0x3A {
                sawColon = true
                continue
            }
            if byte & 0xC0 != 0x80 {
                scalars += 1
                if scalars > 31 { return nil }
            }
            if byte == 0x20 { words += 1 }
            labelBytes.append(byte)
        }
        guard sawColon, scalars > 0, words <= 4 else { return nil }
        return (String(decoding: labelBytes, as: UTF8.self), scalars + 1 + spaces)
    }
}

extension Array where Element == UInt8 {
    /// Whether `pattern` occurs as a run somewhere in the array.
    func containsBytes(_ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty, pattern.count <= count else { return pattern.isEmpty }
        for start in 0...(count - pattern.count) where self[start] == pattern[0] {
            if self[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
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
        let length = line.scalarCount
        text += line
        let range = TextRange(offset, offset + length)
        let markerRange = markerLength > 0 ? TextRange(offset, offset + min(markerLength, length)) : nil
        blocks.append(Block(kind: kind, range: range, markerRange: markerRange, marker: marker, inBackground: inBackground))
        offset += length
    }
}

extension String {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (every
    /// byte but a continuation byte starts one) rather than by decoding.
    var scalarCount: Int {
        var text = self
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
