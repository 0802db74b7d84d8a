import ClaimKit
import Foundation

/// The one place that writes to standard error: every message is one
/// line, cleaned of anything that could steer the terminal.
enum Diagnostics {
    static func warn(_ message: String) {
        write("crosscheck: warning: \(Sanitizer.line(message))\n")
    }

    static func error(_ message: String) {
        write("crosscheck: error: \(Sanitizer.line(message))\n")
    }

    /// A closed or full standard error loses the message, never the run.
    private static func write(_ line: String) {
        _ = FileDescriptorWriter.write(Data(line.utf8), to: STDERR_FILENO)
    }
}
