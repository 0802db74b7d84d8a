import ClaimKit
import Foundation
import ReaderCore
import Testing

/// The reader on a library parsed in the background: the list fills in
/// as titles and analyses arrive, and an article asked for jumps the queue.
@Suite("Background parsing")
struct BackgroundParsingTests {
    /// Records which jobs the reader asked the parser to hurry.
    final class PriorityLog: ParsePriority, @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [Int] = []
        var jobs: [Int] { lock.withLock { asked } }
        private var followed: [Int] = []
        var order: [Int] { lock.withLock { followed } }
        func prioritize(job: Int) { lock.withLock { asked.append(job) } }
        func follow(order jobs: [Int]) { lock.withLock { followed = jobs } }
    }

    static let locations = ["news/harbour.txt", "news/quarrel.txt", "news/river.txt", "news/depot.txt"]

    static func reader(priority: PriorityLog) -> ReaderState {
        ReaderState(
            locations: locations, received: [.parsed(job: 0, analyses: [Fixtures.harbour()])],
            store: InMemoryMarkBook(), width: 120, height: 40, priority: priority)
    }

    @Test("the first screen shows with one article parsed; the list fills in as titles and analyses arrive")
    func listFillsIn() {
        var reader = Self.reader(priority: PriorityLog())
        var frame = reader.render()
        #expect(frame.line(0).contains("Harbour authority"))
        #expect(frame.line(0).contains("parsed 1/4"))
        #expect(frame.line(0).contains("article 1/4"))
        reader.press("l")
        frame = reader.render()
        #expect(frame.row(containing: "Articles 4 (parsing 1/4)") != nil)
        #expect(frame.listRow("Harbour authority") == "→ Harbour authority says new crane fleet will double capacity news 0/7")
        #expect(frame.listRow("quarrel.txt") == "quarrel.txt news …", "the file name until the title is known")
        reader.receive([.title(job: 1, title: "Mayor's office and union trade accusations")])
        frame = reader.render()
        #expect(frame.listRow("Mayor's office") == "Mayor's office and union trade accusations news …")
        reader.receive([.parsed(job: 1, analyses: [Fixtures.quarrel()]), .parsed(job: 2, analyses: [Fixtures.long()])])
        frame = reader.render()
        #expect(frame.row(containing: "Articles 4 (parsing 3/4)") != nil)
        #expect(frame.listRow("Mayor's office") == "Mayor's office and union trade accusations over the depot sale news 0/5")
        #expect(frame.listRow("Council publishes") == "Council publishes its long review of the river works news 0/16")
        reader.receive([.parsed(job: 3, analyses: [Fixtures.long(title: "Depot sale goes ahead")])])
        frame = reader.render()
        #expect(frame.row(containing: "Articles 4 · as opened: Enter opens") != nil, "no progress once the queue is done")
        #expect(!frame.line(0).contains("parsed"))
    }

    @Test("opening an article not parsed yet asks the parser for it and opens it when it arrives, keys still answering")
    func openedArticleJumpsTheQueue() {
        let log = PriorityLog()
        var reader = Self.reader(priority: log)
        reader.press("l")
        reader.press("jjj")
        reader.press(.enter)
        #expect(log.jobs == [3])
        #expect(reader.awaiting == 3)
        #expect(reader.current == 0, "the article shown stays until the one asked for is parsed")
        #expect(reader.render().line(39).contains("parsing depot.txt; it opens when ready"))
        reader.press("n")
        #expect(reader.selectedClaim?.id == "c2", "keys keep working on the article shown")
        reader.receive([.parsed(job: 1, analyses: [Fixtures.quarrel()])])
        #expect(reader.current == 0, "another article arriving does not open")
        reader.receive([.parsed(job: 3, analyses: [Fixtures.long(title: "Depot sale goes ahead")])])
        #expect(reader.current == 3)
        #expect(reader.awaiting == nil)
        #expect(reader.render().line(0).contains("Depot sale goes ahead"))
    }

    @Test("J on an article not parsed yet asks for it; K goes back at once to one that is")
    func nextArticleJumpsTheQueue() {
        let log = PriorityLog()
        var reader = Self.reader(priority: log)
        reader.press("J")
        #expect(log.jobs == [1])
        reader.press("J")
        #expect(log.jobs == [1, 2], "J steps on from the article being waited for")
        #expect(reader.awaiting == 2)
        reader.press("KK")
        #expect(reader.awaiting == nil)
        #expect(reader.current == 0)
        reader.receive([.parsed(job: 2, analyses: [Fixtures.long()])])
        #expect(reader.current == 0, "an article no longer waited for does not open")
    }

    @Test("a feed's articles join the list in place; a file that fails is listed as not opened")
    func feedsAndFailures() {
        var reader = Self.reader(priority: PriorityLog())
        reader.receive([
            .parsed(job: 1, analyses: [Fixtures.quarrel(), Fixtures.long(title: "Second entry of the feed")]),
            .failed(job: 2, reason: "news/river.txt: binary data, not text", skipped: false),
        ])
        reader.press("l")
        let frame = reader.render()
        #expect(frame.row(containing: "Articles 4 (parsing 3/4)") != nil)
        let rows = ["Harbour authority", "Mayor's office", "Second entry of the feed", "depot.txt"].map(frame.listRowNumber(containing:))
        #expect(rows.compactMap { $0 } == rows.compactMap { $0 }.sorted() && !rows.contains(nil), "\(rows)")
        #expect(frame.row(containing: "Council publishes") == nil)
        #expect(frame.row(containing: "news/river.txt: binary data, not text") != nil)
    }

    @Test("only the articles opened last keep their analysis in memory; one opened again is asked for again, at its place")
    func boundedMemory() {
        let log = PriorityLog()
        let count = Library.keptInMemory + 6
        let analyses = (0..<count).map { Fixtures.long(title: "Story \($0) of the river works") }
        var reader = ReaderState(
            locations: (0..<count).map { "news/\($0).txt" }, received: [.parsed(job: 0, analyses: [analyses[0]])],
            store: InMemoryMarkBook(), width: 120, height: 40, priority: log)
        reader.press("nn")
        #expect(reader.selectedClaim?.id == "c3")
        reader.receive((1..<count).map { .parsed(job: $0, analyses: [analyses[$0]]) })
        #expect(reader.library.inMemoryCount == 1, "articles parsed in the background leave only their summary")
        reader.press("l")
        #expect(reader.render().listRow("Story 5 of") == "Story 5 of the river works news 0/16", "listed all the same")
        reader.press("q")
        for job in 1..<count {
            reader.press("J")
            #expect(reader.awaiting == job)
            reader.receive([.parsed(job: job, analyses: [analyses[job]])])
            #expect(reader.current == job)
            #expect(reader.library.inMemoryCount <= Library.keptInMemory + 1)
        }
        #expect(log.jobs == Array(1..<count))
        reader.press("g")
        #expect(reader.awaiting == nil, "g scrolls; nothing asked for")
        reader.press("l")
        reader.press("g")
        reader.press(.enter)
        #expect(reader.awaiting == 0, "the first article went out of memory and is asked for again")
        #expect(log.jobs.last == 0)
        reader.receive([.parsed(job: 0, analyses: [analyses[0]])])
        #expect(reader.current == 0)
        #expect(reader.selectedClaim?.id == "c3", "at the claim it was left at")
        #expect(reader.places[analyses[0].article.fingerprint] == analyses[0].claims[2].fingerprint)
    }

    @Test("a mark shows in the list's count of checked claims")
    func marksCountInTheList() {
        var reader = Self.reader(priority: PriorityLog())
        reader.press("vnd")
        reader.press("l")
        #expect(reader.render().listRow("Harbour authority") == "→ Harbour authority says new crane fleet will double capacity news 2/7 1")
    }
}

extension Frame {
    /// The article list's row showing `text`, its columns' spacing
    /// collapsed to single spaces.
    func listRow(_ text: String) -> String? {
        listRowNumber(containing: text).map { line($0).split(separator: " ").joined(separator: " ") }
    }

    /// The row below the title bar (which names the article shown) holding `text`.
    func listRowNumber(containing text: String) -> Int? {
        (1..<height).first { line($0).contains(text) }
    }
}

/// The background parser itself: one job at a time here, so the order
/// it takes them in is plain.
@Suite("Parse queue")
struct ParseQueueTests {
    final class Order: @unchecked Sendable {
        let lock = NSLock()
        var started: [Int] = []
        let firstBegun = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)

        /// A parse that notes the jobs begun and holds job 0 until released.
        var parse: @Sendable (Int) -> LibraryUpdate {
            { [self] job in
                lock.withLock { started.append(job) }
                if job == 0 {
                    firstBegun.signal()
                    release.wait()
                }
                return .parsed(job: job, analyses: [])
            }
        }
    }

    @Test("jobs go in list order, and a job asked for goes before all that are left")
    func priority() {
        let order = Order()
        let queue = ParseQueue(count: 8, threads: 1, readTitle: { _ in nil }, parse: order.parse)
        queue.start()
        order.firstBegun.wait()
        queue.prioritize(job: 5)
        queue.prioritize(job: 0)
        order.release.signal()
        var jobs: [Int] = []
        while !queue.isDone { jobs += queue.waitForUpdates().map(\.job) }
        jobs += queue.drain().map(\.job)
        #expect(order.lock.withLock { order.started } == [0, 5, 1, 2, 3, 4, 6, 7])
        #expect(jobs.sorted() == Array(0..<8), "every job handed over once")
        queue.prioritize(job: 3)
        #expect(!queue.isDone, "a job done already is parsed again when asked for")
        #expect(queue.waitForUpdates().map(\.job) == [3])
        #expect(order.lock.withLock { order.started.last } == 3)
        queue.stop()
    }

    @Test("a wait with a deadline comes back empty when nothing came by then, and with what came when something did")
    func waitUntilDeadline() {
        let order = Order()
        let queue = ParseQueue(count: 1, threads: 1, readTitle: { _ in nil }, parse: order.parse)
        queue.start()
        order.firstBegun.wait()
        #expect(queue.waitForUpdates(until: Date()).isEmpty, "job 0 is held")
        order.release.signal()
        var jobs: [Int] = []
        while jobs.isEmpty { jobs = queue.waitForUpdates(until: .distantFuture).map(\.job) }
        #expect(jobs == [0])
        queue.stop()
    }

    @Test("the first job goes alone; then jobs the cache lists are not parsed until asked for")
    func listedJobs() {
        let order = Order()
        let listed = ListedArticle(
            fingerprint: "f", title: "listed", site: nil, published: nil, summary: ArticleSummary(claims: 2, marked: [:]))
        let queue = ParseQueue(
            count: 4, threads: 1, known: { [0, 2, 3].map { LibraryUpdate.listed(job: $0, articles: [listed]) } },
            readTitle: { _ in nil }, parse: order.parse)
        order.release.signal()
        queue.start()
        let isListed = { (update: LibraryUpdate) in if case .listed = update { true } else { false } }
        var updates: [LibraryUpdate] = []
        while !queue.isDone { updates += queue.waitForUpdates() }
        updates += queue.drain()
        let parsed = updates.compactMap { if case .parsed(let job, _) = $0 { job } else { nil } }
        #expect(updates.filter(isListed).map(\.job) == [2, 3], "the list is read once the first job is done")
        #expect(parsed == [0, 1], "listed jobs are not parsed")
        queue.prioritize(job: 3)
        #expect(queue.waitForUpdates().map(\.job) == [3], "a listed job asked for is parsed")
        queue.stop()
    }

    @Test("waiting for the first frame, only the first article is read; after it, the list, titles and the rest")
    func firstFrameFirst() {
        let order = Order()
        let listed = ListedArticle(
            fingerprint: "f", title: "listed", site: nil, published: nil, summary: ArticleSummary(claims: 2, marked: [:]))
        let known = Order()
        let article = Fixtures.harbour()
        let queue = ParseQueue(
            count: 4, threads: 2, waitsForFirstFrame: true,
            known: { [known] in
                known.lock.withLock { known.started.append(-1) }
                return [LibraryUpdate.listed(job: 3, articles: [listed])]
            },
            readTitle: { "title \($0)" },
            parse: { [order] job in
                order.lock.withLock { order.started.append(job) }
                // Job 0 is a file that cannot be read: the first screen's article is the next.
                return job == 0
                    ? .failed(job: 0, reason: "unreadable", skipped: false) : .parsed(job: job, analyses: [article])
            })
        queue.start()
        let first = queue.untilFirstArticle()
        #expect(first.map(\.job) == [0, 1], "the next article is asked for when the first fails")
        #expect(order.lock.withLock { order.started } == [0, 1], "nothing else is parsed before the first frame")
        #expect(known.lock.withLock { known.started }.isEmpty, "the cache's list waits for the first frame")
        queue.firstFrameDrawn()
        var updates: [LibraryUpdate] = []
        while !queue.isDone { updates += queue.waitForUpdates() }
        updates += queue.drain()
        queue.stop()
        #expect(known.lock.withLock { known.started } == [-1])
        #expect(updates.contains { if case .listed(3, _) = $0 { true } else { false } })
        #expect(updates.contains { if case .parsed(2, _) = $0 { true } else { false } })
    }

    @Test("titles are read for files no parser has taken yet and handed over with the analyses")
    func titles() {
        let queue = ParseQueue(
            count: 3, threads: 1, readTitle: { "title \($0)" },
            parse: { .parsed(job: $0, analyses: []) })
        queue.start()
        var updates: [LibraryUpdate] = []
        while !queue.isDone { updates += queue.waitForUpdates() }
        queue.stop()
        updates += queue.drain()
        let parsed = updates.filter { if case .parsed = $0 { true } else { false } }
        #expect(parsed.map(\.job).sorted() == [0, 1, 2])
        for case .title(let job, let title) in updates { #expect(title == "title \(job)") }
    }
}
