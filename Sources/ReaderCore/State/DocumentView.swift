import ClaimKit

/// One row of the denials pane: a denial, or one claim it disputes
/// (listed under it, so each can be selected and opened).
public struct DenialRow: Hashable, Sendable {
    /// Index into `analysis.denials`.
    public var denial: Int
    /// Index into `analysis.claims` of the disputed claim; nil for the denial's own row.
    public var disputed: Int?
}

/// One open article and where the reader is in it: marks, selections,
/// scroll positions and the source filter. Each article keeps its own,
/// so moving between articles and back finds things as they were left.
public struct DocumentView: Sendable {
    public let analysis: Analysis
    public internal(set) var marks: [String: ClaimMark]
    /// Index into `analysis.claims`.
    public internal(set) var selectedClaim: Int?
    public internal(set) var selectedSource = 0
    /// Index into `denialRows`.
    public internal(set) var selectedDenial = 0
    /// Index into `analysis.sources` whose claims alone are listed.
    public internal(set) var sourceFilter: Int?
    /// Indices into `analysis.claims` the claims pane lists.
    public private(set) var listedClaims: [Int]
    /// The denials pane's rows: each denial, then the claims it disputes.
    public let denialRows: [DenialRow]
    /// For each claim index, the indices of the denials that dispute it.
    public let disputedBy: [Int: [Int]]
    /// For each denial index, the index of the claim it also is.
    let claimOfDenial: [Int: Int]
    /// What the side panes need to show their rows whole.
    public let sideContent: SideContent
    /// The widest source names of any claim, as a claim row shows them.
    let claimSourceWidth: Int
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
        let claimIndex = Dictionary(
            analysis.claims.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var rows: [DenialRow] = []
        var disputedBy: [Int: [Int]] = [:]
        var claimOfDenial: [Int: Int] = [:]
        for (index, denial) in analysis.denials.enumerated() {
            rows.append(DenialRow(denial: index, disputed: nil))
            claimOfDenial[index] = claimIndex[denial.claimID]
            for id in denial.disputes {
                guard let claim = claimIndex[id] else { continue }
                rows.append(DenialRow(denial: index, disputed: claim))
                disputedBy[claim, default: []].append(index)
            }
        }
        denialRows = rows
        self.disputedBy = disputedBy
        self.claimOfDenial = claimOfDenial
        claimSourceWidth =
            analysis.claims.map { claim in
                TerminalWidth.of(analysis.sourceNames(of: claim).joined(separator: ", "))
            }.max() ?? 0
        sideContent = Self.measure(analysis, sourceColumn: claimSourceWidth, denialRows: rows.count)
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

    /// How many claims have a mark other than unverified.
    public var checkedCount: Int {
        analysis.claims.indices.reduce(0) { $0 + (status(of: $1) == .unverified ? 0 : 1) }
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

    /// The columns that show a claim row's source names whole, a source
    /// row whole, and enough of a claim's words to read it at a glance.
    private static func measure(_ analysis: Analysis, sourceColumn longestName: Int, denialRows: Int) -> SideContent {
        let longestID = analysis.claims.map { TerminalWidth.of($0.id) }.max() ?? 0
        let claimRow = 4 + longestID + min(longestName, ClaimRowFormat.widestSourceColumn) + 2 + ClaimRowFormat.textAtAGlance
        let sourceRow = (analysis.sources.map { TerminalWidth.of($0.name) + TerminalWidth.of($0.kind.rawValue) }.max() ?? 0) + 20
        return SideContent(width: max(claimRow, sourceRow), sourceRows: analysis.sources.count, denialRows: denialRows)
    }
}
