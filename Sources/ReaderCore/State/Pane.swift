/// The panes a reader can focus, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case article
    case claims
    case sources
    case denials

    public var title: String {
        switch self {
        case .article: "Article"
        case .claims: "Claims"
        case .sources: "Sources"
        case .denials: "Denials"
        }
    }

    /// A shorter title for tabs on a very narrow screen.
    var shortTitle: String {
        switch self {
        case .article: "Text"
        case .claims: "Claims"
        case .sources: "Src"
        case .denials: "Den"
        }
    }

    static let side: [Pane] = [.claims, .sources, .denials]
}
