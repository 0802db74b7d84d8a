import Foundation

/// A config file that cannot be used as written, with the line to look at.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(path), line \(line): \(reason)" }

    /// The same with the file's name alone, for a status line.
    public var brief: String {
        "\(URL(fileURLWithPath: path).lastPathComponent), line \(line): \(reason)"
    }
}
