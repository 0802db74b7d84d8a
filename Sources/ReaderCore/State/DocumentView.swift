import ClaimKit

/// One open article and where the reader is in it: marks, selections,
/// scroll positions and the source filter. Each article keeps its own,
/// so moving between articles and back finds things as they were left.
public struct DocumentView: Sendable {
    public let analysis: Analysis
    public internal(set) var marks: [String: ClaimMark]
    /// Index into `analysis.claims`.
    public internal(set) var selectedClaim: Int?
    public internal(set) var selectedSource = 0
    public internal(set) var selectedDenial = 0
    /// Index into `analysis.sources` whose claims alone are listed.
    public internal(set) var sourceFilter: Int?
    /// Indices into `analysis.claims` the claims pane lists.
    public private(set) var listedClaims: [Int]
    var articleTop = 0
    var claimsTop = 0
    var sourcesTop = 0
    var denialsTop = 0
    let highlights: ArticleHighlights
    /// The article text folded to lower case, made on the first search.
    var foldedText: [Unicode.Scalar]?

    public init(analysis: Analysis, marks: [String: ClaimMark] = [:]) {
        self.analysis = analysis
        self.marks = marks
        listedClaims = Array(analysis.claims.indices)
        selectedClaim = analysis.claims.isEmpty ? nil : 0
        highlights = ArticleHighlights(analysis)
    }

    public func status(of claimIndex: Int) -> ClaimStatus {
        marks[analysis.claims[claimIndex].fingerprint]?.status ?? .unverified
    }

    public func mark(of claimIndex: Int) -> ClaimMark? {
        marks[analysis.claims[claimIndex].fingerprint]
    }

    /// How many claims are in each status.
    public var tally: [ClaimStatus: Int] {
        var counts: [ClaimStatus: Int] = [:]
        for index in analysis.claims.indices { counts[status(of: index), default: 0] += 1 }
        return counts
    }

    mutating func setFilter(_ source: Int?) {
        sourceFilter = source
        if let source, analysis.sources.indices.contains(source) {
            let id = analysis.sources[source].id
            listedClaims = analysis.claims.indices.filter { analysis.claims[$0].sourceIDs.contains(id) }
        } else {
            sourceFilter = nil
            listedClaims = Array(analysis.claims.indices)
        }
        claimsTop = 0
    }

    /// How many claims each source has, by source index.
    func claimCount(ofSource index: Int) -> Int {
        let id = analysis.sources[index].id
        return analysis.claims.reduce(0) { $0 + ($1.sourceIDs.contains(id) ? 1 : 0) }
    }
}
