/// One attribution found in a sentence: a cue (a reporting verb,
/// "according to", a hedge) and who it points at.
struct Frame {
    enum Kind {
        /// "X said …", "…, X said", "X denied …"
        case verb
        /// "according to X"
        case accordingTo
        /// "reportedly", "appears to": reported, but by whom the sentence doesn't say
        case hedge
        /// A quotation with no verb of its own: after a `Quote:` marker, a
        /// quotation closed by "– X", or one that continues the last speaker.
        case quotation
    }

    /// Who the frame attributes the statement to.
    enum Subject {
        /// A noun phrase (token range), with descriptive phrases found
        /// beside it in apposition ("Russia's envoy, Kirill Dmitriev").
        case phrase(Range<Int>, appositives: [Range<Int>])
        /// A personal pronoun, by token index.
        case pronoun(Int)
        /// The subject of an earlier verb in the same clause ("… and said",
        /// "…, accusing").
        case sharedSubject
        /// Nobody named in the sentence.
        case none
    }

    /// What found the cue: a lexicon's pattern or the learned cue model.
    enum Origin {
        case rule
        case model
    }

    var kind: Kind
    var origin: Origin = .rule
    var sentence: Int
    var cue: Range<Int>
    var lemma: String?
    var flags: VerbFlags = []
    var subject: Subject
    /// The statement lies before the cue: `"…," X said.`
    var complementIsLeft = false
    /// The verb is a to-infinitive ("continued to believe"): it extends the
    /// statement it follows rather than making a new one.
    var isInfinitive = false
    var isDenial = false
    /// A transcript's speaker label: the statement is the whole paragraph.
    var coversParagraph = false
    /// Sources cited by the source: "X, citing Y".
    var cited: [Range<Int>] = []
    /// Who reports nested in this frame's statement come from ("X said
    /// Y had told him …", "…, the paper reported"): the claim reaches the
    /// reader through them too, so they are among its sources.
    var nested: [Int] = []
    /// Entities the subject resolved to, filled in by the extractor.
    var entities: [Int] = []
}
