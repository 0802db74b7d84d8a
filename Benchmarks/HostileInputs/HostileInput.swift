/// Article texts built to make a parser slow or greedy: each repeats one
/// pattern that once cost time or memory out of proportion to its size.
/// The scaling benchmark grows them from 100 KB to 50 MB; the hostile
/// input tests parse them at a few kilobytes.
public enum HostileInput: String, CaseIterable, Sendable {
    /// One endless sentence of nested reported speech.
    case saidThat = "said-that"
    /// Opening quotation marks that are never closed.
    case unpairedQuotes = "unpaired-quotes"
    /// An attribution cue with nothing between its repeats.
    case accordingTo = "according-to"
    /// Real articles glued into one article of many paragraphs.
    case concatenated = "concatenated"

    public var title: String {
        switch self {
        case .saidThat: "one sentence of \"the official said that …\""
        case .unpairedQuotes: "unpaired quotes"
        case .accordingTo: "\" according to\" repeated"
        case .concatenated: "real articles in one file"
        }
    }

    /// About `bytes` bytes of the input. `articles` are real article texts
    /// (headline on the first line), used by `.concatenated`.
    public func text(bytes: Int, articles: [String]) -> String {
        let headline = "Harbour contract under review\n\n"
        switch self {
        case .saidThat:
            return headline + "The official said that "
                + repeated("the minister said that the official said that ", bytes: bytes)
                + "the contract was signed.\n"
        case .unpairedQuotes:
            return headline + repeated("\"He said, \"she said \"they said", bytes: bytes) + "\n"
        case .accordingTo:
            return headline + "Prices rose" + repeated(" according to", bytes: bytes) + ".\n"
        case .concatenated:
            precondition(!articles.isEmpty, "concatenated articles need article texts")
            var text = ""
            text.reserveCapacity(bytes + 10_000)
            var index = 0
            while text.utf8.count < bytes {
                text += articles[index % articles.count]
                text += "\n\n"
                index += 1
            }
            return text
        }
    }

    private func repeated(_ piece: String, bytes: Int) -> String {
        String(repeating: piece, count: max(1, bytes / piece.utf8.count))
    }
}
