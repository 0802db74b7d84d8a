import ClaimKit
import Testing

/// Cue forms met in real news that the first version missed: acronyms
/// that spell function words, "per", "as X reports", passive reports,
/// and questions that assert nothing.
@Suite("Cue forms from real news")
struct CueFormTests {
    @Test("a capitalised acronym is a name, not the function word it spells")
    func acronymsAreNames() {
        let analysis = parse(
            "Outbreak grows",
            "According to WHO, there were 3,248 cases in the province last week.",
            "IT staff at the hospital said the records were intact.")
        #expect(analysis.sourcesOfClaim(containing: "3,248 cases") == ["WHO"])
    }

    @Test("'per' after a break credits a source; 'per share' does not")
    func perCredits() {
        let analysis = parse(
            "Plant to close",
            "The plant will close in May, per a company filing.",
            "Per the union, 200 workers will be offered other posts.",
            "Profits rose to 40 cents per share in the quarter.")
        #expect(analysis.sourcesOfClaim(containing: "close in May") == ["company filing"])
        #expect(analysis.sourcesOfClaim(containing: "200 workers") == ["union"])
        #expect(analysis.sourcesOfClaim(containing: "40 cents") == nil)
    }

    @Test("'as X reports, …' credits the clause after the comma to X")
    func asReports() {
        let analysis = parse(
            "Factory closing",
            "As Lena Moravec reports for the Valley Courier, the factory will close in March.")
        #expect(analysis.sourcesOfClaim(containing: "close in March") == ["Lena Moravec"])
    }

    @Test("passive accusations and estimates are reported claims without a named source")
    func passiveReports() {
        let analysis = parse(
            "Port inquiry",
            "Three port officials have been accused of taking bribes.",
            "The damage is estimated at four million euros.",
            "The harbour opened in 1902.")
        #expect(analysis.claims.first { $0.text.contains("taking bribes") }?.cue == "have been accused of")
        #expect(analysis.claims.first { $0.text.contains("four million") }?.cue == "is estimated at")
        #expect(analysis.claims.contains { $0.text.contains("1902") } == false)
    }

    @Test("a quoted question asserts nothing; a quoted statement beside it does")
    func questionsAreNoClaims() {
        let analysis = parse(
            "Trial hears messages",
            "\u{201C}How did these messages make you feel?\u{201D} the prosecutor asked.",
            "\u{201C}They frightened me for weeks,\u{201D} the witness said.")
        #expect(analysis.claims.contains { $0.text.contains("make you feel") } == false)
        #expect(analysis.sourcesOfClaim(containing: "frightened me") == ["witness"])
    }

    @Test("a transcript's speaker label speaks its whole paragraph; a shouted headline is no label")
    func speakerLabels() {
        let analysis = parse(
            "Debate preview",
            "BLITZER: Let us start with the debate story tonight. The moderators have a hard job.",
            "UN: PEACEKEEPERS PAYING FOR SEX IN THE CAPITAL")
        #expect(analysis.claims.count == 1)
        #expect(analysis.sourcesOfClaim(containing: "hard job") == ["BLITZER"])
        #expect(analysis.claims.first?.text.contains("debate story") == true)
    }

    @Test("a speaker label inside a transcript quoted paragraph by paragraph speaks its paragraph")
    func quotedSpeakerLabels() {
        let analysis = parse(
            "Debate preview",
            "The senator said on Sunday:",
            "\u{201C}BLITZER: Will the governor be at the debate tomorrow night?",
            "\u{201C}SOTO: The governor will be there, and she will win the argument on taxes.")
        #expect(analysis.sourcesOfClaim(containing: "win the argument") == ["SOTO"])
        #expect(analysis.claims.contains { $0.text.contains("debate tomorrow") } == false)
    }
}
