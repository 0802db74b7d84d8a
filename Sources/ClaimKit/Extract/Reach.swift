/// How far a rule may look from the word it starts at. Every scan over a
/// sentence, a quotation or a phrase stops within these bounds, so that
/// parsing time per word stays the same however long a sentence, a
/// quotation or a run of names is — one endless sentence, a thousand
/// unclosed quotation marks or "according to" a thousand times cost no
/// more per word than ordinary news. The bounds sit well beyond anything
/// news prose needs.
enum Reach {
    /// Tokens in one noun phrase naming a source: "the Union of Motorway
    /// Concessionaires' regional spokesperson for the north-west".
    static let phrase = 32
    /// Tokens between a reporting verb and the farthest part of its
    /// subject, asides included: "Russia's envoy, Kirill Dmitriev, who
    /// met the delegation on Tuesday, said".
    static let clause = 64
    /// Earlier sentences of the paragraph a quotation may have opened in:
    /// `"S1. S2. S3," she said.`
    static let quotedSentences = 12
    /// Entities, most recently named first, that "the company", an acronym
    /// or a short name is matched against: far more than one article names.
    static let entities = 512
    /// Claims before a denial that it may dispute: more than any article
    /// makes before answering them.
    static let disputedClaims = 400
}
