/// The names of every source of an article as runs of words, to tell
/// whether a description names another source ("an investor that holds
/// 3% of Northpeak's shares"): each stretch of the description is looked
/// up once, instead of every description being compared with every other
/// source's names.
struct SourceNameRuns {
    /// A run of words → up to two sources that have it as a name: with
    /// two, every source has another.
    private var sources: [[WordKey]: [Int]] = [:]
    /// How many words the runs have.
    private var lengths: [Int] = []

    /// `names[source]` holds the word runs of one source's names.
    init(_ names: [[[WordKey]]]) {
        var lengths = Set<Int>()
        for (source, runs) in names.enumerated() {
            for run in runs where !run.isEmpty {
                lengths.insert(run.count)
                let holders = self.sources[run, default: []]
                if holders.count < 2, !holders.contains(source) { self.sources[run] = holders + [source] }
            }
        }
        self.lengths = lengths.sorted()
    }

    /// Whether a name of a source other than `source` stands in `words`
    /// word for word, in order.
    func namesAnother(than source: Int, in words: [WordKey]) -> Bool {
        for start in words.indices {
            for length in lengths {
                guard start + length <= words.count else { break }
                if let holders = sources[Array(words[start..<(start + length)])], holders.contains(where: { $0 != source }) {
                    return true
                }
            }
        }
        return false
    }
}
