import ArgumentParser
import ClaimKit
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case text
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the claims, sources and denials the parser finds.",
        discussion: """
            Reads each article (a plain-text, Markdown or HTML file, an RSS or Atom feed, \
            a folder of articles, an http(s) URL, or - for standard input) and prints what \
            ClaimKit found: as crosscheck.article/1 JSON (an array when several articles are \
            given) or as a readable listing.

            Examples:
              crosscheck parse harwick.txt --format text
              crosscheck parse https://example.org/story.html > story.json
            """
    )

    @Argument(help: "Articles to parse: files, feeds, folders, http(s) URLs, or - for standard input.")
    var paths: [String]

    @Option(help: "Output format: json or text.")
    var format: OutputFormat = .json

    func run() throws {
        let session = try ParseSession()
        let analyses = try paths.flatMap { try session.analyses(at: $0) }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let documents = analyses.map(ArticleDocument.init)
            let data =
                documents.count == 1 && !(paths.count > 1 || isFolder(paths[0]))
                ? try encoder.encode(documents[0]) : try encoder.encode(documents)
            try StandardOutput.write(data + Data("\n".utf8))
        case .text:
            let listing = analyses.map(TextListing.render).joined(separator: "\n")
            try StandardOutput.write(listing)
        }
        for analysis in analyses {
            for warning in analysis.article.warnings {
                Diagnostics.warn("\(analysis.article.path ?? "-"): \(warning)")
            }
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
