/// Errors ClaimKit reports to its callers. Each renders as one line that
/// names what failed and why, ready for a command-line tool to print.
public enum ClaimKitError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A file, folder or URL could not be read.
    case unreadable(path: String, reason: String)
    /// The input was read but holds no article ClaimKit understands.
    case notAnArticle(path: String, reason: String)
    /// The bundled lexicon files could not be found or read.
    case lexicon(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .notAnArticle(let path, let reason): "\(path): not an article: \(reason)"
        case .lexicon(let file, let reason): "lexicon \(file): \(reason)"
        }
    }
}
