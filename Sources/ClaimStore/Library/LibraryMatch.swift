/// A claim of another library article that states what a claim states,
/// or denies it.
public struct LibraryMatch: Sendable, Equatable {
    public var article: LibraryArticle
    public var claim: LibraryClaim
    /// It states the opposite (a denial, or a negation of the claim).
    public var isDenial: Bool
    /// How much of the two claims' weighted terms they share, 0…1.
    public var score: Double
}
