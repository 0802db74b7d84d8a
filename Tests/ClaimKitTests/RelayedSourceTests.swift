import ClaimKit
import Testing

/// Who a claim comes from when the sentence holds more than one report:
/// a description that refers back to a body is one of its names, a named
/// speaker relayed inside another's statement is a source of it too, and a
/// report in a clause that opens the sentence is not the main clause's.
@Suite("Relayed and described sources")
struct RelayedSourceTests {
    @Test("a description that refers back to a body is kept as one of its names")
    func descriptionsAreAliases() {
        let analysis = parse(
            "Island routes to close",
            "Harbourline Ferries will cut four island routes next spring. The operator said the crossings had lost money for six years.")
        #expect(analysis.sourcesOfClaim(containing: "lost money") == ["Harbourline Ferries"])
        #expect(analysis.source(named: "Harbourline Ferries")?.aliases.contains("The operator") == true)
    }

    @Test("a named speaker relayed inside another's statement is a source of it; evidence is not")
    func relayedSpeakers() {
        let analysis = parse(
            "Island routes to close",
            "Dana Reyes, a union steward, said Tom Kell had told her the night sailings would end first.",
            "The inspector said maintenance logs showed the engines were overdue for repair.")
        #expect(analysis.sourcesOfClaim(containing: "night sailings") == ["Dana Reyes", "Tom Kell"])
        #expect(analysis.sourcesOfClaim(containing: "overdue for repair") == ["inspector"])
    }

    @Test("a participle's speaker is the main clause's subject, past a time or a dateline before it")
    func participleSpeakers() {
        let analysis = parse(
            "Docks to reopen",
            "Port Velden (Wire) – Mayor Ana Soto on Monday toured the flooded docks, saying the repairs would take a year.",
            "Hours later, Harbour Commissioner Tom Kell met the dock workers, telling them the berths would reopen in spring.")
        #expect(analysis.sourcesOfClaim(containing: "take a year") == ["Ana Soto"])
        #expect(analysis.sourcesOfClaim(containing: "reopen in spring") == ["Tom Kell"])
    }

    @Test("a report in a clause opening the sentence is a statement apart from the main clause's")
    func frontedClauses() {
        let analysis = parse(
            "Pier row",
            "After the mayor said the pier was safe, residents said it was crumbling.")
        #expect(analysis.sourcesOfClaim(containing: "crumbling") == ["residents"])
        #expect(analysis.sourcesOfClaim(containing: "pier was safe") == ["mayor"])
    }
}
