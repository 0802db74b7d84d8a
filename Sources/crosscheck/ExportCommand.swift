import ArgumentParser
import ClaimStore
import Foundation

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case json
    case claimreview
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a verification report: every claim with its sources, status, note and history.",
        discussion: """
            markdown is for people; json is a crosscheck.report/1 document; both list, for each \
            claim, the claims of other articles in the library stating or denying it. claimreview is \
            schema.org ClaimReview JSON-LD, one review per claim marked verified, disputed or \
            false. With -o the file is replaced in one step, never left half-written.

            Examples:
              crosscheck export harwick.txt -o harwick-report.md
              crosscheck export --format claimreview -o reviews.json
            """
    )

    @Argument(help: "Articles (files or folders). Without any: every article in the marks database.")
    var paths: [String] = []

    @Option(help: "Report format: markdown, json or claimreview.")
    var format: ExportFormat = .markdown

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write the report to this file.", valueName: "file"))
    var output: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        let selection = ReportSelection(paths: paths, store: store)
        let data: Data
        switch format {
        case .markdown: data = Data(MarkdownReport.render(try selection.reportsWithMatches()).utf8)
        case .json: data = try JSONReport.render(try selection.reportsWithMatches())
        case .claimreview: data = try ClaimReviewReport.render(try selection.reports())
        }
        if let output {
            try OutputFile.write(data, to: output)
        } else {
            try StandardOutput.write(data)
        }
    }
}
