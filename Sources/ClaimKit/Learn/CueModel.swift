import Foundation

/// The learned reader of cues: which words in a sentence report what
/// someone said, thinks or wants, including the verbs no lexicon lists.
/// Trained by `crosscheck-train` on PolNeAR's hand-annotated cues and
/// shipped beside the lexicons as `cue-model.bin`.
struct CueModel: Sendable {
    static let fileName = "cue-model.bin"

    let model: LinearModel

    /// The model in a lexicon folder, or nil when the folder has none (a
    /// custom lexicon folder without a model parses by the rules alone).
    static func load(from directory: URL) throws -> CueModel? {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = try? Data(contentsOf: url) else {
            throw ClaimKitError.lexicon(file: fileName, reason: "cannot read \(url.path)")
        }
        return CueModel(model: try LinearModel(bytes: data, file: fileName))
    }

    /// The tokens of `sentence` the model reads as cues, in text order.
    func cueTokens(in document: Document, sentence: Range<Int>) -> [Int] {
        var features: [UInt64] = []
        features.reserveCapacity(48)
        var cues: [Int] = []
        for index in sentence where CueFeatures.isCandidate(document, index) {
            CueFeatures.features(document, index, sentence: sentence, into: &features)
            if model.score(features) > 0 { cues.append(index) }
        }
        return cues
    }
}
