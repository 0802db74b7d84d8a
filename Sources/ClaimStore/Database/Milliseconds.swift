import Foundation

/// Dates are stored as whole milliseconds since 1970, so a mark read back
/// equals the mark that was written.
enum Milliseconds {
    static func of(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
