import ClaimKit

/// Failures of the mark commands a user can cause; each prints as one line.
enum StoreCommandError: Error, CustomStringConvertible {
    case unknownClaim(path: String, reference: String, known: [String])
    case ambiguousClaim(path: String, reference: String, matches: [String])
    case nothingToUndo(path: String)

    var description: String {
        switch self {
        case .unknownClaim(let path, let reference, let known):
            let range = known.isEmpty ? "it has no claims" : "its claims are \(known.first!)–\(known.last!)"
            return "\(path): no claim \(reference) (\(range); see 'crosscheck parse --format text \(path)')"
        case .ambiguousClaim(let path, let reference, let matches):
            return "\(path): \(reference) could be any of \(matches.joined(separator: ", ")); give more of the fingerprint"
        case .nothingToUndo(let path):
            return "\(path): nothing to undo"
        }
    }
}
