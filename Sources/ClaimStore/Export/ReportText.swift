import ClaimKit
import Foundation

/// How reports spell the things they print. Every text that came from an
/// article, a note, a name or a path passes through `clean`, so no report
/// carries control characters or terminal escape sequences.
enum ReportText {
    static func clean(_ text: String) -> String { Sanitizer.line(text) }

    /// `2025-11-27T13:40:12Z`
    static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }

    /// `2025-11-27`, in UTC.
    static func day(_ date: Date) -> String { date.formatted(.iso8601.year().month().day()) }

    /// The names of a claim's sources, or nil when it has none.
    static func sources(of claim: ClaimSnapshot) -> String? {
        names(claim.sources.map(\.name))
    }

    /// Names joined by commas, or nil when there are none.
    static func names(_ names: [String]) -> String? {
        names.isEmpty ? nil : names.map(clean).joined(separator: ", ")
    }
}
