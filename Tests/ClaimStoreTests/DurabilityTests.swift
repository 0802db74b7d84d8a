import Foundation
import GRDB
import Testing

@testable import ClaimStore

/// Marks are a fact-checker's work: these tests kill and race real
/// processes writing to one database and check nothing reported is lost.
@Suite("Mark store: no mark is ever lost", .serialized)
struct DurabilityTests {
    /// Every history entry of an article, as the helper reports them.
    private func storedMarks(_ path: String, article: String) throws -> Set<ReportedMark> {
        let store = try MarkStore(path: path)
        return Set(
            try store.history(article: article, claim: nil).map {
                ReportedMark(claim: $0.claimFingerprint, status: $0.status.rawValue, note: $0.note ?? "")
            })
    }

    private func integrity(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    }

    @Test("a writer killed with SIGKILL at random moments loses no mark it reported")
    func killedWriter() throws {
        let helper = try MarkStressHelper()
        let folder = try TemporaryFolder()
        let database = folder.databasePath
        var reported: [ReportedMark] = []
        var generator = SystemRandomNumberGenerator()
        let rounds = 40
        for round in 0..<rounds {
            let (process, output) = try helper.start(database: database, article: "a", prefix: "r\(round)", count: 0)
            // Wait for the first committed mark, then let it run a random
            // while so the kill lands anywhere in the write cycle.
            var received = output.fileHandleForReading.availableData
            usleep(UInt32.random(in: 0...60_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            received += output.fileHandleForReading.readDataToEndOfFile()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round): the helper died on its own")
            reported += ReportedMark.parse(received)
        }
        #expect(reported.count >= rounds, "every round reported at least its first mark")
        let stored = try storedMarks(database, article: "a")
        let lost = reported.filter { !stored.contains($0) }
        #expect(lost.isEmpty, "\(lost.count) of \(reported.count) reported marks are missing, e.g. \(lost.prefix(3))")
        #expect(try integrity(database) == ["ok"])
    }

    @Test("two processes marking claims of one article at once lose nothing")
    func concurrentWriters() throws {
        let helper = try MarkStressHelper()
        let folder = try TemporaryFolder()
        let database = folder.databasePath
        let count = 500
        let writers = try ["left", "right"].map {
            try helper.start(database: database, article: "shared", prefix: $0, count: count)
        }
        var reported: [ReportedMark] = []
        for (process, output) in writers {
            // Drain before waiting, so a full pipe cannot stall the writer.
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            reported += ReportedMark.parse(data)
        }
        #expect(reported.count == 2 * count)
        let stored = try storedMarks(database, article: "shared")
        #expect(stored == Set(reported))
        #expect(try integrity(database) == ["ok"])
    }
}
