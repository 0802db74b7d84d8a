import ClaimKit

/// One claim as it reads in some version of an article: what the store
/// keeps of every claim it has seen, and what reports are built from.
public struct ClaimSnapshot: Sendable, Equatable {
    /// The claim's id in its article (`c3`), as of the version parsed or
    /// last seen; nil for a claim that version no longer has.
    public var id: String?
    public var fingerprint: String
    public var text: String
    public var sources: [SourceSnapshot]

    public init(id: String?, fingerprint: String, text: String, sources: [SourceSnapshot]) {
        self.id = id
        self.fingerprint = fingerprint
        self.text = text
        self.sources = sources
    }

    /// The claims of an analysis in reading order, with their sources' names and kinds.
    public static func all(in analysis: Analysis) -> [ClaimSnapshot] {
        analysis.claims.map { claim in
            ClaimSnapshot(
                id: claim.id, fingerprint: claim.fingerprint, text: claim.text,
                sources: claim.sourceIDs.compactMap { analysis.source(id: $0) }.map {
                    SourceSnapshot(name: $0.name, kind: $0.kind)
                })
        }
    }
}

/// Who a claim comes from, as far as a report needs to know.
public struct SourceSnapshot: Codable, Sendable, Equatable {
    public var name: String
    public var kind: SourceKind

    public init(name: String, kind: SourceKind) {
        self.name = name
        self.kind = kind
    }
}
