import ArgumentParser
import ClaimStore
import Foundation

/// Where the marks live: shared by every command that reads or writes them.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The marks database (default: $CROSSCHECK_DB, else $XDG_DATA_HOME/crosscheck/crosscheck.sqlite).",
            valueName: "path"))
    var databasePath: String?

    var resolvedPath: String {
        databasePath ?? MarkStore.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    func open() throws -> MarkStore {
        try MarkStore(path: resolvedPath)
    }

    /// For commands that only read: nothing is written, so they work on a
    /// full disk and never create a database.
    func openForReading() throws -> MarkStore {
        do {
            return try MarkStore(path: resolvedPath, forReadingOnly: true)
        } catch MarkStoreError.readOnly {
            // Written by an earlier version: upgraded as any command would.
            return try open()
        }
    }
}

/// Who the marks are recorded for.
struct ReviewerOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp("Record the marks under this name (default: the config file's reviewer, else $USER).", valueName: "name"))
    var name: String?

    /// --as, else the config file's reviewer, else the login name.
    var resolvedName: String {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [name, Settings.config.reviewer, environment["USER"], environment["LOGNAME"], accountName()]
        return candidates.compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "unknown"
    }

    /// The login name of the running user, for when the environment has none.
    private func accountName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    func validate() throws {
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--as needs a name")
        }
    }
}
