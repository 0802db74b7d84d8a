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

extension Analysis {
    /// The claim a user named: its id from `parse` (`c3`), its fingerprint,
    /// or a prefix of the fingerprint that only one claim has.
    func claim(named reference: String, path: String) throws -> Claim {
        if let claim = claim(id: reference) { return claim }
        let lowered = reference.lowercased()
        let matches = claims.filter { $0.fingerprint.hasPrefix(lowered) }
        let fingerprints = Set(matches.map(\.fingerprint))
        if fingerprints.count == 1, !lowered.isEmpty { return matches[0] }
        if fingerprints.count > 1 {
            throw StoreCommandError.ambiguousClaim(path: path, reference: reference, matches: matches.map(\.id))
        }
        throw StoreCommandError.unknownClaim(path: path, reference: reference, known: claims.map(\.id))
    }
}
