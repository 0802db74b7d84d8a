import ClaimKit
import Foundation

/// The one place that writes to standard error: every message is one
/// line, cleaned of anything that could steer the terminal.
enum Diagnostics {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("crosscheck: warning: \(Sanitizer.line(message))\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("crosscheck: error: \(Sanitizer.line(message))\n".utf8))
    }
}
