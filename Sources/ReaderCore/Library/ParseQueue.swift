import Foundation

/// Parses a library's files in the background: one thread per core
/// takes the jobs in the list's order (`follow`), except that a job the reader asks for
/// (`prioritize`) goes before all the others; a thread of its own first
/// waits for the first job (the first screen's) and, when told to, for the
/// reader's first frame (`firstFrameDrawn`), then lists the jobs the
/// parse cache knows unchanged (those are not parsed until asked for;
/// until then the parsers take only the first job and jobs asked for),
/// then reads each other file's title cheaply ahead of the parsers, so
/// the list can show it.
/// What they learn waits in an outbox the reader's loop empties, so
/// nothing here ever blocks a key press. A job done already can be asked
/// for again (the reader keeps few analyses in memory): the threads wait
/// for such work until `stop`.
public final class ParseQueue: ParsePriority, @unchecked Sendable {
    public let count: Int
    private let threads: Int
    private let readTitle: @Sendable (Int) -> String?
    private let known: @Sendable () -> [LibraryUpdate]
    private let parse: @Sendable (Int) -> LibraryUpdate
    private let condition = NSCondition()
    private var started: [Bool]
    private var done: [Bool]
    /// The jobs in the list's order, and the first not known to be started.
    private var order: [Int]
    private var cursor = 0
    /// Jobs asked for, the latest last (it is taken first).
    private var urgent: [Int] = []
    private var outbox: [LibraryUpdate] = []
    private var finished = 0
    private var running = 0
    private var stopped = false
    /// Until the cache's list is in, the parsers take the first job of
    /// the order (the first screen's) and jobs asked for, no others: those
    /// may need no parse.
    private var listing = true
    private var takenInOrder = 0
    /// Whether the work after the first job waits for `firstFrameDrawn`,
    /// and whether that came: the first frame competes with nothing
    /// (the cache's list holds the database while it is read).
    private let waitsForFirstFrame: Bool
    private var frameDrawn = false

    /// `known()`, `readTitle(job)` and `parse(job)` are called on
    /// background threads, `known` once (the `.listed` updates of the
    /// jobs the cache knows), `readTitle` and `parse` each job once;
    /// `threads` parsers run at once. With `waitsForFirstFrame`, nothing
    /// but the first job and jobs asked for is done until `firstFrameDrawn`.
    public init(
        count: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount, waitsForFirstFrame: Bool = false,
        known: @escaping @Sendable () -> [LibraryUpdate] = { [] },
        readTitle: @escaping @Sendable (Int) -> String?, parse: @escaping @Sendable (Int) -> LibraryUpdate
    ) {
        self.count = count
        self.threads = max(1, min(threads, count))
        self.known = known
        self.readTitle = readTitle
        self.parse = parse
        self.waitsForFirstFrame = waitsForFirstFrame
        started = Array(repeating: false, count: count)
        done = started
        order = Array(0..<count)
    }

    public func start() {
        for _ in 0..<threads { spawn { self.parseJobs() } }
        spawn {
            self.waitForFirstJob()
            self.listKnown()
            self.readTitles()
        }
    }

    /// The reader's first frame is on screen: the rest of the work begins.
    public func firstFrameDrawn() {
        condition.lock()
        frameDrawn = true
        condition.broadcast()
        condition.unlock()
    }

    public func prioritize(job: Int) {
        condition.lock()
        defer { condition.unlock() }
        guard started.indices.contains(job), !started[job] || done[job] else { return }
        if done[job] {
            // Parsed before and let go: parsed again (from the cache, when there is one).
            started[job] = false
            done[job] = false
            finished -= 1
        }
        urgent.append(job)
        condition.broadcast()
    }

    /// Takes the jobs not started yet in this order (jobs left out keep
    /// their turn after these).
    public func follow(order jobs: [Int]) {
        condition.lock()
        defer { condition.unlock() }
        var listed = Array(repeating: false, count: count)
        var order: [Int] = []
        order.reserveCapacity(count)
        for job in jobs where started.indices.contains(job) && !started[job] && !listed[job] {
            listed[job] = true
            order.append(job)
        }
        for (job, isListed) in listed.enumerated() where !isListed && !started[job] { order.append(job) }
        self.order = order
        cursor = 0
    }

    /// Whether every job has been parsed (or failed) and handed over.
    public var isDone: Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished == count && outbox.isEmpty
    }

    /// What has come in, waiting until something has (or every job is
    /// done), or until `deadline` (the reader's next idle tick).
    public func waitForUpdates(until deadline: Date) -> [LibraryUpdate] {
        // Foundation traps on a deadline as far off as `distantFuture`.
        let deadline = min(deadline, Date(timeIntervalSinceNow: 86_400))
        condition.lock()
        while outbox.isEmpty && finished < count && condition.wait(until: deadline) {}
        condition.unlock()
        return drain()
    }

    /// What has come in since the last call, without waiting.
    public func drain() -> [LibraryUpdate] {
        condition.lock()
        defer { condition.unlock() }
        let updates = outbox
        outbox.removeAll(keepingCapacity: true)
        return updates
    }

    /// What has come in, waiting until something has (or every job is done).
    public func waitForUpdates() -> [LibraryUpdate] {
        condition.lock()
        while outbox.isEmpty && finished < count { condition.wait() }
        condition.unlock()
        return drain()
    }

    /// What is handed over until the list's first article that can be
    /// read is parsed (or every job has failed): what the first screen waits for.
    public func untilFirstArticle() -> [LibraryUpdate] {
        var received: [LibraryUpdate] = []
        var ended = Array(repeating: false, count: count)
        var parsed = ended
        // Listed from the cache before a parser took it: the first screen needs it parsed.
        var listed = ended
        var asked = ended
        var first = 0
        while first < count, !parsed[first] {
            if ended[first] {
                first += 1
                continue
            }
            // Listed, or next after articles that failed: no parser takes
            // it by itself before the first frame.
            if listed[first] || first > 0, !asked[first] {
                asked[first] = true
                prioritize(job: first)
            }
            for update in waitForUpdates() {
                received.append(update)
                switch update {
                case .parsed(let job, let analyses):
                    ended[job] = true
                    parsed[job] = !analyses.isEmpty
                case .failed(let job, _, _): ended[job] = true
                case .listed(let job, _): listed[job] = true
                case .title: break
                }
            }
        }
        return received
    }

    /// Starts no further job and waits for those begun to end, so
    /// nothing is half written when the program exits.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func spawn(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        // Extraction recurses over long sentences; the default 512 KiB
        // of a secondary thread is less than the main thread has.
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func parseJobs() {
        while let job = nextJob() {
            let update = parse(job)
            condition.lock()
            outbox.append(update)
            finished += 1
            done[job] = true
            running -= 1
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next job to parse, waiting while there is none; nil once stopped.
    private func nextJob() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            var job: Int?
            while job == nil, let asked = urgent.popLast() {
                if !started[asked] { job = asked }
            }
            while job == nil, !(listing && takenInOrder > 0), cursor < order.count {
                if !started[order[cursor]] {
                    job = order[cursor]
                    takenInOrder += 1
                }
                cursor += 1
            }
            if let job {
                started[job] = true
                running += 1
                return job
            }
            condition.wait()
        }
        return nil
    }

    /// The first screen first: nothing else (the cache's list, titles,
    /// other parses, and their use of the database) competes with the
    /// first job until it is done, nor, when told to wait, with the first frame.
    private func waitForFirstJob() {
        condition.lock()
        while (finished == 0 && count > 0 || waitsForFirstFrame && !frameDrawn) && !stopped { condition.wait() }
        condition.unlock()
    }

    /// Hands over the jobs the cache knows and no parser has taken, and
    /// counts them done: they are parsed only when asked for.
    private func listKnown() {
        let updates = known()
        condition.lock()
        defer { condition.unlock() }
        for update in updates where !stopped && !started[update.job] {
            started[update.job] = true
            done[update.job] = true
            finished += 1
            outbox.append(update)
        }
        listing = false
        condition.broadcast()
    }

    /// Titles in list order, skipping files a parser has already taken.
    private func readTitles() {
        for job in 0..<count {
            condition.lock()
            let skip = started[job] || stopped
            condition.unlock()
            if skip { continue }
            guard let title = readTitle(job) else { continue }
            condition.lock()
            outbox.append(.title(job: job, title: title))
            condition.broadcast()
            condition.unlock()
        }
    }
}
