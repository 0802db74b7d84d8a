import ClaimKit
import Foundation

/// The measure of `../shared/tools/htmlscore.py`, in Swift so the floor
/// test scores pages in process: word 4-gram shingles of the gold body and
/// of the extracted body give true positives, false positives and false
/// negatives, normalised per page; precision and recall are averaged over
/// pages and F1 is computed from the two means.
struct ExtractionScore {
    struct Page {
        var name: String
        var truePositives: Double
        var falsePositives: Double
        var falseNegatives: Double
    }

    private(set) var pages: [Page] = []

    mutating func add(name: String, gold: String, extracted: String) {
        let goldShingles = ExtractionScore.shingles(gold)
        let extractedShingles = ExtractionScore.shingles(extracted)
        var shared = 0
        for (shingle, count) in goldShingles { shared += min(count, extractedShingles[shingle] ?? 0) }
        let extractedCount = extractedShingles.values.reduce(0, +)
        let goldCount = goldShingles.values.reduce(0, +)
        let all = Double(shared + (extractedCount - shared) + (goldCount - shared))
        guard all > 0 else {
            pages.append(Page(name: name, truePositives: 0, falsePositives: 0, falseNegatives: 0))
            return
        }
        pages.append(
            Page(
                name: name, truePositives: Double(shared) / all, falsePositives: Double(extractedCount - shared) / all,
                falseNegatives: Double(goldCount - shared) / all))
    }

    var precision: Double {
        mean(pages.filter { $0.truePositives + $0.falsePositives > 0 || $0.falseNegatives == 0 }) {
            ratio($0.truePositives, $0.falsePositives)
        }
    }

    var recall: Double {
        mean(pages.filter { $0.truePositives + $0.falseNegatives > 0 || $0.falsePositives == 0 }) {
            ratio($0.truePositives, $0.falseNegatives)
        }
    }

    var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    private func ratio(_ part: Double, _ other: Double) -> Double { part + other > 0 ? part / (part + other) : 1 }

    private func mean(_ pages: [Page], _ value: (Page) -> Double) -> Double {
        pages.isEmpty ? 0 : pages.map(value).reduce(0, +) / Double(pages.count)
    }

    /// Lower-cased word 4-grams with their counts; words are runs of
    /// letters, digits and underscores, as Python's `\w+` reads them.
    static func shingles(_ text: String) -> [[String]: Int] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word).lowercased())
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word).lowercased()) }
        var shingles: [[String]: Int] = [:]
        guard !words.isEmpty else { return shingles }
        for start in 0..<max(1, words.count - 3) {
            shingles[Array(words[start..<min(start + 4, words.count)]), default: 0] += 1
        }
        return shingles
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// An article's body as the scorer reads it: its text without the
    /// title and the boilerplate blocks.
    static func body(of article: Article) -> String {
        article.blocks.filter { $0.kind != .title && $0.kind != .boilerplate }.map { article.substring($0.range) }
            .joined(separator: "\n")
    }
}
