/// The characters the reader draws with itself: box lines, arrows and
/// status marks, with ASCII stand-ins for terminals whose locale is not UTF-8.
struct Symbols: Sendable {
    let horizontal: String
    let vertical: String
    let ellipsis: String
    let arrow: String
    let separator: String
    /// Beside a claim a denial disputes.
    let disputed: String
    private let marks: [ClaimStatus: String]

    func mark(_ status: ClaimStatus) -> String { marks[status] ?? "?" }

    static let unicode = Symbols(
        horizontal: "─", vertical: "│", ellipsis: "…", arrow: "→", separator: " · ", disputed: "≠",
        marks: [.unverified: "·", .verified: "✓", .disputed: "?", .false: "✗"])

    static let ascii = Symbols(
        horizontal: "-", vertical: "|", ellipsis: "~", arrow: "->", separator: " - ", disputed: "!",
        marks: [.unverified: "-", .verified: "v", .disputed: "?", .false: "x"])
}

extension ReaderState {
    var symbols: Symbols { asciiOnly ? .ascii : .unicode }
}
