/// Finds where a table or key sits in a TOML file, for error messages:
/// TOMLKit reports lines for syntax errors but not for values that parse
/// and then turn out to be wrong.
struct TOMLLines {
    private let lines: [Substring]

    init(_ source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `key` inside the table at `path` (the table's
    /// header line when the key is not found on its own line).
    func line(ofTable path: [String], key: String? = nil) -> Int {
        let header = path.isEmpty ? nil : headerIndex(path)
        if let key {
            let start = header.map { $0 + 1 } ?? 0
            for index in start..<lines.count {
                let line = stripped(lines[index])
                if line.hasPrefix("[") { break }
                if keyName(of: line) == key { return index + 1 }
            }
            // A table of its own, e.g. `[claim.verified]`.
            if let index = headerIndex(path + [key]) { return index + 1 }
            // A dotted or inline form, e.g. `claim.verified = { fg = "x" }`.
            let dotted = (path + [key]).joined(separator: ".")
            if let index = lines.firstIndex(where: { stripped($0).hasPrefix(dotted) }) { return index + 1 }
        }
        if let header { return header + 1 }
        if let first = path.first, let index = lines.firstIndex(where: { keyName(of: stripped($0)) == first }) {
            return index + 1
        }
        return 1
    }

    private func headerIndex(_ path: [String]) -> Int? {
        let wanted = path.joined(separator: ".")
        return lines.firstIndex { line in
            let text = stripped(line)
            guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return false }
            let name = text[text.index(after: text.startIndex)..<close]
            return normalized(name) == wanted
        }
    }

    private func keyName(of line: Substring) -> String? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        return normalized(line[..<equals])
    }

    private func normalized(_ name: Substring) -> String {
        name.split(separator: ".").map { $0.trimmingCharacters(in: " \t\"'") }.joined(separator: ".")
    }

    private func stripped(_ line: Substring) -> Substring {
        line.drop { $0 == " " || $0 == "\t" }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self[...]
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
