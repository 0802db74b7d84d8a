import ClaimKit
import ClaimMatch
import Foundation
import Testing

/// Looking claims up in a library: propositions kept as a line of text
/// come back as they were read, and the candidates a look-up keeps give
/// the links every candidate gives.
struct LibraryLookupTests {
    let matcher = ClaimMatcher()
    let reader: PropositionReader

    init() throws { reader = try PropositionReader() }

    @Test func aStoredPropositionReadsBackAsItWasRead() {
        for (text, denial) in [
            ("Volodymyr Zelensky said the talks in Abu Dhabi were constructive.", false),
            ("Thirty soldiers were killed in the assault on Korvash in 2015.", false),
            ("The deal is worth $1.5 million, the U.S. Treasury said.", false),
            ("The army did not shell the bridge at Korvash on Tuesday.", false),
            ("the army shelled the bridge at Korvash", true),
        ] {
            let proposition = reader.read(text, denial: denial)
            #expect(Proposition(stored: proposition.stored) == proposition, "\(text)")
        }
        #expect(reader.read("In 2015, 30 ships passed.").stored == "+ #2015 #30 pass ship")
        #expect(reader.read("No ship passed, the port said. It was closed.").stored == "- clos pass port ship ~pass,ship ^pass,port,ship ^clos")
        // A line stored before negations were kept applies its polarity to the whole claim.
        #expect(Proposition(stored: "- pass ship")?.negations == [])
        #expect(Proposition(stored: "") == nil)
        #expect(Proposition(stored: "talks constructive") == nil)
    }

    @Test func theTermFinderReadsStoredLinesAsTheirTerms() throws {
        let lines = try library().map(\.proposition.stored)
        let common = ["said", "trump", "clinton", "i.s.i.s", "#2016", "campaign", "presid"]
        let finder = StoredTermFinder(common)
        for line in lines {
            let terms = Proposition.storedTerms(line)
            let (count, carried) = finder.scan(line)
            #expect(count == terms.count, "\(line)")
            #expect(carried.map { common[$0] }.sorted() == terms.filter(common.contains).sorted(), "\(line)")
        }
        #expect(finder.scan("- !trump said ~said ^trump,said").count == 2)
        #expect(finder.scan("- !trump said ~said ^trump,said").carried.sorted() == [0, 1])
    }

    /// Every claim of the articles written for these tests and, when
    /// `../shared` is beside this clone, of the PolNeAR articles the dev
    /// pairs come from: a library of related stories.
    func library() throws -> [ClaimRecord] {
        let parser = try ClaimParser()
        var records: [ClaimRecord] = []
        for (name, text) in [
            ("a.txt", "Talks end\nVolodymyr Zelensky said the talks in Abu Dhabi were constructive.\nThe Merovian army said its troops shelled the bridge at Korvash on Tuesday."),
            ("b.txt", "Swap agreed\nThe talks in Abu Dhabi were constructive, the Ukrainian president Volodymyr Zelensky told reporters.\nSeparatist commander Oleg Vask denied that Merovian troops shelled the bridge at Korvash on Tuesday."),
            ("c.txt", "Talks in Abu Dhabi\nThe talks in Abu Dhabi were constructive and long, officials said.\nThirty soldiers were killed near the bridge at Korvash, the army said."),
        ] {
            records += reader.records(of: parser.parse(text: text, path: name))
        }
        let texts = DevPairTests.texts
        if FileManager.default.fileExists(atPath: texts.path) {
            let names = Set(try DevPairTests.pairs().flatMap { [$0.first.article, $0.second.article] }).sorted()
            for name in names.prefix(40) {
                let text = try String(contentsOf: texts.appendingPathComponent(name), encoding: .utf8)
                records += reader.records(of: parser.parse(text: text, path: name))
            }
        }
        return records
    }

    @Test func theCandidatesKeptGiveTheLinksOfEveryCandidate() throws {
        let library = try library()
        var frequency: [String: Int] = [:]
        var carriers: [String: [Int64]] = [:]
        for (index, record) in library.enumerated() {
            for term in record.proposition.terms {
                frequency[term, default: 0] += 1
                carriers[term, default: []].append(Int64(index))
            }
        }
        var compared = 0
        var kept = 0
        for article in Set(library.map(\.article)).sorted() {
            let queries = library.filter { $0.article == article }.map { record -> ClaimRecord in
                var record = record
                record.article = ""
                return record
            }
            let own = Set(library.indices.filter { library[$0].article == article }.map(Int64.init))
            var postings: [String: [Int64]] = [:]
            for term in Set(queries.flatMap(\.proposition.terms)) where frequency[term, default: 0] <= matcher.maximumPosting {
                postings[term] = carriers[term]?.filter { !own.contains($0) }
            }
            var every = Set<Int64>()
            for terms in matcher.lookupTerms(queries, frequency: frequency, total: library.count) {
                for term in terms { every.formUnion(postings[term] ?? []) }
            }
            let (candidates, total) = matcher.lookupCandidates(
                queries, postings: postings, frequency: frequency, total: library.count)
            #expect(Set(candidates).isSubset(of: every))
            func links(_ among: [Int64]) -> Set<String> {
                let found = matcher.lookup(
                    queries, among: among.map { library[Int($0)] }, frequency: frequency, total: total)
                return Set(found.map { "\($0.query) \(among[$0.candidate]) \($0.kind)" })
            }
            #expect(links(candidates) == links(every.sorted()), "\(article)")
            // Told which of those carry the common terms and how many terms each has, it keeps
            // fewer, with the same links.
            let firstKept = Set(candidates)
            var commonCarriers: [String: [Int64]] = [:]
            for term in matcher.commonTerms(queries, frequency: frequency) {
                commonCarriers[term] = carriers[term]?.filter { firstKept.contains($0) }
            }
            let (fewer, _) = matcher.lookupCandidates(
                queries, postings: postings, frequency: frequency, total: library.count, commonCarriers: commonCarriers,
                termCounts: Dictionary(uniqueKeysWithValues: firstKept.map { ($0, library[Int($0)].proposition.terms.count) }))
            #expect(Set(fewer).isSubset(of: firstKept))
            #expect(links(fewer) == links(every.sorted()), "\(article)")
            compared += every.count
            kept += fewer.count
        }
        print("look-up candidates kept: \(kept) of \(compared)")
    }
}
