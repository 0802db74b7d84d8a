import ClaimKit
import Foundation
import Testing

/// The parser must return an analysis for any text a user can open: these
/// tests feed it the project's own annotated articles cut, shuffled and
/// stripped in ways real pages are (truncated sentences, stray marks,
/// lone names) and check that every range it reports lies inside the text.
@Suite("Robustness: any text parses")
struct RobustnessTests {
    /// The annotated articles written for the project.
    private static let articles: [String] = {
        let fixtures = packageRoot.appendingPathComponent("Tests/ClaimKitTests/Fixtures")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return folders.sorted().flatMap { folder -> [String] in
            let url = fixtures.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
                try? String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
            }
        }
    }()

    @Test("the fixture corpora are there to be cut up")
    func corporaPresent() {
        #expect(RobustnessTests.articles.count >= 40)
    }

    @Test("every prefix of every word list parses, with ranges inside the text")
    func truncatedArticles() {
        var generator = SplitMix(seed: 7)
        for article in RobustnessTests.articles {
            let words = article.split(separator: " ", omittingEmptySubsequences: false)
            for _ in 0..<6 {
                let cut = Int(generator.next() % UInt64(max(words.count, 1)))
                check(words.prefix(cut).joined(separator: " "))
            }
        }
    }

    @Test("sentences shuffled and glued with stray marks parse")
    func shuffledSentences() {
        var generator = SplitMix(seed: 11)
        let marks = ["\u{201C}", "\u{201D}", "\u{2019}", "(", ")", ",", " \u{2014} ", "'", "\"", ":", ";", "-"]
        for article in RobustnessTests.articles {
            var pieces = article.split(whereSeparator: { $0 == "." || $0 == "," }).map(String.init)
            for index in pieces.indices.reversed() where index > 0 {
                pieces.swapAt(index, Int(generator.next() % UInt64(index + 1)))
            }
            let glued = pieces.map { $0 + marks[Int(generator.next() % UInt64(marks.count))] }.joined()
            check(glued)
        }
    }

    @Test("lone names, marks and abbreviations parse")
    func fragments() {
        for text in [
            "", " ", "\n\n", "Said", "said.", "\u{201C}", "(UCA)", "Mr.", "A, B, C said", "according to", "No 10",
            "The Police Public Relations Officer", "Two-time", "\u{2018}categorically\u{2019} denied", "He said: \u{201C}",
            "D\u{F3}ra \u{2018}rejects\u{2019}", ", said", "of of of", "FAA FAA FAA said", "— \u{201C}\u{201D} —",
        ] {
            check(text)
        }
    }

    private func check(_ text: String) {
        let analysis = sharedParser.parse(text: text)
        let length = analysis.article.text.unicodeScalars.count
        for claim in analysis.claims {
            #expect(claim.range.start >= 0 && claim.range.end <= length && claim.range.start <= claim.range.end)
        }
        for denial in analysis.denials {
            #expect(denial.range.end <= length)
        }
        for source in analysis.sources {
            #expect(source.mentions.allSatisfy { $0.end <= length })
        }
    }
}

/// A small seeded generator, so a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
