/// Where a fact-checker stands on one claim.
public enum MarkStatus: String, Codable, CaseIterable, Sendable {
    case unverified
    case verified
    case disputed
    case `false`
}
