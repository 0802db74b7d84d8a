import ClaimKit
import Foundation
import Testing

@testable import ReaderCore

/// The card across the bottom: what the selected claim, source or denial is.
@Suite("The card of the selected item")
struct CardTests {
    /// The card's rows as text, title row first.
    func card(_ reader: ReaderState) -> [String] {
        let frame = reader.render()
        let card = reader.screen.card
        return (card.y..<(card.y + card.height)).map { frame.line($0).trimmingTrailingSpaces() }
    }

    @Test("a claim's card: its whole text, sources with kind and role, cue, and every denial that disputes it")
    func claimCard() {
        let reader = Fixtures.reader([Fixtures.quarrel()], width: 160, height: 45)
        let rows = card(reader).joined(separator: "\n")
        #expect(card(reader)[0].contains("Claim c1 · 1 of 5 · ≠ disputed by d1, d2"))
        #expect(rows.contains("the city had secretly agreed to sell the bus depot to a developer months before the council vote, and that drivers were never told about it"))
        #expect(rows.contains("From transport union (organization) · cue “said”"))
        #expect(rows.contains("≠ Disputed by d1 the mayor's office (“denied”): denied that any agreement had been signed"))
        #expect(rows.contains("≠ Disputed by d2 Helen Marsh (“rejected”): rejected the union's account as misleading"))
        #expect(rows.contains("Unverified: not marked yet"))
    }

    @Test("a source's role, a hedge and a missing source are on the card")
    func rolesAndHedges() {
        var reader = Fixtures.reader([Fixtures.quarrel()], width: 160, height: 45)
        reader.press("n")
        #expect(card(reader).joined().contains("From Helen Marsh (person, the agency's director) · cue “told”"))
        reader.press("nnn")
        let rows = card(reader).joined()
        #expect(rows.contains("No named source · hedged: reportedly"))
    }

    @Test("the mark on the card: status, who, when, note, and the history once it has one")
    func markAndHistory() {
        var reader = Fixtures.reader([Fixtures.quarrel()], width: 160, height: 45)
        reader.press("d")
        reader.press("a")
        reader.press("two sources disagree")
        reader.press(.enter)
        reader.press("v")
        let rows = card(reader)
        let marked = rows.first { $0.contains("Marked verified by me, ") }
        #expect(marked != nil, "\(rows)")
        #expect(marked?.contains("note: two sources disagree") == true)
        let today = CardTests.today()
        #expect(marked?.contains(today) == true)
        let history = rows.first { $0.contains("History: ") }
        #expect(history?.contains("me disputed") == true)
        #expect(history?.contains("me disputed (two sources disagree)") == true)
        #expect(history?.hasSuffix("me verified (two sources disagree)") == true, "the latest last")
    }

    static func today() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    @Test("the claims list marks a disputed claim with a sign of its own, in ASCII too")
    func disputedSign() {
        let reader = Fixtures.reader([Fixtures.quarrel()], width: 160, height: 45)
        let frame = reader.render()
        #expect(frame.find("·≠c1", in: reader.screen.claims) != nil)
        #expect(frame.find("· c2", in: reader.screen.claims) != nil, "an undisputed claim has none")
        let ascii = ReaderState(
            analyses: [Fixtures.quarrel()], store: InMemoryMarkBook(), width: 160, height: 45, asciiOnly: true)
        #expect(ascii.render().find("-!c1", in: ascii.screen.claims) != nil)
    }

    @Test("on a denial: its text, who says it, and each claim it disputes, selectable under it")
    func denialCard() {
        var builder = AnalysisBuilder(
            title: "Two claims, one denial",
            blocks: [
                (.paragraph, "The union said the plant would close in June."),
                (.paragraph, "The union said three hundred jobs would go."),
                (.paragraph, "The company denied both reports as speculation."),
            ])
        let union = builder.source("The union", kind: .organization)
        let company = builder.source("The company", kind: .organization)
        let june = builder.claim("the plant would close in June", by: [union], cue: "said")
        let jobs = builder.claim("three hundred jobs would go", by: [union], cue: "said")
        builder.denial("denied both reports as speculation", by: company, cue: "denied", disputes: [june, jobs])
        var reader = Fixtures.reader([builder.build()], width: 120, height: 40)
        reader.press(.backTab)
        #expect(reader.focus == .denials)
        var rows = card(reader)
        #expect(rows[0].contains("Denial d1 · 1 of 1"))
        #expect(rows.joined().contains("The company (“denied”): denied both reports as speculation"))
        #expect(rows.contains { $0.contains("Disputes · c1 the plant would close in June") })
        #expect(rows.contains { $0.contains("Disputes · c2 three hundred jobs would go") })
        reader.press("j")  // the first claim it disputes
        #expect(reader.selectedClaim?.id == "c1")
        reader.press("k")
        #expect(reader.selectedClaim?.id == "c3", "the article shows the denial itself")
        reader.press("jj")  // the second claim it disputes
        #expect(reader.selectedClaim?.id == "c2")
        #expect(reader.articleRoles(of: "three hundred jobs") == [.selection])
        rows = card(reader)
        #expect(rows.contains { $0.contains("→ Disputes · c2") }, "the card points at the row's claim")
        reader.press(.enter)
        #expect(reader.focus == .claims)
        #expect(reader.selectedClaim?.id == "c2")
        #expect(reader.render().line(39).contains("d1 disputes c2"))
    }

    @Test("on a source: its kind, other names, and claims; Enter lists them")
    func sourceCard() {
        var reader = Fixtures.reader([Fixtures.quarrel()], width: 160, height: 45)
        reader.press(.tab)
        reader.press(.tab)
        reader.press("j")
        let rows = card(reader)
        #expect(rows[0].contains("Source s2 · 2 of 3"))
        #expect(rows.contains { $0.contains("Helen Marsh · person · 2 claims · mentioned \(Fixtures.quarrel().sources[1].mentions.count) times") })
        #expect(rows.contains { $0.contains("Also named: the agency's director; Marsh") })
        #expect(rows.contains { $0.contains("Claims: c2 c4") })
    }

    @Test("at 80x24 a long claim gives up lines so its sources, denials and mark still show")
    func narrowCardKeepsTheRest() {
        var reader = Fixtures.reader([Fixtures.quarrel()], width: 80, height: 24)
        reader.press("v")
        let rows = card(reader)
        #expect(rows.count == reader.screen.card.height)
        #expect(rows[1].hasSuffix("…"), "the text is cut: \(rows)")
        #expect(rows.contains { $0.contains("From transport union") })
        #expect(rows.contains { $0.contains("Disputed by d1") })
        #expect(rows.contains { $0.contains("Marked verified") } || rows.last?.contains("more lines") == true)
    }
}
