import Foundation
import Testing

/// `crosscheck claims` on small articles written for these tests: three
/// outlets reporting one set of talks in their own words, one denying.
@Suite("Commands: claims")
struct ClaimsCommandTests {
    @Test("JSON lists each cluster spanning two articles with its members, sources and denials")
    func json() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        let result = try runner.run(["claims"] + paths + ["--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "crosscheck.clusters/1")
        let clusters = try #require(document["clusters"] as? [[String: Any]])
        let talks = try #require(
            clusters.first { cluster in
                (cluster["claims"] as? [[String: Any]])?.contains { ($0["text"] as? String)?.contains("constructive") == true }
                    == true
            })
        let members = try #require(talks["claims"] as? [[String: Any]])
        #expect(members.map { $0["article"] as? String } == [paths[0], paths[1]])
        #expect(members.allSatisfy { ($0["sources"] as? [String])?.contains("Volodymyr Zelensky") == true })
        #expect(members.allSatisfy { $0["articleFingerprint"] is String && $0["id"] is String && $0["cue"] is String })
        #expect(talks["independentSources"] as? Int == 1)
        let bridge = try #require(
            clusters.first { cluster in
                (cluster["claims"] as? [[String: Any]])?.contains { ($0["text"] as? String)?.contains("bridge") == true } == true
            }, "a claim denied in another article is listed with its denial")
        let denials = try #require(bridge["denials"] as? [[String: Any]])
        #expect(denials.map { $0["article"] as? String } == [paths[1]])
        #expect(denials.first?["id"] as? String == "d1")
        #expect((denials.first?["sources"] as? [String])?.contains("Oleg Vask") == true)
        #expect(!result.output.contains("harbour.txt"))
    }

    @Test("the text listing shows the cluster, its sources and the denial of a claim")
    func text() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        let result = try runner.run(["claims"] + paths + ["--format", "text"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("cluster 1 · in 2 articles · 1 independent source"))
        #expect(result.output.contains("Volodymyr Zelensky · said"))
        #expect(result.output.contains("≠ \(paths[1]) d1  Oleg Vask · denied"))
        #expect(!result.output.contains("harbour"))
    }

    @Test("articles sharing no claim say so")
    func noClusters() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        let result = try runner.run(["claims", paths[0], paths[2], "--format", "text"])
        #expect(result.status == 0)
        #expect(result.output == "no claim is carried by two or more of these articles\n")
    }
}

/// Three outlets' articles: two report one set of talks in their own
/// words, one denies a claim of the other; the third is about something else.
func talkArticles(_ runner: CommandRunner) throws -> [String] {
    [
        try runner.write(
            """
            Talks in Abu Dhabi end with prisoner swap
            Volodymyr Zelensky said the talks in Abu Dhabi were constructive.
            The Merovian army said its troops shelled the bridge at Korvash on Tuesday.
            """, to: "wire.txt"),
        try runner.write(
            """
            Prisoner swap agreed after second round
            The talks in Abu Dhabi were constructive, the Ukrainian president Volodymyr Zelensky told reporters.
            Separatist commander Oleg Vask denied that Merovian troops shelled the bridge at Korvash on Tuesday.
            """, to: "daily.txt"),
        try runner.write(
            """
            Harbour reopens
            The port authority said the harbour at Salden would reopen to ships next week.
            """, to: "harbour.txt"),
    ]
}
