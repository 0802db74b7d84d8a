import Foundation
import Testing

/// The mark commands as a script uses them: real binary, real files.
@Suite("Commands: mark, marks, undo")
struct MarkCommandTests {
    /// The current marks of the database, from `crosscheck marks --format json`:
    /// claim id (or fingerprint) → (status, stale, note).
    private func currentMarks(_ runner: CommandRunner, _ paths: [String] = []) throws -> [String: (String, Bool, String?)] {
        let result = try runner.run(["marks", "--format", "json"] + paths)
        #expect(result.status == 0, "\(result.errors)")
        let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        var marks: [String: (String, Bool, String?)] = [:]
        for article in document?["articles"] as? [[String: Any]] ?? [] {
            for claim in (article["claims"] as? [[String: Any]] ?? []) + (article["formerClaims"] as? [[String: Any]] ?? []) {
                let name = claim["id"] as? String ?? claim["fingerprint"] as! String
                marks[name] = (claim["status"] as! String, claim["stale"] as! Bool, claim["note"] as? String)
            }
        }
        return marks
    }

    @Test("mark saves a mark that marks lists, with its note, from the article or the database alone")
    func markThenList() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let varga = try runner.claimID(article, containing: "Ilse Varga")
        let ministry = try runner.claimID(article, containing: "shipping ministry")
        let marked = try runner.run(["mark", article, varga, "verified", "--note", "harbour log"])
        #expect(marked.status == 0, "\(marked.errors)")
        #expect(marked.output.hasPrefix("\(varga) verified: Harbour master Ilse Varga said"))
        #expect(try runner.run(["mark", article, ministry, "disputed", "--as", "editor"]).status == 0)

        let fromArticle = try currentMarks(runner, [article])
        #expect(fromArticle[varga]?.0 == "verified")
        #expect(fromArticle[varga]?.2 == "harbour log")
        #expect(fromArticle[ministry]?.0 == "disputed")
        let fromDatabase = try currentMarks(runner)
        #expect(fromDatabase.mapValues(\.0) == fromArticle.mapValues(\.0))

        let listing = try runner.run(["marks"])
        #expect(listing.output.contains("Port authority says grain exports doubled in spring"))
        #expect(listing.output.contains("editor"))
        #expect(listing.output.contains("note: harbour log"))
    }

    @Test("a claim can be named by its fingerprint or a unique start of it")
    func fingerprintReference() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let parsed = try runner.run(["parse", article])
        let document = try JSONSerialization.jsonObject(with: Data(parsed.output.utf8)) as? [String: Any]
        let claims = try #require(document?["claims"] as? [[String: Any]])
        let fingerprint = try #require(claims.last?["fingerprint"] as? String)
        let result = try runner.run(["mark", article, String(fingerprint.prefix(10)), "false"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try currentMarks(runner, [article])[claims.last?["id"] as! String]?.0 == "false")
    }

    @Test("marks survive an unrelated edit and a move; a reworded claim shows its mark as stale")
    func marksFollowTheArticle() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let varga = try runner.claimID(article, containing: "Ilse Varga")
        let ministry = try runner.claimID(article, containing: "shipping ministry")
        #expect(try runner.run(["mark", article, varga, "verified"]).status == 0)
        #expect(try runner.run(["mark", article, ministry, "false"]).status == 0)

        let edited = try runner.write(portArticle(opening: "rose sharply this spring"), to: "elsewhere/port-edited.txt")
        let afterEdit = try currentMarks(runner, [edited])
        #expect(afterEdit[varga]?.0 == "verified")
        #expect(afterEdit[varga]?.1 == false)
        #expect(afterEdit[ministry]?.0 == "false")

        let reworded = try runner.write(portArticle(record: "214"), to: "port.txt")
        let afterRewording = try currentMarks(runner, [reworded])
        #expect(afterRewording[varga]?.0 == "verified")
        #expect(afterRewording[varga]?.1 == true, "the mark was made for the record of 212")
        #expect(afterRewording[ministry]?.1 == false)
    }

    @Test("undo walks back one article's marks; with nothing left it says so")
    func undo() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        #expect(try runner.run(["mark", article, "c1", "disputed", "--note", "one source"]).status == 0)
        #expect(try runner.run(["mark", article, "c1", "verified"]).status == 0)

        let first = try runner.run(["undo", article])
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("c1 is disputed again (note: one source)"))
        #expect(try currentMarks(runner, [article])["c1"]?.0 == "disputed")
        #expect(try runner.run(["undo", article]).status == 0)
        #expect(try currentMarks(runner, [article])["c1"] == nil)

        let empty = try runner.run(["undo", article])
        #expect(empty.status == 1)
        #expect(empty.errorLines == ["crosscheck: error: \(article): nothing of tester's to undo"])
    }

    @Test("undo takes back only the changes made under --as, and asks for --force over someone else's")
    func undoIsPerAuthor() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        #expect(try runner.run(["mark", article, "c1", "verified", "--as", "ana"]).status == 0)
        #expect(try runner.run(["mark", article, "c2", "false", "--as", "ben"]).status == 0)

        let ana = try runner.run(["undo", article, "--as", "ana"])
        #expect(ana.status == 0, "\(ana.errors)")
        #expect(ana.output.hasPrefix("c1 is unverified again"))
        #expect(try currentMarks(runner, [article]).mapValues(\.0) == ["c2": "false"], "ben's mark stays")
        let nothing = try runner.run(["undo", article, "--as", "ana"])
        #expect(nothing.errorLines == ["crosscheck: error: \(article): nothing of ana's to undo"])

        #expect(try runner.run(["mark", article, "c1", "disputed", "--as", "ana"]).status == 0)
        #expect(try runner.run(["mark", article, "c1", "false", "--as", "ben"]).status == 0)
        let refused = try runner.run(["undo", article, "--as", "ana"])
        #expect(refused.status == 1)
        #expect(
            refused.errorLines == [
                "crosscheck: error: \(article): c1 was changed by ben after ana's mark (now false); nothing undone (--force undoes it anyway)"
            ])
        #expect(try currentMarks(runner, [article])["c1"]?.0 == "false")
        let forced = try runner.run(["undo", article, "--as", "ana", "--force"])
        #expect(forced.status == 0)
        #expect(forced.output.hasPrefix("c1 is unverified again"))
    }

    @Test("mistakes get one line on stderr and the SPEC's exit code, and change nothing")
    func mistakes() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        #expect(try runner.run(["mark", article, "c1", "verified"]).status == 0)

        let unknown = try runner.run(["mark", article, "c99", "verified"])
        #expect(unknown.status == 1)
        #expect(unknown.errorLines.count == 1)
        #expect(unknown.errors.contains("no claim c99"))

        let badStatus = try runner.run(["mark", article, "c1", "probably"])
        #expect(badStatus.status == 2)
        #expect(badStatus.errorLines.count == 1)

        try runner.write(portArticle(), to: "folder/one.txt")
        try runner.write(portArticle(record: "9"), to: "folder/two.txt")
        let folder = try runner.run(["mark", runner.folder.appendingPathComponent("folder").path, "c1", "false"])
        #expect(folder.status == 2)
        #expect(folder.errorLines.count == 1)

        let binary = runner.folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: binary)
        let notArticle = try runner.run(["mark", binary.path, "c1", "false"])
        #expect(notArticle.status == 1)
        #expect(notArticle.errors.contains("not an article"))

        #expect(try currentMarks(runner).mapValues(\.0) == ["c1": "verified"])
    }

    @Test("a foreign file at the database path is refused and left as it was")
    func foreignDatabaseFile() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let content = "these are my notes, not a database\n"
        try runner.write(content, to: "data/crosscheck.sqlite")
        let result = try runner.run(["mark", article, "c1", "verified"])
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("not a crosscheck marks database"))
        #expect(try String(contentsOfFile: runner.database, encoding: .utf8) == content)
    }

    @Test(
        "with the database folder read-only, marks can be read but not written",
        .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))
    )
    func readOnlyFolder() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        #expect(try runner.run(["mark", article, "c1", "verified"]).status == 0)
        let dataFolder = URL(fileURLWithPath: runner.database).deletingLastPathComponent().path
        // Root writes anywhere, so the check runs as an unprivileged user
        // that may read the database but not create files beside it.
        let other: UInt32? = getuid() == 0 ? 65534 : nil
        for path in [runner.folder.path, dataFolder] { chmod(path, 0o755) }
        chmod(runner.database, 0o644)
        chmod(article, 0o644)
        if other == nil { chmod(dataFolder, 0o555) }
        defer { chmod(dataFolder, 0o755) }

        let reading = try runner.run(["marks", "--format", "json", "--db", runner.database], asUser: other)
        #expect(reading.status == 0, "\(reading.errors)")
        #expect(reading.output.contains("\"verified\""))
        let writing = try runner.run(["mark", article, "c2", "false", "--db", runner.database], asUser: other)
        #expect(writing.status == 1)
        #expect(writing.errorLines.count == 1)
        #expect(writing.errors.contains("cannot save marks"))
        #expect(writing.errors.contains("not writable"))
    }
}
