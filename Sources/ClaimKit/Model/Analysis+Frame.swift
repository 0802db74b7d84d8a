extension Analysis {
    /// The spans of a claim that are its reporting frame rather than what
    /// it states: its cue and the mentions of its sources, as offsets into
    /// `claim.text`, in text order. Matching reads the proposition without them.
    public func frame(of claim: Claim) -> [TextRange] {
        var frame: [TextRange] = []
        func add(_ range: TextRange) {
            let start = max(range.start, claim.range.start) - claim.range.start
            let end = min(range.end, claim.range.end) - claim.range.start
            if start < end { frame.append(TextRange(start, end)) }
        }
        if let cue = claim.cueRange { add(cue) }
        for source in claim.sourceIDs.compactMap(source(id:)) { source.mentions.forEach(add) }
        return frame.sorted()
    }
}
