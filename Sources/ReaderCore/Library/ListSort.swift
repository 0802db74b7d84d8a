/// The orders the article list can be sorted in; `s` cycles through them.
public enum ListSort: String, CaseIterable, Sendable {
    /// The order the articles were given in (a folder's in path order,
    /// a feed's as in the feed): the order the parser takes them in too.
    case opened
    /// By file name (the title for an article with no file).
    case name
    /// Newest first; articles without a date after those with one.
    case date
    /// By outlet (the site, else the folder), then by title.
    case outlet
    /// Most claims still unchecked first: the work left to do; articles
    /// not parsed yet last.
    case unchecked

    public var next: ListSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// "by unchecked claims", as the list's title says it.
    public var label: String {
        switch self {
        case .opened: "as opened"
        case .unchecked: "by unchecked claims"
        default: "by \(rawValue)"
        }
    }
}
