/// Recognisers for the Markdown line shapes `MarkdownBlockReader` needs.
/// Each looks at one line that has already been trimmed of whitespace.
enum MarkdownSyntax {
    struct Fence {
        var character: Character
        var length: Int
    }

    /// An opening code fence: three or more backticks or tildes.
    static func fence(_ line: Substring) -> Fence? {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let length = line.prefix(while: { $0 == first }).count
        guard length >= 3 else { return nil }
        if first == "`" && line.dropFirst(length).contains("`") { return nil }
        return Fence(character: first, length: length)
    }

    /// The line after the fence that closes `fence` (the end of the text
    /// when it is never closed, as CommonMark reads it).
    static func lineAfterFence(_ fence: Fence, in lines: ArraySlice<Substring>, from start: Int) -> Int {
        var index = start
        while index < lines.endIndex {
            let line = lines[index].trimmingWhitespace()
            let run = line.prefix(while: { $0 == fence.character }).count
            if run >= fence.length && run == line.count { return index + 1 }
            index += 1
        }
        return index
    }

    /// `## Heading ##` → (2, "Heading").
    static func atxHeading(_ line: Substring) -> (level: Int, text: Substring)? {
        let level = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingWhitespace()
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = text.dropLast(closing).trimmingWhitespace()
        }
        return (level, text)
    }

    /// A Setext underline: `===` makes the paragraph above a level-1
    /// heading, `---` a level-2 one.
    static func setextLevel(_ line: Substring) -> Int? {
        guard let first = line.first, first == "=" || first == "-", line.allSatisfy({ $0 == first }) else {
            return nil
        }
        return first == "=" ? 1 : 2
    }

    /// `***`, `---`, `___`, spaces allowed between.
    static func isThematicBreak(_ line: Substring) -> Bool {
        guard let first = line.first, first == "*" || first == "-" || first == "_" else { return false }
        var count = 0
        for character in line {
            if character == first {
                count += 1
            } else if character != " " {
                return false
            }
        }
        return count >= 3
    }

    /// The text of a list item: after `- `, `* `, `+ `, `1. ` or `1) `.
    static func listItemText(_ line: Substring) -> Substring? {
        guard let first = line.first else { return nil }
        var rest: Substring
        if first == "-" || first == "*" || first == "+" {
            rest = line.dropFirst()
        } else {
            let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
            guard (1...9).contains(digits.count) else { return nil }
            rest = line.dropFirst(digits.count)
            guard rest.first == "." || rest.first == ")" else { return nil }
            rest = rest.dropFirst()
        }
        guard rest.first == " " else { return nil }
        rest = rest.trimmingWhitespace()
        return rest.isEmpty ? nil : rest
    }

    /// A pipe table's delimiter row, such as `|---|:---:|`.
    static func isTableDelimiter(_ raw: Substring) -> Bool {
        let line = raw.trimmingWhitespace()
        return line.contains("-") && line.contains(where: { $0 == "|" || $0 == ":" })
            && line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }
    }

    static func tableCells(_ line: Substring) -> [Substring] {
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// `[label]: https://…`, which only gives a link its target.
    static func isReferenceDefinition(_ line: Substring) -> Bool {
        guard line.first == "[", line.dropFirst().first != "^", let close = line.firstIndex(of: "]") else {
            return false
        }
        let after = line[line.index(after: close)...]
        return after.first == ":" && !after.dropFirst().trimmingWhitespace().isEmpty
    }

    /// `[^1]: The note.` → `The note.`
    static func footnoteDefinitionText(_ line: Substring) -> Substring? {
        guard line.hasPrefix("[^"), let close = line.firstIndex(of: "]") else { return nil }
        let after = line[line.index(after: close)...]
        guard after.first == ":" else { return nil }
        return after.dropFirst().trimmingWhitespace()
    }
}
