import Foundation
import Testing

/// What `-o` and standard output do with what they write to: replace a
/// file in one step keeping its mode and owner, write through links and
/// into FIFOs and devices without replacing them, and end with one line
/// and status 1 when there is no room or nobody reading.
@Suite("Commands: safe output")
struct OutputSafetyTests {
    private func markedRunner() throws -> CommandRunner {
        let runner = try CommandRunner()
        let article = try runner.write(portArticle(), to: "port.txt")
        #expect(try runner.run(["mark", article, "c1", "verified"]).status == 0)
        return runner
    }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    private func type(_ path: String) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    @Test("-o replaces a file keeping its mode (and, as root, its owner), and leaves no temporary file")
    func keepsModeAndOwner() throws {
        let runner = try markedRunner()
        defer { runner.remove() }
        let target = try runner.write("previous report\n", to: "out/report.md")
        #expect(chmod(target, 0o640) == 0)
        let owner: uid_t? = getuid() == 0 ? 65534 : nil
        if let owner { #expect(chown(target, owner, owner) == 0) }
        #expect(try runner.run(["export", "-o", target]).status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Verification report"))
        #expect(try mode(target) == 0o640)
        if let owner {
            let attributes = try FileManager.default.attributesOfItem(atPath: target)
            #expect((attributes[.ownerAccountID] as? NSNumber)?.uint32Value == owner)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: runner.folder.appendingPathComponent("out").path) == ["report.md"])
    }

    @Test("-o removes the temporary files of exports killed while theirs had a name, and no one else's")
    func sweepsLeftovers() throws {
        let runner = try markedRunner()
        defer { runner.remove() }
        let target = try runner.write("previous report\n", to: "out/report.md")
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let folder = runner.folder.appendingPathComponent("out")
        let killed = try runner.write("half a report", to: "out/.report.md.\(ended.processIdentifier).tmp")
        // This test's own process is alive: what it is writing stays.
        let alive = try runner.write("being written", to: "out/.report.md.\(getpid()).tmp")
        let unrelated = try runner.write("notes", to: "out/.notes.md.\(ended.processIdentifier).tmp")
        #expect(try runner.run(["export", "-o", target]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: killed))
        #expect(FileManager.default.fileExists(atPath: alive))
        #expect(FileManager.default.fileExists(atPath: unrelated))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            == [".notes.md.\(ended.processIdentifier).tmp", ".report.md.\(getpid()).tmp", "report.md"])
    }

    @Test("-o through a symbolic link writes the link's target and keeps the link")
    func throughLink() throws {
        let runner = try markedRunner()
        defer { runner.remove() }
        let target = try runner.write("previous report\n", to: "reports/real.md")
        let link = runner.folder.appendingPathComponent("latest.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "reports/real.md")
        #expect(try runner.run(["export", "-o", link]).status == 0)
        #expect(try type(link) == .typeSymbolicLink)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Verification report"))
    }

    @Test("-o into a FIFO writes to its reader and leaves it a FIFO")
    func intoFIFO() throws {
        let runner = try markedRunner()
        defer { runner.remove() }
        let fifo = runner.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader opens first and waits for the writer, as `cat pipe` would.
        let reader = ThreadResult { () -> Data in
            guard let handle = FileHandle(forReadingAtPath: fifo) else { return Data() }
            return handle.readDataToEndOfFile()
        }
        #expect(try runner.run(["export", "-o", fifo]).status == 0)
        let received = String(decoding: reader.wait(), as: UTF8.self)
        #expect(received.hasPrefix("# Verification report"))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("-o onto a full device fails with one line, and the device stays a device")
    func fullDevice() throws {
        let runner = try markedRunner()
        defer { runner.remove() }
        let result = try runner.run(["export", "-o", "/dev/full"])
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("/dev/full: cannot write"))
        #expect(try type("/dev/full") == .typeCharacterSpecial)
    }

    @Test("a full standard output ends parse with one line and status 1")
    func fullStandardOutput() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let result = try runner.runShell("exec \"$CROSSCHECK\" parse \"$1\" > /dev/full", article)
        #expect(result.status == 1)
        #expect(result.errorLines == ["crosscheck: error: standard output: cannot write: No space left on device"])
    }

    @Test("a pipe with no reader ends parse quietly with status 1 when SIGPIPE is ignored")
    func closedPipe() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let result = try runner.runShell("trap '' PIPE; exec \"$CROSSCHECK\" parse \"$1\"", article, closingOutput: true)
        #expect(result.status == 1)
        #expect(result.errors.isEmpty)
    }

    @Test("past the file size limit the command says so instead of dying of SIGXFSZ")
    func fileSizeLimit() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port.txt")
        let result = try runner.runShell("ulimit -f 1; exec \"$CROSSCHECK\" parse \"$1\" \"$1\" \"$1\" > \"$1.json\"", article)
        #expect(result.status == 1)
        #expect(result.errorLines == ["crosscheck: error: standard output: cannot write: File too large"])
    }

    @Test("the marks database must be a regular file: a device gets no journal")
    func databaseNotAFile() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let fifo = runner.folder.appendingPathComponent("marks.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, "/dev/null"] {
            let result = try runner.run(["marks", "--db", path])
            #expect(result.status == 1)
            #expect(result.errors.contains("not a regular file"))
        }
        #expect(!FileManager.default.fileExists(atPath: fifo + "-journal"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
    }

    @Test("a file name's control characters never reach the JSON")
    func cleanPath() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let article = try runner.write(portArticle(), to: "port\u{1B}[31m\u{7}.txt")
        let result = try runner.run(["parse", article])
        #expect(result.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let path = try #require(document?["path"] as? String)
        #expect(!path.unicodeScalars.contains { $0.value < 0x20 })
        #expect(path.hasSuffix("/port.txt"), "the escape sequence and the bell removed")
    }
}

extension OutputSafetyTests {
    @Test("-o /dev/stdout writes to standard output, appending to a file opened with >>, never replacing it")
    func descriptorAlias() throws {
        let runner = try markedRunner()
        defer { runner.remove() }
        let target = try runner.write("kept line\n", to: "log.md")
        let inode = try FileManager.default.attributesOfItem(atPath: target)[.systemFileNumber] as? NSNumber
        let result = try runner.runShell("exec \"$CROSSCHECK\" export -o /dev/stdout >> \"$1\"", target)
        #expect(result.status == 0)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("kept line\n# Verification report"))
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.systemFileNumber] as? NSNumber == inode)
        let piped = try runner.runShell("exec \"$CROSSCHECK\" export -o /dev/stdout")
        #expect(piped.output.hasPrefix("# Verification report"))
    }

    @Test("a mark past the file size limit says there is no room and keeps the marks already made")
    func markPastFileSizeLimit() throws {
        let runner = try markedRunner()
        defer { runner.remove() }
        let article = runner.folder.appendingPathComponent("port.txt").path
        let result = try runner.runShell("ulimit -f 1; exec \"$CROSSCHECK\" mark \"$1\" c2 disputed", article)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("no room to write (the disk is full or the file size limit reached)"))
        let marks = try runner.run(["marks", article])
        #expect(marks.status == 0)
        #expect(marks.output.contains("verified"))
        #expect(!marks.output.contains("disputed"))
    }
}
