import ClaimKit
import ClaimStore
import Foundation
import ReaderStore
import Testing

@testable import ReaderCore

/// A folder opened again, as `crosscheck FOLDER` opens it: the files that
/// have not changed are listed from the parse cache without being read;
/// a file that changed in any way is read and parsed again.
@Suite("Reopening a folder from the parse cache")
struct ParseCacheTests {
    final class Desk {
        let root: URL
        let folder: URL
        let database: String

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-reopen-\(UUID().uuidString)")
            folder = root.appendingPathComponent("news")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            database = root.appendingPathComponent("marks.sqlite").path
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Writes an article file saved a minute ago (a file saved this
        /// very moment is read again next time: it might still change
        /// within the same tick of the file system's clock).
        func write(_ name: String, _ text: String) throws {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path)
        }

        /// Writes the three stories of these tests.
        func writeStories() throws {
            try write("a-harbour.txt", ParseCacheTests.harbour)
            try write("b-depot.txt", ParseCacheTests.depot)
            try write("c-river.txt", ParseCacheTests.river)
        }

        /// Opens the folder, lets the background work finish, and closes
        /// it as the reader does; returns the reader and what the
        /// background work handed over.
        /// `withoutParser`: the parser and loader are refused, as the
        /// lexicons would be if they could not load; `at` spells the folder's path.
        func open(withoutParser: Bool = false, at location: String? = nil) throws
            -> (reader: ReaderState, updates: [LibraryUpdate])
        {
            let parser = try ClaimParser()
            let files = try ArticleLoader.files(at: location ?? folder.path).files
            let marks = try MarkStore(path: database)
            let refused = ClaimKitError.lexicon(file: "Lexicons", reason: "refused by the test")
            let cache = ParseCache(
                marks: marks, parserVersion: parser.version,
                parser: { if withoutParser { throw refused } else { return parser } })
            let queue = cache.queue(
                files.map { ParseCache.Job(location: $0, inFolder: true) },
                loader: { if withoutParser { throw refused } else { return ArticleLoader(lexicon: parser.lexicon) } },
                describe: { "\($1): \($0)" })
            queue.start()
            var updates = queue.untilFirstArticle()
            var reader = ReaderState(
                locations: files, received: updates, store: StoreMarkBook(store: marks, author: "ana"), width: 120,
                height: 40, priority: queue)
            while reader.library.isParsing {
                let more = queue.waitForUpdates()
                updates += more
                reader.receive(more)
            }
            queue.stop()
            try cache.finish(limit: 1 << 30)
            return (reader, updates)
        }
    }

    static func article(_ title: String, _ sentences: [String]) -> String {
        title + "\n\n" + sentences.joined(separator: "\n\n") + "\n"
    }

    static let harbour = article(
        "Harbour authority says new crane fleet will double capacity",
        [
            "The Port of Elsmere will double its container capacity by 2027, the harbour authority said on Monday.",
            "According to Mayor Ana Ruiz, the expansion will create 4,000 jobs.",
            "Norvale denied that it had asked for the dredging.",
        ])
    static let depot = article(
        "Union says depot sale was agreed in secret",
        [
            "The transport union said the city had agreed to sell the bus depot months before the council vote.",
            "Helen Marsh, the agency's director, told reporters the sale had been discussed only in general terms.",
        ])
    static let river = article(
        "Council publishes its review of the river works",
        [
            "The river engineer said work on the embankment would finish early.",
            "Residents reportedly fear the footpath will close for a year.",
        ])

    /// Which jobs came parsed and which listed from the cache.
    static func parsedJobs(_ updates: [LibraryUpdate]) -> [Int] {
        updates.compactMap { if case .parsed(let job, _) = $0 { job } else { nil } }.sorted()
    }

    static func listedJobs(_ updates: [LibraryUpdate]) -> [Int] {
        updates.compactMap { if case .listed(let job, _) = $0 { job } else { nil } }.sorted()
    }

    @Test("unchanged files are listed from the cache, with the same titles, counts and marks, and not read again")
    func unchangedFilesAreListed() throws {
        let desk = try Desk()
        try desk.writeStories()
        var (first, updates) = try desk.open()
        #expect(Self.parsedJobs(updates) == [0, 1, 2])
        // A claim of the depot story marked by someone else since.
        let parsedDepot = updates.lazy.compactMap { update -> Analysis? in
            if case .parsed(job: 1, let analyses) = update { analyses.first } else { nil }
        }.first
        let depot = try #require(parsedDepot)
        try MarkStore(path: desk.database).setMark(
            article: depot.article.fingerprint, claim: depot.claims[0].fingerprint, status: .disputed, note: nil,
            author: "ben")
        first.press("l")
        let before = first.render()

        var (second, again) = try desk.open()
        #expect(Self.parsedJobs(again) == [0], "only the article shown first is read back")
        #expect(Self.listedJobs(again).filter { $0 != 0 } == [1, 2], "(the first may be listed before it is read back)")
        second.press("l")
        let after = second.render()
        #expect(after.listRow("Harbour authority") == before.listRow("Harbour authority"))
        #expect(after.listRow("Council publishes") == before.listRow("Council publishes"))
        let claims = depot.claims.count
        #expect(after.listRow("Union says") == "Union says depot sale was agreed in secret news 1/\(claims) 1")
    }

    @Test("an unchanged file opened is read back from the cache without the parser, under the path given this time")
    func unchangedFilesNeedNoParser() throws {
        let desk = try Desk()
        try desk.writeStories()
        let (first, _) = try desk.open()
        let spelt = desk.root.path + "/./news"
        let (second, updates) = try desk.open(withoutParser: true, at: spelt)
        #expect(Self.parsedJobs(updates) == [0])
        let failures = updates.filter { if case .failed = $0 { true } else { false } }
        #expect(failures.isEmpty, "nothing needed the parser")
        #expect(second.document.analysis.claims == first.document.analysis.claims)
        #expect(second.document.analysis.article.path == spelt + "/a-harbour.txt")
        #expect(second.render().text.contains("Harbour authority says new crane fleet will double capacity"))

        // A file changed since needs the parser: refused, it is skipped with the reason.
        try desk.write("a-harbour.txt", Self.harbour.replacingOccurrences(of: "double", with: "triple"))
        let (_, changed) = try desk.open(withoutParser: true)
        let reasons = changed.compactMap { if case .failed(0, let reason, _) = $0 { reason } else { nil } }
        #expect(reasons.count == 1 && reasons[0].contains("refused by the test"))
    }

    @Test("a file changed in any way is read and parsed again, even with its size and modification time kept")
    func changedFilesAreParsed() throws {
        let desk = try Desk()
        try desk.writeStories()
        _ = try desk.open()
        // The depot story gets a new headline; the river story has one word
        // changed for another of the same length, its time set back as it was.
        try desk.write("b-depot.txt", Self.depot.replacingOccurrences(of: "Union says", with: "Transport union insists"))
        let river = desk.folder.appendingPathComponent("c-river.txt").path
        let saved = try FileManager.default.attributesOfItem(atPath: river)[.modificationDate] as? Date
        try Self.river.replacingOccurrences(of: "early", with: "later").write(toFile: river, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: saved ?? Date()], ofItemAtPath: river)

        var (reader, updates) = try desk.open()
        #expect(Self.parsedJobs(updates) == [0, 1, 2])
        #expect(Self.listedJobs(updates).isEmpty)
        reader.press("l")
        let frame = reader.render()
        #expect(frame.listRow("Transport union insists") != nil)
        #expect(frame.listRow("Union says") == nil)

        (_, updates) = try desk.open()
        #expect(Self.listedJobs(updates).filter { $0 != 0 } == [1, 2], "once read again, the changed files are listed from the cache")
    }
}
