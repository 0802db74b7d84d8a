import ClaimKit

/// Every article the reader was asked to open, parsed or not: the list's
/// entries, the analyses in memory, and how far the background parse has got.
public struct Library {
    public internal(set) var entries: [LibraryEntry]
    /// The parsed articles held in memory, by index into `entries`: the
    /// one shown and the few opened last (`recent`); the others are parsed
    /// again, from the parse cache, when opened.
    var documents: [Int: DocumentView] = [:]
    /// Entries opened, the latest first, at most `keptInMemory`.
    private(set) var recent: [Int] = []
    /// How many articles besides the one shown keep their analysis in memory.
    public static let keptInMemory = 8
    /// Indices into `entries` in the order the list shows them: every
    /// article not known to have failed that the filter keeps, sorted.
    public internal(set) var order: [Int] = []
    public internal(set) var sort: ListSort = .opened
    /// Words the list is filtered by (title, outlet or file name), as typed.
    public internal(set) var filter = ""
    /// For each entry, its position in `order` (nil when not listed).
    private var positions: [Int?] = []
    /// How many files or addresses the background parser was given, and
    /// how many it has finished.
    public let jobCount: Int
    public internal(set) var jobsDone = 0
    /// What could not be opened, one line each (path and reason).
    public internal(set) var unreadable: [String]
    /// Files in a folder that are not articles, one line each.
    public internal(set) var skipped: [String] = []
    /// What the parser warned about each article (invalid text replaced and the like).
    public internal(set) var warnings: [(path: String, warning: String)] = []
    /// For each job, the entries its articles are (one, or a feed's several).
    private var entriesOfJob: [[Int]]
    /// Jobs handed over at least once (a job asked for again is not counted twice).
    private var jobDone: [Bool]
    /// Jobs whose articles' warnings were taken (a listed job has none until parsed).
    private var jobWarned: [Bool]

    init(locations: [String], unreadable: [String]) {
        entries = locations.enumerated().map { LibraryEntry(job: $0.offset, location: $0.element) }
        entriesOfJob = entries.indices.map { [$0] }
        jobDone = Array(repeating: false, count: locations.count)
        jobWarned = jobDone
        jobCount = locations.count
        self.unreadable = unreadable
        reorder()
    }

    /// Whether the background parser is still at work.
    public var isParsing: Bool { jobsDone < jobCount }

    public var parsedCount: Int { entries.reduce(0) { $0 + ($1.stage == .parsed ? 1 : 0) } }

    /// The entry's place in the list, from 0.
    public func position(of entry: Int) -> Int? {
        positions.indices.contains(entry) ? positions[entry] : nil
    }

    /// Takes in what the background parser found. Returns the entries
    /// whose analyses arrived and are kept in memory (those `keep` says);
    /// the others leave only their summary. `marks` reads each article's marks.
    mutating func apply(
        _ updates: [LibraryUpdate], marks: (Analysis) throws -> [String: ClaimMark], failures: inout [String],
        keep: (Int) -> Bool
    ) -> [Int] {
        var arrived: [Int] = []
        for update in updates {
            switch update {
            case .title(let job, let title):
                let entry = entriesOfJob[job][0]
                if entries[entry].stage == .waiting { entries[entry].title = title }
            case .parsed(let job, let analyses):
                let first = !jobDone[job]
                if first { jobsDone += 1 }
                jobDone[job] = true
                let warn = !jobWarned[job]
                jobWarned[job] = true
                for (part, analysis) in analyses.enumerated() {
                    let entry = self.entry(job: job, part: part)
                    var read: [String: ClaimMark] = [:]
                    do {
                        read = try marks(analysis)
                    } catch {
                        failures.append("cannot read the marks of \(analysis.article.title): \(error)")
                    }
                    if warn { warnings += analysis.article.warnings.map { (analysis.article.path ?? "-", $0) } }
                    entries[entry].fill(from: analysis, marks: read)
                    guard keep(entry) || documents[entry] != nil else { continue }
                    documents[entry] = DocumentView(analysis: analysis, marks: read)
                    arrived.append(entry)
                }
                if analyses.isEmpty { fail(job) }
            case .listed(let job, let articles):
                // What a parse of this job found already is newer than the cache's list.
                guard !jobDone[job] else { continue }
                jobsDone += 1
                jobDone[job] = true
                for (part, article) in articles.enumerated() { entries[entry(job: job, part: part)].fill(from: article) }
                if articles.isEmpty { fail(job) }
            case .failed(let job, let reason, let isSkipped):
                if !jobDone[job] { jobsDone += 1 }
                jobDone[job] = true
                if isSkipped { skipped.append(reason) } else { unreadable.append(reason) }
                fail(job)
            }
        }
        // Titles, dates and counts that arrived may move entries in any sort.
        if !updates.isEmpty { reorder() }
        return arrived
    }

    /// The entry of a job's article `part`, added when the job turns out
    /// to hold more articles than one (a feed).
    private mutating func entry(job: Int, part: Int) -> Int {
        if part < entriesOfJob[job].count { return entriesOfJob[job][part] }
        let entry = entries.count
        entries.append(LibraryEntry(job: job, part: part, location: entries[entriesOfJob[job][0]].location))
        entriesOfJob[job].append(entry)
        return entry
    }

    private mutating func fail(_ job: Int) {
        for entry in entriesOfJob[job] { entries[entry].stage = .failed }
    }

    /// The list order: the entries the filter keeps, by the sort's key,
    /// ties (and articles that lack the key) in the order they were given,
    /// a feed's articles in their order in it.
    mutating func reorder() {
        let words = filter.lowercased().split(separator: " ")
        order = entries.indices.filter { index in
            let entry = entries[index]
            guard entry.stage != .failed else { return false }
            guard !words.isEmpty else { return true }
            let haystack = [entry.shownTitle, entry.outlet ?? "", entry.location].joined(separator: "\u{0}").lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
        // Keys made once, not at every comparison; `given` is each entry's
        // place in the order the articles were given.
        var given = Array(repeating: 0, count: entries.count)
        let byJob = entries.indices.sorted { (entries[$0].job, entries[$0].part) < (entries[$1].job, entries[$1].part) }
        for (rank, entry) in byJob.enumerated() { given[entry] = rank }
        switch sort {
        case .opened:
            order.sort { given[$0] < given[$1] }
        case .name:
            let keys = entries.map { $0.fileName.lowercased() }
            order.sort { (keys[$0], given[$0]) < (keys[$1], given[$1]) }
        case .date:
            let keys = entries.map { $0.date ?? "" }
            order.sort { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : given[$0] < given[$1] }
        case .outlet:
            let keys = entries.map { (($0.outlet ?? "\u{10FFFF}").lowercased(), $0.shownTitle.lowercased()) }
            order.sort { (keys[$0].0, keys[$0].1, given[$0]) < (keys[$1].0, keys[$1].1, given[$1]) }
        case .unchecked:
            let keys = entries.map { $0.summary?.unchecked ?? -1 }
            order.sort { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : given[$0] < given[$1] }
        }
        positions = Array(repeating: nil, count: entries.count)
        for (position, entry) in order.enumerated() { positions[entry] = position }
    }

    /// Notes an entry as just opened, and returns the entries whose
    /// analyses go out of memory to make room (the least recently opened).
    mutating func opened(_ entry: Int) -> [Int] {
        recent.removeAll { $0 == entry }
        recent.insert(entry, at: 0)
        guard recent.count > Self.keptInMemory + 1 else { return [] }
        let dropped = Array(recent[(Self.keptInMemory + 1)...])
        recent.removeLast(recent.count - Self.keptInMemory - 1)
        return dropped
    }

    func isRecent(_ entry: Int) -> Bool { recent.contains(entry) }

    /// How many analyses are held in memory.
    public var inMemoryCount: Int { documents.count }

    mutating func setSort(_ sort: ListSort) {
        self.sort = sort
        reorder()
    }

    mutating func setFilter(_ filter: String) {
        self.filter = filter
        reorder()
    }

    /// Keeps an entry's claim counts in step with its marks.
    mutating func refreshSummary(of entry: Int) {
        guard let document = documents[entry] else { return }
        entries[entry].summary = ArticleSummary(document)
    }

    /// Takes in how many claims have each status now in articles not held
    /// in memory (by article fingerprint); returns whether a count changed.
    mutating func refreshMarkCounts(_ counts: [String: [ClaimStatus: Int]]) -> Bool {
        guard !counts.isEmpty else { return false }
        var changed = false
        for entry in entries.indices where documents[entry] == nil {
            guard let article = entries[entry].article, let marked = counts[article],
                let summary = entries[entry].summary
            else { continue }
            let fresh = ArticleSummary(claims: summary.claims, marked: marked)
            if fresh != summary {
                entries[entry].summary = fresh
                changed = true
            }
        }
        if changed { reorder() }
        return changed
    }
}
