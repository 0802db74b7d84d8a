import ArgumentParser
import ClaimKit
import Foundation

extension ParseSession {
    /// The one article at `location`, for commands that act on a single
    /// article; a folder or feed holding several is a usage error.
    func singleAnalysis(at location: String) throws -> Analysis {
        let analyses = try analyses(at: location)
        guard analyses.count == 1 else {
            throw ValidationError("\(location) holds \(analyses.count) articles; give the path of one article")
        }
        return analyses[0]
    }

    /// Where an article was opened from, as the store records it: an
    /// absolute path for a file, anything else (a URL, `-`) as given.
    static func origin(of location: String) -> String {
        if location == "-" || location.contains("://") { return location }
        return URL(fileURLWithPath: location).standardizedFileURL.path
    }
}
