import ArgumentParser
import ClaimStore
import Foundation

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find claims across the library by their words.",
        discussion: """
            Lists the claims in the library ('crosscheck index', 'parse --index', the reader) \
            whose text holds every one of WORDS, in any form (said/says, talks/talk), best \
            match first: the article, its outlet and date, the claim id, its sources and cue, \
            and the claim with the words in [brackets]. JSON is crosscheck.search/1.

            Examples:
              crosscheck search ceasefire talks
              crosscheck search "grain corridor" --format json
            """
    )

    @Argument(help: "Words every claim found must hold.")
    var words: [String]

    @Option(help: "Output format: json or text.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("The most claims listed.", valueName: "n"))
    var limit = 50

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard words.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ValidationError("search needs at least one word")
        }
        guard limit >= 1 else { throw ValidationError("--limit needs at least 1") }
    }

    func run() throws {
        let library = ArticleStore(sharing: try store.openForReading())
        // Words given as one quoted argument are words all the same.
        let terms = words.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        let hits = try library.search(terms, limit: limit)
        if hits.isEmpty, try library.articles().isEmpty {
            throw StoreCommandError.emptyLibrary(path: library.path)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = SearchDocument(words: terms, hits: hits)
            try StandardOutput.write(try encoder.encode(document) + Data("\n".utf8))
        case .text:
            try StandardOutput.write(SearchDocument.text(words: terms, hits: hits, limit: limit))
        }
    }
}

/// The `crosscheck.search/1` document, and the text listing of the same hits.
struct SearchDocument: Encodable {
    var schema = "crosscheck.search/1"
    var words: [String]
    var hits: [LibraryClaimEntry]

    init(words: [String], hits: [LibrarySearchHit]) {
        self.words = words
        self.hits = hits.map { LibraryClaimEntry(article: $0.article, claim: $0.claim) }
    }

    static func text(words: [String], hits: [LibrarySearchHit], limit: Int) -> String {
        let query = words.joined(separator: " ")
        guard !hits.isEmpty else { return "no claim in the library holds: \(query)\n" }
        let more = hits.count == limit ? " (the first \(limit); --limit shows more)" : ""
        var lines = ["\(hits.count) claim\(hits.count == 1 ? "" : "s") holding: \(query)\(more)", ""]
        for hit in hits {
            let place = [hit.article.site, hit.article.published.map { String($0.prefix(10)) }].compactMap { $0 }
            let who = hit.claim.sources.isEmpty ? "unattributed" : hit.claim.sources.joined(separator: ", ")
            let frame = hit.claim.cue.map { "\(who) · \($0)" } ?? who
            lines.append(([hit.article.location] + place + [hit.claim.id, frame]).joined(separator: " · "))
            lines.append("    \(hit.highlighted)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
