import ClaimKit

/// `/` search: case-insensitive matches in the article, highlighted; n
/// and N step through them while the search is on.
extension ReaderState {
    mutating func runSearch(_ query: String, moveToFirst: Bool) {
        guard !query.isEmpty else {
            search = nil
            return
        }
        if document.foldedText == nil {
            document.foldedText = document.analysis.article.scalars.map(Self.folded)
        }
        let needle = query.unicodeScalars.map(Self.folded)
        let matches = Self.occurrences(of: needle, in: document.foldedText ?? [])
        search = SearchState(query: query, matches: matches, current: nil)
        if moveToFirst, !matches.isEmpty {
            let top = layout.lines.indices.contains(document.articleTop) ? layout.lines[document.articleTop].start : 0
            let first = matches.firstIndex { $0.start >= top } ?? 0
            search?.current = first
            reveal(range: matches[first])
        }
    }

    mutating func stepMatch(by step: Int) {
        guard var search, !search.matches.isEmpty else { return }
        let count = search.matches.count
        let next = search.current.map { ($0 + step + count) % count } ?? (step > 0 ? 0 : count - 1)
        search.current = next
        self.search = search
        reveal(range: search.matches[next])
        say("match \(next + 1) of \(count) for “\(Sanitizer.line(search.query))”")
    }

    /// One scalar folded for comparison: lower case, first scalar of the mapping.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 {
            return scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [TextRange] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var matches: [TextRange] = []
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                matches.append(TextRange(index, index + needle.count))
                index += needle.count
            } else {
                index += 1
            }
        }
        return matches
    }
}
