/// Frames for the cues the rules' lexicons don't list: the cue model
/// (trained on real news) says which words report what someone said,
/// thinks or wants, and the rules then read each such word as a verb,
/// finding its subject and its statement exactly as for a listed verb.
extension FrameFinder {
    func learnedFrames(in sentenceIndex: Int, besides found: [Frame]) -> [Frame] {
        guard let model = document.lexicon.cueModel else { return [] }
        let sentence = document.sentences[sentenceIndex]
        let tokens = document.tokens
        var frames: [Frame] = []
        for index in model.cueTokens(in: document, sentence: sentence.tokens) {
            // A word the rules already read, or one they decided is no cue.
            guard document.lexicon.verb(tokens[index].key) == nil,
                !found.contains(where: { $0.cue.contains(index) }),
                !frames.contains(where: { $0.cue.contains(index) })
            else { continue }
            // "did not say", "refused to confirm", "gave no details",
            // "continued to refuse": no report at all.
            let around = (max(sentence.tokens.lowerBound, index - 2)..<min(sentence.tokens.upperBound, index + 3)).filter { $0 != index }
            guard !around.contains(where: { !document.classes[$0].isDisjoint(with: [.negation, .refusal]) }) else { continue }
            // "appears to be in talks": a hedge, read as one by the hedge rules.
            let lead = max(sentence.tokens.lowerBound, index - 2)...index
            guard !lead.contains(where: { start in
                document.phrase(at: start, limit: sentence.tokens.upperBound) {
                    if case .hedge(let use) = $0 { return use.contains(.claim) }
                    return false
                }.map { start + $0.length > index } ?? false
            }) else { continue }
            // What the model reads as a cue may take an infinitive: "wants to
            // triple the program", "plans to sign up 5 million people".
            let verb = VerbForm(lemma: document.text(index).lowercased(), flags: [.intent], isGerund: document.ends(index, with: "ing"))
            guard isVerbUse(index, verb: verb, in: sentenceIndex), var frame = verbFrame(at: index, verb: verb, in: sentenceIndex)
            else { continue }
            frame.origin = .model
            frames.append(frame)
        }
        return frames
    }
}
