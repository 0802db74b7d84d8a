import ClaimKit
import ReaderCore

/// Articles written for these tests, with their claims marked by hand.
enum Fixtures {
    /// A short harbour story: seven claims, five sources, one denial.
    static func harbour() -> Analysis {
        var builder = AnalysisBuilder(
            title: "Harbour authority says new crane fleet will double capacity",
            blocks: [
                (.lede, "The Port of Elsmere will double its container capacity by 2027, the harbour authority said on Monday."),
                (.paragraph, "According to Mayor Ana Ruiz, the expansion will create 4,000 jobs."),
                (.paragraph, "Local fishermen reportedly fear the dredging will ruin the bay."),
                (.paragraph, "Norvale had asked for the dredging, a port engineer told reporters."),
                (.paragraph, "Norvale denied that it had asked for the dredging."),
                (.heading, "Background"),
                (.bullet, "- The port handled 1.2 million containers last year, officials said."),
                (.paragraph, "Environmental groups allegedly plan to sue the authority."),
            ])
        let authority = builder.source("the harbour authority", kind: .government)
        let ruiz = builder.source("Ana Ruiz", kind: .person, aliases: ["Mayor Ana Ruiz"])
        let engineer = builder.source("a port engineer", kind: .person)
        let norvale = builder.source("Norvale", kind: .organization)
        let officials = builder.source("officials", kind: .anonymous)
        builder.claim("The Port of Elsmere will double its container capacity by 2027", by: [authority], cue: "said")
        builder.claim("the expansion will create 4,000 jobs", by: [ruiz], cue: "According to")
        builder.claim("Local fishermen reportedly fear the dredging will ruin the bay", hedges: ["reportedly"])
        let asked = builder.claim("Norvale had asked for the dredging", by: [engineer], cue: "told")
        builder.denial("Norvale denied that it had asked for the dredging", by: norvale, cue: "denied", disputes: [asked])
        builder.claim("The port handled 1.2 million containers last year", by: [officials], cue: "said")
        builder.claim("Environmental groups allegedly plan to sue the authority", hedges: ["allegedly"])
        return builder.build()
    }

    /// A quarrel: a long claim two denials dispute, a source named by her
    /// role as well as her name, and a hedged claim with no source.
    static func quarrel() -> Analysis {
        var builder = AnalysisBuilder(
            title: "Mayor's office and union trade accusations over the depot sale",
            blocks: [
                (.lede, "The transport union said the city had secretly agreed to sell the bus depot to a developer months before the council vote, and that drivers were never told about it."),
                (.paragraph, "Helen Marsh, the agency's director, told reporters the sale had been discussed only in general terms."),
                (.paragraph, "The mayor's office denied that any agreement had been signed."),
                (.paragraph, "Marsh also rejected the union's account as misleading."),
                (.paragraph, "Drivers reportedly learned of the plan from a local newspaper."),
            ])
        let union = builder.source("transport union", kind: .organization, aliases: ["The transport union"])
        let marsh = builder.source("Helen Marsh", kind: .person, aliases: ["the agency's director", "Marsh"])
        let office = builder.source("the mayor's office", kind: .government, aliases: ["The mayor's office"])
        let sale = builder.claim(
            "the city had secretly agreed to sell the bus depot to a developer months before the council vote, and that drivers were never told about it",
            by: [union], cue: "said")
        builder.claim("the sale had been discussed only in general terms", by: [marsh], cue: "told")
        builder.denial("denied that any agreement had been signed", by: office, cue: "denied", disputes: [sale])
        builder.denial("rejected the union's account as misleading", by: marsh, cue: "rejected", disputes: [sale])
        builder.claim("Drivers reportedly learned of the plan from a local newspaper", hedges: ["reportedly"])
        return builder.build()
    }

    /// A long article: `paragraphs` paragraphs, a claim in every fifth one.
    static func long(paragraphs: Int = 80, title: String = "Council publishes its long review of the river works") -> Analysis {
        let sentences = (1...paragraphs).map { index in
            index % 5 == 0
                ? "Paragraph \(index): the river engineer said work on section \(index) would finish early."
                : "Paragraph \(index) describes the embankment, the new footpath and the lock gates in some detail."
        }
        var builder = AnalysisBuilder(title: title, blocks: sentences.map { (.paragraph, $0) })
        let engineer = builder.source("the river engineer", kind: .person)
        for index in stride(from: 5, through: paragraphs, by: 5) {
            builder.claim("work on section \(index) would finish early", by: [engineer], cue: "said")
        }
        return builder.build()
    }

    static func reader(
        _ analyses: [Analysis] = [harbour()], store: InMemoryMarkBook = InMemoryMarkBook(), width: Int = 120,
        height: Int = 40
    ) -> ReaderState {
        ReaderState(analyses: analyses, store: store, width: width, height: height)
    }
}

extension ReaderState {
    /// Types a string of plain keys, as `vim`-style tests do.
    mutating func press(_ keys: String) {
        type(keys.map { Key.character($0) })
    }

    mutating func press(_ key: Key) {
        handle(.key(key))
    }
}

extension Frame {
    /// The row whose text contains `needle`, if any.
    func row(containing needle: String) -> Int? {
        (0..<height).first { line($0).contains(needle) }
    }

    /// Where `needle` is first drawn inside `area` (the whole frame when nil),
    /// counting cells, so wide characters take their two columns.
    func find(_ needle: String, in area: Rect? = nil) -> (x: Int, y: Int)? {
        let area = area ?? Rect(x: 0, y: 0, width: width, height: height)
        let target = Array(needle).map(String.init)
        for y in area.y..<min(height, area.y + area.height) {
            let right = min(width, area.x + area.width)
            for start in area.x..<right where !self[start, y].isContinuation {
                var x = start
                var matched = 0
                while matched < target.count && x < right {
                    if self[x, y].isContinuation {
                        x += 1
                        continue
                    }
                    if self[x, y].text != target[matched] { break }
                    matched += 1
                    x += 1
                }
                if matched == target.count { return (start, y) }
            }
        }
        return nil
    }

    /// The roles of the cells where `needle` is first drawn inside `area`.
    func roles(of needle: String, in area: Rect? = nil) -> Set<Role> {
        guard let (x, y) = find(needle, in: area) else { return [] }
        return Set((x..<min(width, x + needle.count)).map { self[$0, y].role })
    }
}

extension ReaderState {
    /// The roles of `needle` where the article pane draws it.
    func articleRoles(of needle: String) -> Set<Role> {
        render().roles(of: needle, in: screen.articleText)
    }
}
