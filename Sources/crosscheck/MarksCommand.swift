import ArgumentParser
import ClaimKit
import ClaimStore
import Foundation

/// What `marks` prints: a listing or a crosscheck.report/1 document.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case text
}

struct ListMarks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marks",
        abstract: "List the current marks of articles, or of every article marked so far.",
        discussion: """
            A mark recorded for an earlier wording of a claim is listed as stale; a marked \
            claim the article no longer makes, as gone. JSON output is a crosscheck.report/1 \
            document holding only the marked claims.

            Examples:
              crosscheck marks
              crosscheck marks harwick.txt --format json
            """
    )

    @Argument(help: "Articles (files or folders). Without any: every article in the marks database.")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func run() throws {
        let reports = try ReportSelection(paths: paths, store: store).reports().map(\.onlyMarked)
        switch format {
        case .text:
            try StandardOutput.write(MarksListing.render(reports))
        case .json:
            try StandardOutput.write(try JSONReport.render(reports.filter { !($0.claims + $0.formerClaims).isEmpty }))
        }
    }
}

/// The articles a reporting command covers: the ones named, as parsed
/// now, or every article in the database, as last seen.
struct ReportSelection {
    let paths: [String]
    let store: StoreOptions

    func reports() throws -> [ArticleReport] {
        let marks = try store.openForReading()
        guard !paths.isEmpty else { return try marks.reports() }
        let session = try ParseSession()
        return try paths.flatMap { try session.analyses(at: $0) }.map { try marks.report(for: $0) }
    }

    /// The reports with each claim's matches in the other articles of the library.
    func reportsWithMatches() throws -> [ArticleReport] {
        let marks = try store.openForReading()
        let library = ArticleStore(sharing: marks)
        guard !paths.isEmpty else { return try marks.reports().map { try library.addingMatches(to: $0) } }
        let session = try ParseSession()
        return try paths.flatMap { try session.analyses(at: $0) }.map {
            try library.addingMatches(to: marks.report(for: $0), analysis: $0)
        }
    }
}
