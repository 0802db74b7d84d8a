/// What can go wrong with the marks database. Each case renders as one
/// line that names the file and the reason, ready for a command-line tool
/// to print; none of them leaves the file changed.
public enum MarkStoreError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The database could be read but not written: marks cannot be saved.
    case readOnly(path: String, reason: String)
    /// Something other than a crosscheck marks database sits at the path.
    case notAMarksDatabase(path: String, reason: String)
    /// A crosscheck database whose schema this version does not know.
    case newerSchema(path: String)
    /// SQLite reported damage or a failure it could not recover from.
    case database(path: String, reason: String)
    /// Other processes held the database locked for too long.
    case busy(path: String)
    /// The disk, or the file size limit (`ulimit -f`), left no room to write.
    case diskFull(path: String)

    public var description: String {
        switch self {
        case .readOnly(let path, let reason):
            "\(path): cannot save marks: \(reason)"
        case .notAMarksDatabase(let path, let reason):
            "\(path): not a crosscheck marks database (\(reason)); left untouched"
        case .newerSchema(let path):
            "\(path): written by a newer crosscheck; upgrade crosscheck to use it (left untouched)"
        case .database(let path, let reason):
            "\(path): \(reason)"
        case .busy(let path):
            "\(path): the marks database stayed locked by another process; try again"
        case .diskFull(let path):
            "\(path): no room to write (the disk is full or the file size limit reached); nothing was saved"
        }
    }
}
