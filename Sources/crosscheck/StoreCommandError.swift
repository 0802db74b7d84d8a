import ClaimKit

/// Failures of the mark commands a user can cause; each prints as one line.
enum StoreCommandError: Error, CustomStringConvertible {
    /// CLAIM named no claim, or several: why, and the claims it could have meant.
    case claimNotFound(path: String, reason: String, candidates: [String])
    case nothingToUndo(path: String, author: String)
    case changedSince(path: String, claim: String, author: String, others: [String], current: String)
    /// The database opened read-only, so no article can be added to the library.
    case libraryReadOnly(path: String, reason: String)
    /// `claims` or `search` without articles, on a library holding none.
    case emptyLibrary(path: String)

    var description: String {
        switch self {
        case .claimNotFound(let path, let reason, let candidates):
            guard !candidates.isEmpty else { return "\(path): \(reason)" }
            return "\(path): \(reason): \(candidates.joined(separator: "; "))"
        case .nothingToUndo(let path, let author):
            return "\(path): nothing of \(author)'s to undo"
        case .changedSince(let path, let claim, let author, let others, let current):
            var names: [String] = []
            for name in others where !names.contains(name) { names.append(name) }
            return "\(path): \(claim) was changed by \(names.joined(separator: ", ")) after \(author)'s mark "
                + "(now \(current)); nothing undone (--force undoes it anyway)"
        case .libraryReadOnly(let path, let reason):
            return "\(path): cannot add articles to the library: \(reason)"
        case .emptyLibrary(let path):
            return "\(path): the library holds no articles; add some with 'crosscheck index PATH...'"
        }
    }
}
