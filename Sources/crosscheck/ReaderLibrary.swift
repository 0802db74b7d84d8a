import ClaimKit
import ClaimStore
import Foundation
import ReaderCore
import ReaderStore

/// What the reader opens: every file of the folders given and every
/// other location, one parse job each for `ParseCache.queue`.
struct ReaderLibrary: Sendable {
    let jobs: [ParseCache.Job]
    /// The locations that cannot be read at all, one line each.
    let unreadable: [String]

    /// Lists the files at each location without reading them; a location
    /// that does not exist or holds no articles gives a line in `unreadable`.
    init(locations: [String]) throws {
        var jobs: [ParseCache.Job] = []
        var unreadable: [String] = []
        for location in locations {
            do {
                let (files, isFolder) = try ArticleLoader.files(at: location)
                jobs += files.map { ParseCache.Job(location: $0, inFolder: isFolder) }
            } catch let error as ClaimKitError {
                unreadable.append(Self.line(for: error, at: location))
            }
        }
        self.jobs = jobs
        self.unreadable = unreadable
    }

    /// One line for a location that cannot be read, with the command it may have meant.
    static func line(for error: ClaimKitError, at location: String) -> String {
        var line = String(describing: error)
        let commands = CommandSuggestion.nearest(to: location)
        if !commands.isEmpty { line += " (\(CommandSuggestion.question(for: commands)))" }
        return line
    }
}
