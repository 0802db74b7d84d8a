import Foundation
import Testing

/// Two writers on one database: the reader in tmux and `crosscheck mark`
/// / `crosscheck undo` run beside it, as a colleague would from another shell.
@Suite(
    "Marks shared with another writer", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it to run the terminal tests"))
struct SharedMarksEndToEndTests {
    static let article = Binary.packageRoot.appendingPathComponent("Sources/crosscheck/Samples/01-harwick-plant-closure.txt").path

    func command(_ arguments: [String], in sandbox: Sandbox) throws {
        let result = try runCrosscheck(arguments, sandbox: sandbox)
        #expect(result.status == 0, "crosscheck \(arguments.joined(separator: " ")): \(result.error)")
    }

    @Test("another writer's mark shows without a key; U leaves it and undoes only the reader's own")
    func liveMarksAndUndo() throws {
        let sandbox = try Sandbox()
        let session = try TmuxSession(sandbox: sandbox, arguments: [Self.article])
        defer { session.close() }
        try session.waitFor("Claims")

        try command(["mark", Self.article, "c3", "false", "--as", "ben"], in: sandbox)
        try session.waitFor("ben's mark on c3, named and shown") { $0.contains("ben marked c3 false") && $0.contains("✗ c3") }
        try session.send("U")
        try session.waitFor("nothing of yours to undo")

        try session.send("v")
        try session.waitFor("c1 marked verified")
        try command(["undo", Self.article, "--as", "ben"], in: sandbox)
        try session.waitFor("ben marked c3 unverified")
        try session.send("U")
        try session.waitFor("undone: c1 is unverified again")

        try session.send("n")
        try session.send("x")
        try session.waitFor("c2 marked false")
        try command(["mark", Self.article, "c2", "verified", "--as", "ben"], in: sandbox)
        try session.waitFor("ben marked c2 verified")
        try session.send("U")
        try session.waitFor("undo yours anyway? y/n")
        try session.send("y")
        try session.waitFor("undone: c2 is unverified again")
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")

        let marks = try runCrosscheck(["marks", "--format", "json", Self.article], sandbox: sandbox)
        #expect(!marks.output.contains("\"false\""), "every mark was taken back")
        #expect(!marks.output.contains("\"verified\""))
    }
}
