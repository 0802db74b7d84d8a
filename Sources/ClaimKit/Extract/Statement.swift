/// One attributed statement found in the article, before it becomes a
/// `Claim`: its extent, cue, sources and whether it is a denial.
struct Statement {
    enum Cue {
        case tokens(Range<Int>)
        case none
    }

    /// Token range of the statement's text.
    var tokens: Range<Int>
    var cue: Cue
    var entities: [Int]
    var isDenial: Bool
    var denialCue: Range<Int>?
    /// Entities cited as the source's own sources.
    var cited: [Int]
    /// The sentence where the attribution was found.
    var sentence: Int
}
