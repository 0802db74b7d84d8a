import Foundation
import Testing

@Suite("Commands: export")
struct ExportCommandTests {
    private func markedRunner() throws -> (CommandRunner, String) {
        let runner = try CommandRunner()
        let article = try runner.write(portArticle(), to: "port.txt")
        #expect(try runner.run(["mark", article, "c1", "verified", "--note", "harbour log"]).status == 0)
        #expect(try runner.run(["mark", article, "c2", "false"]).status == 0)
        return (runner, article)
    }

    @Test("each format reports the marks: Markdown, JSON, ClaimReview")
    func formats() throws {
        let (runner, article) = try markedRunner()
        defer { runner.remove() }
        let markdown = try runner.run(["export"])
        #expect(markdown.status == 0)
        #expect(markdown.output.contains("#### c1: verified"))
        #expect(markdown.output.contains("- Note: harbour log"))

        let json = try runner.run(["export", article, "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(document?["schema"] as? String == "crosscheck.report/1")

        let reviews = try runner.run(["export", "--format", "claimreview"])
        let items = try JSONSerialization.jsonObject(with: Data(reviews.output.utf8)) as? [[String: Any]]
        #expect(items?.map { ($0["reviewRating"] as? [String: Any])?["alternateName"] as? String } == ["True", "False"])
        #expect(items?.first?["author"].flatMap { ($0 as? [String: Any])?["name"] as? String } == "tester")
    }

    @Test("-o replaces the file whole, and a failed write leaves the old file and no debris")
    func atomicOutput() throws {
        let (runner, _) = try markedRunner()
        defer { runner.remove() }
        let target = try runner.write("previous report\n", to: "out/report.md")
        let written = try runner.run(["export", "-o", target])
        #expect(written.status == 0)
        #expect(written.output.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Verification report"))

        let missingFolder = runner.folder.appendingPathComponent("nowhere/report.md").path
        let failed = try runner.run(["export", "-o", missingFolder])
        #expect(failed.status == 1)
        #expect(failed.errorLines.count == 1)
        let outFolder = runner.folder.appendingPathComponent("out").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: outFolder) == ["report.md"])
    }

    @Test("notes and names with escape sequences come out clean")
    func hostileNote() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let note = "see \u{1B}[2J\u{1B}]0;owned\u{07}log\u{8}\u{202E}"
        #expect(try runner.run(["mark", article, "c1", "disputed", "--note", note, "--as", "ed\u{1B}[31m"]).status == 0)
        for format in ["markdown", "json", "claimreview"] {
            let output = try runner.run(["export", "--format", format]).output
            #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{8}" || $0 == "\u{202E}" })
            #expect(output.contains("log"))
        }
        let listing = try runner.run(["marks"]).output
        #expect(!listing.unicodeScalars.contains("\u{1B}"))
    }
}
