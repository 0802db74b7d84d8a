import ClaimKit

/// Builds an `Analysis` by hand, locating claims, sources and denials by
/// their words, so reader tests do not depend on what the parser finds.
struct AnalysisBuilder {
    let article: Article
    private(set) var claims: [Claim] = []
    private(set) var sources: [Source] = []
    private(set) var denials: [Denial] = []

    /// An article: the title on the first line, then one block a line.
    init(title: String, blocks: [(BlockKind, String)], path: String? = nil) {
        var text = title
        var built = [Block(kind: .title, range: TextRange(0, title.unicodeScalars.count))]
        for (kind, line) in blocks {
            text += "\n"
            let start = text.unicodeScalars.count
            text += line
            let end = text.unicodeScalars.count
            let marker = kind == .bullet && line.hasPrefix("- ") ? TextRange(start, start + 2) : nil
            built.append(Block(kind: kind, range: TextRange(start, end), markerRange: marker))
        }
        article = Article(title: title, path: path, text: text, blocks: built)
    }

    func range(of words: String, after offset: Int = 0) -> TextRange {
        let needle = Array(words.unicodeScalars)
        let haystack = article.scalars
        for start in offset...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return TextRange(start, start + needle.count)
        }
        preconditionFailure("fixture text has no “\(words)”")
    }

    /// Adds a source; every place its name (or an alias) appears is a mention.
    @discardableResult
    mutating func source(_ name: String, kind: SourceKind = .person, aliases: [String] = []) -> String {
        let id = "s\(sources.count + 1)"
        var mentions: [TextRange] = []
        for form in [name] + aliases {
            var offset = 0
            while let found = firstRange(of: form, after: offset) {
                mentions.append(found)
                offset = found.end
            }
        }
        sources.append(Source(id: id, name: name, kind: kind, aliases: aliases, mentions: mentions.sorted()))
        return id
    }

    @discardableResult
    mutating func claim(_ words: String, by sourceIDs: [String] = [], cue: String? = nil, hedges: [String] = []) -> String {
        let id = "c\(claims.count + 1)"
        let range = self.range(of: words)
        let cueRange = cue.map { self.range(of: $0, after: max(0, range.start - 40)) }
        let hedgeRanges = hedges.map { self.range(of: $0, after: range.start) }
        claims.append(
            Claim(
                id: id, range: range, text: words, sourceIDs: sourceIDs, cue: cue, cueRange: cueRange, hedges: hedges,
                hedgeRanges: hedgeRanges, quoted: words.contains("“"), fingerprint: Fingerprint.of(parts: [words, cue ?? ""])))
        return id
    }

    @discardableResult
    mutating func denial(_ words: String, by sourceID: String, cue: String, disputes: [String]) -> String {
        let claimID = claim(words, by: [sourceID], cue: cue)
        let id = "d\(denials.count + 1)"
        claims[claims.count - 1].denialID = id
        let range = self.range(of: words)
        denials.append(
            Denial(
                id: id, range: range, text: words, sourceID: sourceID, cue: cue, cueRange: self.range(of: cue, after: range.start),
                disputes: disputes, claimID: claimID))
        return id
    }

    func build() -> Analysis {
        Analysis(article: article, claims: claims, sources: sources, denials: denials)
    }

    private func firstRange(of words: String, after offset: Int) -> TextRange? {
        let needle = Array(words.unicodeScalars)
        let haystack = article.scalars
        guard haystack.count >= needle.count, offset <= haystack.count - needle.count else { return nil }
        for start in offset...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return TextRange(start, start + needle.count)
        }
        return nil
    }
}
