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
            // "did not say", "refused to confirm", "gave no details": no report at all.
            let around = (max(sentence.tokens.lowerBound, index - 2)..<min(sentence.tokens.upperBound, index + 2)).filter { $0 != index }
            guard !around.contains(where: { !document.classes[$0].isDisjoint(with: [.negation, .refusal]) }) else { continue }
            let verb = VerbForm(lemma: document.text(index).lowercased(), flags: [], isGerund: document.ends(index, with: "ing"))
            guard isVerbUse(index, verb: verb, in: sentenceIndex), var frame = verbFrame(at: index, verb: verb, in: sentenceIndex)
            else { continue }
            frame.origin = .model
            frames.append(frame)
        }
        return frames
    }
}
