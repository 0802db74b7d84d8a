import Foundation

/// Trains the cue model on PolNeAR's hand-annotated attributions (brat
/// standoff: `text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann`): every
/// candidate token of the train split is an example, a cue when an
/// annotator marked it as part of a Cue span. An averaged perceptron,
/// visiting the examples in one fixed order, so the same data always
/// gives the same weights.
public struct CueTrainer {
    public struct Figures: Sendable, CustomStringConvertible {
        public var articles = 0
        /// Articles whose text ingest changed beyond whitespace, so the
        /// annotations' offsets cannot be trusted; left out.
        public var skipped = 0
        public var examples = 0
        public var cues = 0
        public var truePositives = 0
        public var predicted = 0

        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        public var recall: Double { cues == 0 ? 0 : Double(truePositives) / Double(cues) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        public var description: String {
            String(format: "%d articles (%d skipped), %d candidate tokens, %d cue tokens; token precision %.3f, recall %.3f, F1 %.3f",
                articles, skipped, examples, cues, precision, recall, f1)
        }
    }

    struct Example {
        var features: [UInt64]
        var isCue: Bool
    }

    let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Trains on `corpus/train` for `epochs` passes and returns the model
    /// file's bytes with token-level figures on the train and dev splits.
    public func train(corpus: URL, epochs: Int) throws -> (model: [UInt8], train: Figures, dev: Figures) {
        var (examples, trainFigures) = try self.examples(split: corpus.appendingPathComponent("train"))
        let weights = CueTrainer.averagedPerceptron(examples, epochs: epochs)
        let model = LinearModel(weights: weights)
        CueTrainer.evaluate(model, examples, into: &trainFigures)
        examples = []
        var devFigures = Figures()
        let dev = corpus.appendingPathComponent("dev")
        if FileManager.default.fileExists(atPath: dev.path) {
            let (devExamples, figures) = try self.examples(split: dev)
            devFigures = figures
            CueTrainer.evaluate(model, devExamples, into: &devFigures)
        }
        return (LinearModel.serialize(weights), trainFigures, devFigures)
    }

    // MARK: Examples

    func examples(split: URL) throws -> ([Example], Figures) {
        let fileManager = FileManager.default
        let textFolder = split.appendingPathComponent("text")
        let annotationFolder = split.appendingPathComponent("attributions")
        guard let texts = try? fileManager.contentsOfDirectory(atPath: textFolder.path),
            let annotations = try? fileManager.contentsOfDirectory(atPath: annotationFolder.path)
        else {
            throw ClaimKitError.unreadable(path: split.path, reason: "expected text/ and attributions/ folders")
        }
        let sortedAnnotations = annotations.filter { $0.hasSuffix(".ann") }.sorted()
        var examples: [Example] = []
        var figures = Figures()
        let ingest = PlainTextIngest(lexicon: lexicon)
        for name in texts.filter({ $0.hasSuffix(".txt") }).sorted() {
            let stem = String(name.dropLast(4))
            // The first annotator's file, as the scorer reads it.
            guard let annotation = sortedAnnotations.first(where: { $0.hasPrefix(stem + "_") || $0 == stem + ".ann" }) else {
                continue
            }
            let text = try String(contentsOf: textFolder.appendingPathComponent(name), encoding: .utf8)
            let brat = try String(contentsOf: annotationFolder.appendingPathComponent(annotation), encoding: .utf8)
            let article = ingest.article(from: text, path: name)
            guard let cueTokens = CueTrainer.cueTokens(brat: brat, text: text, article: article) else {
                figures.skipped += 1
                continue
            }
            figures.articles += 1
            let document = Document(lexicon: lexicon, article: article)
            for sentence in document.sentences {
                for index in sentence.tokens where CueFeatures.isCandidate(document, index) {
                    var features: [UInt64] = []
                    CueFeatures.features(document, index, sentence: sentence.tokens, into: &features)
                    let isCue = cueTokens.contains(document.tokens[index].start)
                    examples.append(Example(features: features, isCue: isCue))
                    figures.examples += 1
                    if isCue { figures.cues += 1 }
                }
            }
        }
        return (examples, figures)
    }

    /// The article offsets (token starts) covered by the annotations' Cue
    /// spans. Ingest may change whitespace, so offsets are carried over
    /// by counting the scalars that are not whitespace; an article whose
    /// other characters changed is nil.
    static func cueTokens(brat: String, text: String, article: Article) -> Set<Int>? {
        let original = Array(text.unicodeScalars)
        let originalOrdinals = nonSpaceOrdinals(original)
        let articleOrdinals = nonSpaceOrdinals(article.scalars)
        let originalLetters = original.filter { !$0.properties.isWhitespace }
        let articleLetters = article.scalars.filter { !$0.properties.isWhitespace }
        guard originalLetters == articleLetters else { return nil }
        var cueOrdinals = Set<Int>()
        for line in brat.split(separator: "\n") where line.hasPrefix("T") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            let spec = fields[1]
            guard spec.hasPrefix("Cue ") else { continue }
            for segment in spec.dropFirst(4).split(separator: ";") {
                let bounds = segment.split(separator: " ").compactMap { Int($0) }
                guard bounds.count == 2, bounds[0] <= bounds[1], bounds[1] <= original.count else { continue }
                for offset in bounds[0]..<bounds[1] where originalOrdinals[offset] >= 0 {
                    cueOrdinals.insert(originalOrdinals[offset])
                }
            }
        }
        var starts = Set<Int>()
        for (offset, ordinal) in articleOrdinals.enumerated() where ordinal >= 0 && cueOrdinals.contains(ordinal) {
            starts.insert(offset)
        }
        return starts
    }

    /// For each scalar, its position among the scalars that are not
    /// whitespace, or -1 for whitespace.
    private static func nonSpaceOrdinals(_ scalars: [Unicode.Scalar]) -> [Int] {
        var ordinal = 0
        return scalars.map { scalar in
            guard !scalar.properties.isWhitespace else { return -1 }
            defer { ordinal += 1 }
            return ordinal
        }
    }

    // MARK: Learning

    /// The averaged perceptron: after every mistake the weights move
    /// toward the right answer; the model kept is their average over all
    /// steps, which generalises far better than the last weights.
    static func averagedPerceptron(_ examples: [Example], epochs: Int) -> [UInt64: Float] {
        var slots: [UInt64: Int32] = [:]
        var features: [UInt64] = []
        let indexed: [[Int32]] = examples.map { example in
            example.features.map { feature in
                if let slot = slots[feature] { return slot }
                let slot = Int32(features.count)
                slots[feature] = slot
                features.append(feature)
                return slot
            }
        }
        var weights = [Double](repeating: 0, count: features.count)
        var totals = [Double](repeating: 0, count: features.count)
        var stamps = [Int](repeating: 0, count: features.count)
        var step = 0
        // A fixed pseudo-random visiting order per epoch, the same on every run.
        var order = Array(examples.indices)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<epochs {
            for position in stride(from: order.count - 1, to: 0, by: -1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(position, Int((state >> 33) % UInt64(position + 1)))
            }
            for index in order {
                step += 1
                var score = 0.0
                for slot in indexed[index] { score += weights[Int(slot)] }
                let truth = examples[index].isCue ? 1.0 : -1.0
                guard truth * score <= 0 else { continue }
                for slot in indexed[index] {
                    let at = Int(slot)
                    totals[at] += Double(step - stamps[at]) * weights[at]
                    stamps[at] = step
                    weights[at] += truth
                }
            }
        }
        var averaged: [UInt64: Float] = [:]
        for (at, feature) in features.enumerated() {
            let total = totals[at] + Double(step - stamps[at]) * weights[at]
            let value = Float(total / Double(max(step, 1)))
            if value != 0 { averaged[feature] = value }
        }
        return averaged
    }

    static func evaluate(_ model: LinearModel, _ examples: [Example], into figures: inout Figures) {
        for example in examples {
            let predicted = model.score(example.features) > 0
            if predicted { figures.predicted += 1 }
            if predicted && example.isCue { figures.truePositives += 1 }
        }
    }
}
