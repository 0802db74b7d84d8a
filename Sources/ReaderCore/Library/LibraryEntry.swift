import ClaimKit

/// One article of the library as the article list shows it, whether or
/// not it is parsed yet: what is known of it and how far its checking has got.
public struct LibraryEntry: Sendable, Equatable {
    public enum Stage: Sendable, Equatable {
        /// In the parse queue; the title may already be known.
        case waiting
        case parsed
        /// It could not be read as an article (the library says why).
        case failed
    }

    /// The file or address it came from (the background parser's job).
    public let job: Int
    /// Its place among the articles of that job (a feed holds several).
    public let part: Int
    public let location: String
    public internal(set) var stage: Stage = .waiting
    /// Known from the cheap read of the file's start, then from the parse.
    public internal(set) var title: String?
    /// The site the page names, else the folder it is in.
    public internal(set) var outlet: String?
    /// The publication date (ISO 8601) when the source gives one.
    public internal(set) var date: String?
    /// Filled in once parsed, and kept up to date as marks change.
    public internal(set) var summary: ArticleSummary?
    /// The fingerprint its marks are kept under, once known.
    public internal(set) var article: String?

    public init(job: Int, part: Int = 0, location: String, title: String? = nil) {
        self.job = job
        self.part = part
        self.location = location
        self.title = title
        outlet = Self.folder(of: location)
    }

    /// What the list shows as its title: the title, else the file name.
    public var shownTitle: String { title ?? fileName }

    /// The last part of its path or address.
    public var fileName: String { location.split(separator: "/").last.map(String.init) ?? location }

    mutating func fill(from analysis: Analysis, marks: [String: ClaimMark]) {
        let article = analysis.article
        stage = .parsed
        title = article.title
        outlet = article.metadata.site ?? Self.folder(of: location)
        date = article.metadata.published
        summary = ArticleSummary(analysis, marks: marks)
        self.article = article.fingerprint
    }

    mutating func fill(from listed: ListedArticle) {
        stage = .parsed
        title = listed.title
        outlet = listed.site ?? Self.folder(of: location)
        date = listed.published
        summary = listed.summary
        article = listed.fingerprint
    }

    /// The folder a file is in (its path's last part but one), for an
    /// article whose page names no site. Read from the path's bytes: the
    /// list makes one for every file of a folder before its first frame,
    /// and splitting the path cost several µs a file.
    static func folder(of location: String) -> String? {
        let slash = UInt8(ascii: "/")
        let bytes = Array(location.utf8)
        guard location != "-", !bytes.indices.dropLast(2).contains(where: { index in
            bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == slash && bytes[index + 2] == slash
        }) else { return nil }
        // The parts between slashes, empty ones left out, from the end: the second is the folder.
        var end = bytes.count
        var seen = 0
        for index in stride(from: bytes.count - 1, through: -1, by: -1) where index < 0 || bytes[index] == slash {
            if end > index + 1 {
                seen += 1
                if seen == 2 { return String(decoding: bytes[(index + 1)..<end], as: UTF8.self) }
            }
            end = index
        }
        return nil
    }
}

/// An article's claims and how far their checking has got, kept for the
/// list when the article's full analysis is not in memory.
public struct ArticleSummary: Sendable, Equatable {
    public var claims: Int
    public var checked: Int
    public var tally: [ClaimStatus: Int]

    public var disputed: Int { tally[.disputed, default: 0] }
    public var unchecked: Int { claims - checked }

    /// An article of `claims` claims, `marked` of them with a status other than unverified.
    public init(claims: Int, marked: [ClaimStatus: Int]) {
        self.claims = claims
        var tally = marked.filter { $0.key != .unverified && $0.value > 0 }
        checked = min(claims, tally.values.reduce(0, +))
        if claims > checked { tally[.unverified] = claims - checked }
        self.tally = tally
    }

    init(_ document: DocumentView) {
        self.init(document.analysis, marks: document.marks)
    }

    init(_ analysis: Analysis, marks: [String: ClaimMark]) {
        claims = analysis.claims.count
        var tally: [ClaimStatus: Int] = [:]
        for claim in analysis.claims { tally[marks[claim.fingerprint]?.status ?? .unverified, default: 0] += 1 }
        self.tally = tally
        checked = claims - tally[.unverified, default: 0]
    }
}
