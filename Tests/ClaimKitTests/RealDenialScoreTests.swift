import ClaimKit
import Foundation
import Testing

/// Scores the parser's denials on real news: sentences from the PolNeAR
/// train articles, annotated as denials or near-misses in
/// `Fixtures/RealDenials/denials.tsv` (see the GUIDE.md beside it). The
/// annotations point into `../shared/polnear/train/text` by offsets; the
/// texts stay there. The `develop` part is what rules are tuned against,
/// the `measure` part is only measured, so its figure says how the rules
/// carry over to articles they were not written for.
@Suite("Denials on real news (annotated PolNeAR train sentences)")
struct RealDenialScoreTests {
    struct Annotation {
        enum Label: String { case denial, not, unsure }
        var part: String
        var article: String
        var start: Int
        var end: Int
        var fingerprint: String
        var label: Label
        var denier: String
        var disputes: String
    }

    struct Tally {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var denierAgrees = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var line: String {
            String(
                format: "precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d; denier agrees on %d of %d)", precision, recall,
                f1, truePositives, falsePositives, falseNegatives, denierAgrees, truePositives)
        }
    }

    static let developFloor = 0.75
    static let measureFloor = 0.75

    static let annotationFile = packageRoot.appendingPathComponent("Tests/ClaimKitTests/Fixtures/RealDenials/denials.tsv")
    static let texts = sharedFolder?.appendingPathComponent("polnear/train/text")

    static func annotations() throws -> [Annotation] {
        try String(contentsOf: annotationFile, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 8, let start = Int(fields[2]), let end = Int(fields[3]),
                let label = Annotation.Label(rawValue: fields[5])
            else { throw AnnotationError(line: String(line)) }
            return Annotation(
                part: fields[0], article: fields[1], start: start, end: end, fingerprint: fields[4], label: label,
                denier: fields[6], disputes: fields[7])
        }
    }

    struct AnnotationError: Error, CustomStringConvertible {
        var line: String
        var description: String { "denials.tsv: a line does not have the eight fields of its header: \(line)" }
    }

    /// FNV-1a over the sentence's UTF-8, as written in the annotation file,
    /// so a changed text is noticed instead of scored against the wrong words.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Whether the denier the parser names is the annotated one: any shared
    /// word of the names; "speaker" is a denier named outside the sentence.
    static func agrees(_ predicted: String?, with denier: String) -> Bool {
        if denier == "speaker" { return true }
        guard let predicted else { return false }
        let ignored: Set<String> = ["the", "a", "of", "s", "his", "her", "their", "its"]
        let words = { (name: String) in
            Set(name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)).subtracting(ignored)
        }
        return !words(predicted).isDisjoint(with: words(denier))
    }

    @Test(
        "the parser's denials on annotated real sentences score F1 at least 0.75 in both parts",
        .enabled(
            if: texts.map { FileManager.default.fileExists(atPath: $0.path) } ?? false,
            "../shared/polnear/train/text is not beside this clone, so the annotated real sentences cannot be read"))
    func realSentences() throws {
        let texts = try #require(Self.texts)
        let annotations = try Self.annotations()
        let loader = ArticleLoader(lexicon: sharedParser.lexicon)
        let listMisses = ProcessInfo.processInfo.environment["CROSSCHECK_LIST_DENIAL_MISSES"] != nil
        var tallies: [String: Tally] = [:]
        for (article, sentences) in Dictionary(grouping: annotations, by: \.article).sorted(by: { $0.key < $1.key }) {
            let path = texts.appendingPathComponent(article + ".txt").path
            let published = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
            let analysis = sharedParser.analyze(try loader.loadFile(path))
            let parsed = WordAlignment(analysis.article.scalars)
            for sentence in sentences where sentence.label != .unsure {
                let text = String(String.UnicodeScalarView(published[sentence.start..<sentence.end]))
                try #require(
                    Self.fingerprint(text) == sentence.fingerprint,
                    "\(article) [\(sentence.start), \(sentence.end)) no longer holds the annotated sentence")
                let found = try #require(
                    parsed.range(of: WordAlignment(published[sentence.start..<sentence.end]), near: sentence.start),
                    "\(article): the parser's text lost the words of \"\(text)\"")
                let denial = analysis.denials.first { $0.range.start < found.upperBound && found.lowerBound < $0.range.end }
                var tally = tallies[sentence.part, default: Tally()]
                switch (sentence.label, denial) {
                case (.denial, let denial?):
                    tally.truePositives += 1
                    let name = denial.sourceID.flatMap { analysis.source(id: $0)?.name }
                    if Self.agrees(name, with: sentence.denier) { tally.denierAgrees += 1 }
                case (.denial, nil):
                    tally.falseNegatives += 1
                    if listMisses { print("missed denial [\(sentence.part)] \(article): \(text)") }
                case (.not, let denial?):
                    tally.falsePositives += 1
                    if listMisses { print("not a denial [\(sentence.part)] \(article) (cue \(denial.cue)): \(text)") }
                default: break
                }
                tallies[sentence.part] = tally
            }
        }
        let develop = tallies["develop", default: Tally()]
        let measure = tallies["measure", default: Tally()]
        print("real denials, develop part: \(develop.line)")
        print("real denials, measure part: \(measure.line)")
        #expect(develop.f1 >= Self.developFloor, "develop part: \(develop.line)")
        #expect(measure.f1 >= Self.measureFloor, "measure part: \(measure.line)")
    }
}
