import ArgumentParser
import ClaimKit
import Foundation

/// The default command. Until the reader lands it lists what the parser
/// finds in the given articles, or in the bundled samples.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles claim by claim (the default command).",
        shouldDisplay: false
    )

    @Argument(help: "Articles to open: files or folders. Without any, the bundled sample articles.")
    var paths: [String] = []

    func run() throws {
        let session = try ParseSession()
        let locations = paths.isEmpty ? try Samples.paths() : paths
        let analyses = try locations.flatMap { try session.analyses(at: $0) }
        let listing = analyses.map(TextListing.render).joined(separator: "\n")
        FileHandle.standardOutput.write(Data(listing.utf8))
    }
}
