/// What a cell shows, named as themes name it. The painter turns a role
/// into colours and attributes through the current theme.
public enum Role: String, CaseIterable, Sendable, Hashable {
    case text
    case title
    case heading
    case claim
    case claimVerified = "claim.verified"
    case claimDisputed = "claim.disputed"
    case claimFalse = "claim.false"
    case selection
    case source
    case denial
    case hedge
    case cue
    case paneBorder = "pane.border"
    case paneTitle = "pane.title"
    case status
}
