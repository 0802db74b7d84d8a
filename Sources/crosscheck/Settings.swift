import Foundation
import ReaderCore

/// The config file, read once per run.
enum Settings {
    static let path = ReaderConfig.standardPath(environment: ProcessInfo.processInfo.environment)

    static let config = ReaderConfig.load(path: path)

    /// Each problem with the config file as a warning, for commands without
    /// a screen (the reader shows them on its status line).
    static func warnAboutProblems() {
        for problem in config.problems { Diagnostics.warn("config \(problem.description) (setting ignored)") }
    }
}
