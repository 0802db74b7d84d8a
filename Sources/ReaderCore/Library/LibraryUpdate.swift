import ClaimKit

/// What the background work learns about one file or address of the
/// library (a job), handed to the reader as it comes in.
public enum LibraryUpdate: Sendable {
    /// The title read cheaply from the start of the file, before parsing.
    case title(job: Int, title: String)
    /// The job's articles, parsed (several when it is a feed).
    case parsed(job: Int, analyses: [Analysis])
    /// The job's articles as the parse cache knows them from an earlier
    /// read of the same file: listed, not parsed (they are when opened).
    case listed(job: Int, articles: [ListedArticle])
    /// The job could not be read as articles; `reason` says why in one line.
    /// A file found in a folder that is no article is `skipped`, not an error.
    case failed(job: Int, reason: String, skipped: Bool)

    public var job: Int {
        switch self {
        case .title(let job, _), .parsed(let job, _), .listed(let job, _), .failed(let job, _, _): job
        }
    }
}

/// What the reader asks of the background parser: to parse one job
/// before the others, because the reader is waiting for it, and to take
/// the rest in the order the list now shows.
public protocol ParsePriority: AnyObject, Sendable {
    func prioritize(job: Int)
    func follow(order jobs: [Int])
}
