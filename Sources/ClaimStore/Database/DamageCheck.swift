import Foundation
import GRDB

/// SQLite's check of a whole marks database, which reads every page: on
/// a large library (the parse cache holds every analysis) it takes
/// seconds, so it runs on a connection of its own while the store is
/// already reading, and every write waits for it. Damage anywhere is so
/// still refused before anything writes into the file; the tables that
/// hold the marks themselves are checked before the store opens at all.
final class DamageCheck: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcome: Result<Void, MarkStoreError>?

    /// Starts checking the database at `path` in the background.
    init(path: String) {
        let thread = Thread { [self] in
            let result = Self.run(path: path)
            condition.lock()
            outcome = result
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// A check already done (a database checked whole before it opened).
    init(done: Result<Void, MarkStoreError>) {
        outcome = done
    }

    /// Waits for the check; throws when it found damage.
    func wait() throws {
        condition.lock()
        while outcome == nil { condition.wait() }
        let outcome = self.outcome
        condition.unlock()
        try outcome?.get()
    }

    /// The whole file checked on a connection that only reads.
    static func run(path: String) -> Result<Void, MarkStoreError> {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try run(queue, path: path)
        } catch let error as DatabaseError {
            return .failure(MarksDatabase.translate(error, path: path))
        } catch {
            return .failure(.database(path: path, reason: "cannot check the marks database: \(error)"))
        }
    }

    /// `PRAGMA quick_check` over the whole file, or over `tables` alone.
    static func run(_ queue: DatabaseQueue, path: String, tables: [String]? = nil) throws -> Result<Void, MarkStoreError> {
        let checks = tables.map { $0.map { "PRAGMA quick_check(\(quoted($0)))" } } ?? ["PRAGMA quick_check"]
        for check in checks {
            guard try queue.read({ try String.fetchOne($0, sql: check) }) == "ok" else {
                return .failure(.database(path: path, reason: "the marks database is damaged"))
            }
        }
        return .success(())
    }

    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
