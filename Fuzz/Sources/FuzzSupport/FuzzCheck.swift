import ClaimKit
import Foundation

/// One fuzzer input read as an article file of a given kind and parsed,
/// with every promise of the result checked: the analysis is consistent
/// (`Analysis.inconsistencies`), its JSON document encodes and decodes,
/// and the time spent stays within a bound per byte. A broken promise
/// stops the process, which libFuzzer records as a crash with its input.
public enum FuzzCheck {
    private static let parser: ClaimParser = {
        do {
            return try ClaimParser()
        } catch {
            fatalError("lexicons: \(error)")
        }
    }()

    private static let loader = ArticleLoader(lexicon: parser.lexicon)

    /// `name` chooses the format as a file name would (`page.html`), or
    /// leaves it to the bytes (`input`).
    public static func run(_ bytes: UnsafeRawPointer, _ count: Int, name: String) {
        let data = Data(bytes: bytes, count: count)
        let start = cpuSeconds()
        let articles: [Article]
        do {
            articles = try loader.articles(fromBytes: data, path: name)
        } catch is ClaimKitError {
            return
        } catch {
            fatalError("an error other than ClaimKitError: \(error)")
        }
        for article in articles {
            let analysis = parser.analyze(article)
            let problems = analysis.inconsistencies()
            if !problems.isEmpty { fatalError("inconsistent analysis: \(problems.prefix(5))") }
            do {
                let json = try JSONEncoder().encode(ArticleDocument(analysis))
                _ = try JSONDecoder().decode(ArticleDocument.self, from: json)
            } catch {
                fatalError("the JSON document does not round-trip: \(error)")
            }
        }
        // Linear time: a generous fixed cost plus a bound per byte that an
        // instrumented build meets a hundred times over on real articles.
        let seconds = cpuSeconds() - start
        if seconds > 2 + Double(count) * 0.000_2 {
            fatalError("\(count) bytes took \(seconds) s of CPU")
        }
    }

    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
