import ArgumentParser
import ClaimKit
import ClaimMatch
import ClaimStore
import Foundation

struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the claims that two or more articles carry, and their denials.",
        discussion: """
            Parses each article (files, feeds, folders, http(s) URLs, or - for standard input), or \
            without any takes every article in the library ('crosscheck index', 'parse --index', \
            the reader), and groups the claims that state the same proposition in any wording or frame: each \
            cluster lists its claims (article, claim id, sources, cue), how many independent \
            sources say it (people and bodies, not outlets repeating them) and the claims that \
            deny it. Only clusters spanning two or more articles are printed. JSON is \
            crosscheck.clusters/1.

            Examples:
              crosscheck claims reuters-talks.txt ap-talks.txt --format text
              crosscheck claims ~/news/2026-02-05/ > clusters.json
              crosscheck claims --format text          # the whole library
            """
    )

    @Argument(help: "Articles to compare: files, feeds, folders, http(s) URLs, or - for standard input. Without any, the library.")
    var paths: [String] = []

    @Option(help: "Output format: json or text.")
    var format: OutputFormat = .json

    @OptionGroup var store: StoreOptions

    func run() throws {
        let reader = try PropositionReader()
        let analyses: [Analysis]
        let records: [ClaimRecord]
        if paths.isEmpty {
            let library = ArticleStore(sharing: try store.openForReading())
            records = try reader.records(ofLibrary: library)
            guard try !records.isEmpty || !library.articles().isEmpty else {
                throw StoreCommandError.emptyLibrary(path: library.path)
            }
            analyses = []
        } else {
            let session = try ParseSession()
            analyses = try paths.flatMap { try session.analyses(at: $0) }
            records = analyses.flatMap(reader.records)
        }
        let document = ClusterDocument(records: records, clusters: ClaimMatcher().clusters(records))
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try StandardOutput.write(try encoder.encode(document) + Data("\n".utf8))
        case .text:
            try StandardOutput.write(document.text())
        }
        for analysis in analyses {
            for warning in analysis.article.warnings {
                Diagnostics.warn("\(analysis.article.path ?? "-"): \(warning)")
            }
        }
    }
}
