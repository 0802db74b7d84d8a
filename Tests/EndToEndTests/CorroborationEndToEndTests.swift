import Foundation
import Testing

/// Two articles reporting one statement, in a real terminal: the card of
/// the first says the other carries it, `c` lists the match, and Enter
/// opens the other article at the matching claim.
@Suite(
    "Corroboration in the reader, in a terminal", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed; install it to run the terminal tests"))
struct CorroborationEndToEndTests {
    @Test("c lists the claim of another article stating it; Enter opens that article at that claim")
    func openMatch() throws {
        let sandbox = try Sandbox()
        let wire = try sandbox.write(
            "desk/wire.txt",
            """
            Talks in Abu Dhabi end with prisoner swap
            Volodymyr Zelensky said the talks in Abu Dhabi were constructive.
            The harbour at Salden will reopen to ships next week, the port authority said.
            """)
        let daily = try sandbox.write(
            "desk/daily.txt",
            """
            Prisoner swap agreed after second round
            Rain fell across the capital on Monday, forecasters said.
            The talks in Abu Dhabi were constructive, the Ukrainian president Volodymyr Zelensky told reporters.
            """)
        let indexed = try runCrosscheck(["index", daily.path], sandbox: sandbox)
        #expect(indexed.status == 0, "\(indexed.error)")

        let session = try TmuxSession(sandbox: sandbox, arguments: [wire.path], width: 140, height: 40)
        defer { session.close() }
        try session.waitFor("Also in 1 article · 0 denials (c lists them)")
        try session.send("c")
        // A capture can catch a frame half drawn: wait for all of it.
        try session.waitFor("the view listing daily.txt's c2") {
            $0.contains("Claim c1 elsewhere: 1 article · 0 denials: Enter opens, q closes")
                && $0.contains("daily.txt · c2 · Volodymyr Zelensky")
        }
        try session.send("Enter")
        try session.waitFor("daily.txt opened at its claim 2, the view closed") {
            $0.contains("Crosscheck · Prisoner swap agreed after second round") && $0.contains("claim 2/2")
                && !$0.contains("elsewhere:")
        }
        try session.send("q")
        try session.waitFor("[crosscheck exited 0]")
    }
}
