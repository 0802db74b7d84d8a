import Foundation
import GRDB
import Testing

/// `index`, `parse --index`, `claims` without articles and `search`: the
/// library of articles in the marks database, end to end.
@Suite("Commands: the article library")
struct LibraryCommandTests {
    private func clusters(_ output: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return try #require(document["clusters"] as? [[String: Any]])
    }

    /// Each cluster as its members' (article, id) pairs and its denials',
    /// comparable whatever order the articles were read in.
    private func shape(_ clusters: [[String: Any]]) -> [String] {
        clusters.map { cluster in
            let members = (cluster["claims"] as? [[String: Any]] ?? []).map {
                "\($0["article"] as? String ?? "") \($0["id"] as? String ?? "")"
            }
            let denials = (cluster["denials"] as? [[String: Any]] ?? []).map {
                "≠ \($0["article"] as? String ?? "") \($0["id"] as? String ?? "")"
            }
            return (members.sorted() + denials.sorted()).joined(separator: "; ")
        }
    }

    @Test("claims without articles matches across the indexed library as it would across the files")
    func claimsOverLibrary() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        let indexed = try runner.run(["index"] + paths)
        #expect(indexed.status == 0, "\(indexed.errors)")
        #expect(indexed.output.hasSuffix("3 added, 0 updated, 0 unchanged; the library holds 3 articles\n"))
        #expect(indexed.output.contains("added\t\(paths[0])\n"))

        let fromFiles = try runner.run(["claims"] + paths)
        let fromLibrary = try runner.run(["claims"])
        #expect(fromLibrary.status == 0, "\(fromLibrary.errors)")
        let expected = shape(try clusters(fromFiles.output))
        #expect(!expected.isEmpty)
        #expect(Set(shape(try clusters(fromLibrary.output))) == Set(expected))
        let text = try runner.run(["claims", "--format", "text"])
        #expect(text.output.contains("≠ \(paths[1]) d1  Oleg Vask · denied"))
    }

    @Test("indexing again parses nothing new; a changed file replaces its old version")
    func updateRules() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        _ = try runner.run(["index"] + paths)
        let again = try runner.run(["index", runner.folder.path])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.hasSuffix("0 added, 0 updated, 3 unchanged; the library holds 3 articles\n"))

        try runner.write(
            """
            Harbour reopens
            The port authority said the harbour at Salden would reopen to ferries in April.
            """, to: "harbour.txt")
        let changed = try runner.run(["index", runner.folder.path])
        #expect(changed.output.contains("updated\t\(paths[2])\n"))
        #expect(changed.output.hasSuffix("0 added, 1 updated, 2 unchanged; the library holds 3 articles\n"))
        #expect(try runner.run(["search", "ferries"]).output.contains("[ferries]"))
        #expect(try runner.run(["search", "ships"]).output == "no claim in the library holds: ships\n")
    }

    @Test("indexing under a new version of matching reads the stored claims again, parsing nothing")
    func rereadUnderNewMatching() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        _ = try runner.run(["index"] + paths)
        // As a library an earlier version of matching filled.
        try DatabaseQueue(path: runner.database).write { try $0.execute(sql: "UPDATE libraryArticle SET matcherVersion = ''") }
        let again = try runner.run(["index", runner.folder.path])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.hasPrefix("read the claims of 3 stored articles again for this version's matching\n"))
        #expect(again.output.hasSuffix("0 added, 0 updated, 3 unchanged; the library holds 3 articles\n"))
        let third = try runner.run(["index", runner.folder.path])
        #expect(!third.output.contains("read the claims"))
    }

    @Test("search lists each claim holding the words with its article, sources and cue")
    func search() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        _ = try runner.run(["index"] + paths)
        let result = try runner.run(["search", "constructive", "talk"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("2 claims holding: constructive talk\n"))
        #expect(result.output.contains("\(paths[0]) · c1 · Volodymyr Zelensky · said\n"))
        #expect(result.output.contains("[talks] in Abu Dhabi were [constructive]"))
        #expect(!result.output.contains("harbour"))

        let json = try runner.run(["search", "Korvash", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "crosscheck.search/1")
        let hits = try #require(document["hits"] as? [[String: Any]])
        #expect(Set(hits.compactMap { $0["article"] as? String }) == [paths[0], paths[1]])

        let limited = try runner.run(["search", "Korvash", "--limit", "1"])
        #expect(limited.output.hasPrefix("1 claim holding: Korvash (the first 1; --limit shows more)\n"))
        let odd = try runner.run(["search", "\"Korvash", "AND", "*"])
        #expect(odd.status == 0, "query syntax in the words is read as words: \(odd.errors)")
    }

    @Test("parse --index keeps what it parsed in the library")
    func parseIndex() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        let parsed = try runner.run(["parse", "--index", "--format", "text", paths[2]])
        #expect(parsed.status == 0, "\(parsed.errors)")
        #expect(try runner.run(["search", "harbour"]).output.contains("\(paths[2]) · c1 · port authority"))
        let plain = try runner.run(["parse", paths[0]])
        #expect(plain.status == 0)
        #expect(try runner.run(["search", "Zelensky"]).output == "no claim in the library holds: Zelensky\n")
    }

    @Test("reports list each claim's matches and denials in the other articles of the library")
    func reportsListMatches() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let paths = try talkArticles(runner)
        _ = try runner.run(["index"] + paths)
        let markdown = try runner.run(["export", paths[0]])
        #expect(markdown.status == 0, "\(markdown.errors)")
        #expect(markdown.output.contains("""
            - Also in other articles:
              - Prisoner swap agreed after second round, `\(paths[1])` c1 (Volodymyr Zelensky, “told”): \
            The talks in Abu Dhabi were constructive, the Ukrainian president Volodymyr Zelensky told reporters.
            """))
        #expect(markdown.output.contains("""
            - Denied in other articles:
              - Prisoner swap agreed after second round, `\(paths[1])` c2 (Oleg Vask, “denied”): \
            Separatist commander Oleg Vask denied
            """))
        #expect(!markdown.output.contains("harbour.txt`"))

        // Without articles: the articles marked, their matches from the library.
        #expect(try runner.run(["mark", paths[1], "c1", "verified"]).status == 0)
        let json = try runner.run(["export", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let articles = try #require(document["articles"] as? [[String: Any]])
        let daily = try #require(articles.first { $0["title"] as? String == "Prisoner swap agreed after second round" })
        let claims = try #require(daily["claims"] as? [[String: Any]])
        let talks = try #require(claims.first { ($0["text"] as? String)?.contains("constructive") == true })
        let matches = try #require(talks["matches"] as? [[String: Any]])
        #expect(matches.map { $0["article"] as? String } == [paths[0]])
        #expect(matches.first?["denial"] as? Bool == false)
        #expect(matches.first?["sources"] as? [String] == ["Volodymyr Zelensky"])
        let denial = try #require(claims.first { ($0["text"] as? String)?.contains("Oleg Vask") == true })
        let denied = try #require(denial["matches"] as? [[String: Any]])
        #expect(denied.map { $0["denial"] as? Bool } == [true])
        #expect(denied.first?["text"] as? String == "The Merovian army said its troops shelled the bridge at Korvash on Tuesday.")
    }

    @Test("failures a user can cause end with one line")
    func failures() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let emptyClaims = try runner.run(["claims"])
        #expect(emptyClaims.status == 1)
        #expect(emptyClaims.errors == "crosscheck: error: \(runner.database): the library holds no articles; add some with 'crosscheck index PATH...'\n")
        let emptySearch = try runner.run(["search", "talks"])
        #expect(emptySearch.status == 1)
        #expect(emptySearch.errorLines.count == 1)
        let noWords = try runner.run(["search", " "])
        #expect(noWords.status == 2)
        #expect(noWords.errors.hasPrefix("crosscheck: error: search needs at least one word"))
        let missing = try runner.run(["index", runner.folder.appendingPathComponent("nowhere.txt").path])
        #expect(missing.status == 1)
        #expect(missing.errorLines.count == 1)

        let paths = try talkArticles(runner)
        _ = try runner.run(["index", paths[0]])
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: runner.database)
        let readOnly = try runner.run(["index", paths[1]])
        if getuid() != 0 {
            #expect(readOnly.status == 1)
            #expect(readOnly.errors == "crosscheck: error: \(runner.database): cannot add articles to the library: the file is not writable\n")
        }
    }
}
