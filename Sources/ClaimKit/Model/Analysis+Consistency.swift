/// What every analysis promises, whatever text it came from: ranges lie
/// inside the text and read as the text they claim to, every id one item
/// names exists, and nothing that reaches a terminal or a report carries a
/// control character. Checked by the hostile-input tests and the fuzzers;
/// a program embedding ClaimKit may check its own inputs the same way.
extension Analysis {
    /// One line per broken promise; empty when the analysis is sound.
    public func inconsistencies() -> [String] {
        var problems: [String] = []
        let length = article.scalars.count
        func inside(_ range: TextRange, _ what: String) {
            if range.start < 0 || range.end > length { problems.append("\(what) range \(range) outside the text (\(length))") }
        }
        func clean(_ text: String, _ what: String) {
            if text.unicodeScalars.contains(where: Analysis.isUnsafe) { problems.append("\(what) holds a control character") }
        }
        clean(article.text, "the text")
        clean(article.title, "the title")
        let metadata = article.metadata
        for value in [metadata.byline, metadata.published, metadata.site, metadata.language].compactMap({ $0 }) {
            clean(value, "the metadata")
        }
        for block in article.blocks { inside(block.range, "block") }
        let sourceIDs = Set(sources.map(\.id))
        let claimIDs = Set(claims.map(\.id))
        let denialIDs = Set(denials.map(\.id))
        if sourceIDs.count != sources.count || claimIDs.count != claims.count || denialIDs.count != denials.count {
            problems.append("an id is used twice")
        }
        for claim in claims {
            inside(claim.range, claim.id)
            if claim.range.end <= length, claim.range.start >= 0, article.substring(claim.range) != claim.text {
                problems.append("\(claim.id) text differs from the text at its range")
            }
            if let cue = claim.cueRange { inside(cue, "\(claim.id) cue") }
            claim.hedgeRanges.forEach { inside($0, "\(claim.id) hedge") }
            for id in claim.sourceIDs where !sourceIDs.contains(id) { problems.append("\(claim.id) names no source \(id)") }
            if let id = claim.denialID, !denialIDs.contains(id) { problems.append("\(claim.id) names no denial \(id)") }
            clean(claim.text, claim.id)
        }
        for source in sources {
            source.mentions.forEach { inside($0, "\(source.id) mention") }
            ([source.name] + source.aliases).forEach { clean($0, source.id) }
        }
        for denial in denials {
            inside(denial.range, denial.id)
            if let cue = denial.cueRange { inside(cue, "\(denial.id) cue") }
            if let id = denial.sourceID, !sourceIDs.contains(id) { problems.append("\(denial.id) names no source \(id)") }
            if !claimIDs.contains(denial.claimID) { problems.append("\(denial.id) is no claim \(denial.claimID)") }
            for id in denial.disputes where !claimIDs.contains(id) { problems.append("\(denial.id) disputes no claim \(id)") }
            clean(denial.text, denial.id)
        }
        return problems
    }

    /// Controls other than the line break, and the bidi controls that could
    /// reorder what a terminal shows.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
