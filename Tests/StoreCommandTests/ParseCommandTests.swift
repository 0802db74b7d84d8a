import Foundation
import Testing

/// `parse` over many articles: output streamed in input order whatever
/// the number of jobs, JSON Lines, the size limit, and inputs that are
/// not plain files.
@Suite("Commands: parse")
struct ParseCommandTests {
    private func folderOfArticles(_ runner: CommandRunner, count: Int) throws -> String {
        for index in 0..<count {
            try runner.write(portArticle(record: "\(200 + index)"), to: "news/\(String(format: "%02d", index)).txt")
        }
        return runner.folder.appendingPathComponent("news").path
    }

    private func paths(inJSONLines output: String) throws -> [String] {
        try output.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["path"] as? String).map { ($0 as NSString).lastPathComponent } ?? "?"
        }
    }

    @Test("a folder gives one JSON array in path order, the same with one job or four")
    func ordered() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let folder = try folderOfArticles(runner, count: 12)
        let one = try runner.run(["parse", folder, "--jobs", "1"])
        let four = try runner.run(["parse", folder, "--jobs", "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.output == four.output)
        let documents = try JSONSerialization.jsonObject(with: Data(four.output.utf8)) as? [[String: Any]]
        let names = documents?.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }
        #expect(names == (0..<12).map { String(format: "%02d.txt", $0) })
    }

    @Test("--format jsonl prints one article a line, in order")
    func jsonLines() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let folder = try folderOfArticles(runner, count: 5)
        let result = try runner.run(["parse", folder, "--format", "jsonl", "--jobs", "3"])
        #expect(result.status == 0)
        #expect(try paths(inJSONLines: result.output) == (0..<5).map { String(format: "%02d.txt", $0) })
    }

    @Test("each article is printed as soon as it is parsed: the first before the second can even be read")
    func streamed() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let folder = try folderOfArticles(runner, count: 1)
        // The second file is a FIFO: reading it waits until the test writes.
        let fifo = runner.folder.appendingPathComponent("news/01.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let process = Process()
        process.executableURL = runner.executable
        process.arguments = ["parse", folder, "--format", "jsonl", "--jobs", "1"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read here: the command writes its first line without waiting for us.
        var received = Data()
        while !received.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        let first = String(decoding: received, as: UTF8.self)
        #expect(try paths(inJSONLines: first) == ["00.txt"])
        // Now the second article arrives, and parse goes on to the end.
        let writer = try #require(FileHandle(forWritingAtPath: fifo))
        writer.write(Data(portArticle(record: "999").utf8))
        try writer.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try paths(inJSONLines: String(decoding: rest, as: UTF8.self)).last == "01.txt")
    }

    @Test("files and standard input over --max-size are refused with one line")
    func sizeLimit() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let file = try runner.run(["parse", article, "--max-size", "300"])
        #expect(file.status == 1)
        #expect(file.errorLines == ["crosscheck: error: \(article): cannot read: larger than the size limit of 300 bytes"])
        let piped = try runner.runShell("exec \"$CROSSCHECK\" parse - --max-size 300 < \"$1\"", article)
        #expect(piped.errorLines == ["crosscheck: error: -: cannot read: larger than the size limit of 300 bytes"])
        #expect(try runner.run(["parse", article, "--max-size", "1M"]).status == 0)
        let endless = try runner.runShell("yes 'A said b.' | \"$CROSSCHECK\" parse - --max-size 64K")
        #expect(endless.status == 1)
        #expect(endless.errorLines == ["crosscheck: error: -: cannot read: larger than the size limit of 64 KiB"])
    }

    @Test("process substitution and FIFOs are read like files")
    func processSubstitution() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let result = try runner.runShell("exec \"$CROSSCHECK\" parse --format text /dev/fd/3 3< \"$1\"", article)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Port authority says grain exports doubled in spring"))
    }

    @Test("libxml2's own messages never reach the terminal")
    func quietLibxml2() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let page = runner.folder.appendingPathComponent("page.html")
        try (Data("<html><head><meta charset=\"iso-2022-jp\"><title>Port</title></head><body><p>Hello ".utf8)
            + Data([0xFF, 0xFE, 0x1B, 0x24, 0x42, 0x80, 0x81])
            + Data(" the harbour master said.</p></body></html>".utf8)).write(to: page)
        let result = try runner.run(["parse", page.path, "--format", "text"])
        #expect(result.errorLines.allSatisfy { $0.hasPrefix("crosscheck: ") }, "\(result.errors)")
    }

    @Test("a file in a folder that is no article is skipped with a warning; the output stays one JSON array")
    func skippedInFolder() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let folder = try folderOfArticles(runner, count: 2)
        try runner.write("", to: "news/01b.txt")
        let result = try runner.run(["parse", folder, "--jobs", "2"])
        #expect(result.status == 0)
        #expect(result.errorLines.count == 1 && result.errors.contains("skipped"))
        let documents = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        #expect(documents?.count == 2)
    }
}
