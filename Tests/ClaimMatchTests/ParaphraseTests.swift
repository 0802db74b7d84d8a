import ClaimKit
import ClaimMatch
import Testing

/// Claims parsed from short articles written for these tests, in
/// different wordings and frames, matched as the `claims` command does.
struct ParaphraseTests {
    let parser: ClaimParser
    let reader: PropositionReader
    let matcher = ClaimMatcher()

    init() throws {
        parser = try ClaimParser()
        reader = try PropositionReader()
    }

    func records(_ path: String, _ text: String) -> [ClaimRecord] {
        reader.records(of: parser.parse(text: text, path: path))
    }

    func proposition(_ text: String, denial: Bool = false) -> Proposition {
        reader.read(text, denial: denial)
    }

    @Test func theSamePropositionInAnotherFrameMatches() {
        let said = proposition("The talks were constructive.")
        let described = proposition("Talks described as constructive.")
        #expect(matcher.compare(said, described) == .match)
    }

    @Test func aNegationDeniesItsOpposite() {
        let shelled = proposition("The army shelled the bridge at Korvash on Tuesday.")
        let notShelled = proposition("The army did not shell the bridge at Korvash on Tuesday.")
        #expect(matcher.compare(shelled, notShelled) == .denial)
        #expect(matcher.compare(notShelled, proposition("The army never shelled the Korvash bridge on Tuesday.")) == .match)
    }

    @Test func anAnsweringNoAndAnAddingNotDenyNothing() {
        let signed = proposition("The minister signed the grain deal in Geneva.")
        #expect(matcher.compare(proposition("No, the minister signed the grain deal in Geneva."), signed) == .match)
        #expect(matcher.compare(proposition("The minister did not sign the grain deal in Geneva."), signed) == .denial)
        #expect(matcher.compare(proposition("No minister signed the grain deal in Geneva."), signed) == .denial)
        let helps = proposition("The reform helps all families, not just the wealthy ones.")
        #expect(!helps.negated)
        #expect(matcher.compare(helps, proposition("The reform helps all families, the wealthy ones too.")) == .match)
        #expect(proposition("The reform does not help the wealthy ones.").negated)
    }

    @Test func aNegationCountsOnlyAgainstAClaimStatingItsClause() {
        let signed = proposition("The minister signed the grain deal in Geneva.")
        // The other claim lacks the negated clause: it still states the signing.
        let longer = proposition("The minister signed the grain deal in Geneva. Nothing short of a famine was at stake.")
        #expect(longer.negated)
        #expect(matcher.compare(longer, signed) == .match)
        #expect(matcher.compare(proposition("Farmers were not consulted, and the minister signed the grain deal in Geneva."), signed) == .match)
        // The negated clause is what the other claim states.
        #expect(matcher.compare(proposition("The minister never signed the grain deal in Geneva, aides said."), signed) == .denial)
        #expect(matcher.compare(proposition("Liars aren't just wrong, the minister signed the grain deal in Geneva."), signed) == .match)
    }

    @Test func aShortClaimInsideALongerOneMatchesIt() {
        let short = proposition("Revenues at the club are up a little bit, and so are rounds.")
        let long = proposition(
            "Revenues at the club are up a little bit, and so are rounds, and the price of some golf courses had cratered to half their former value during the long recession in the town.")
        #expect(matcher.compare(short, long) == .match)
        // Sharing all of a short claim is not enough when it says almost nothing.
        #expect(matcher.compare(proposition("Rounds are up."), long) == nil)
        // Two words are enough when they are all of a short quotation and the
        // other claim is not much longer.
        let lashing = proposition("Lashing out, the senator said the old justice's mind is shot.")
        #expect(matcher.compare(proposition("Her mind is shot."), lashing) == .match)
        #expect(matcher.compare(proposition("Her mind is sharp."), lashing) == nil)
    }

    @Test func aSentenceOfALongQuotationMatchesTheClaimCarryingIt() {
        let quotation = proposition(
            "This is a big night for the campaign. The race will probably narrow after Iowa. If voters want a winner in November, they should back the governor now.")
        let sentence = proposition("Voters who want a winner in November should back the governor now, an aide told a cable channel on Tuesday night in Manchester.")
        #expect(matcher.compare(quotation, sentence) == .match)
        // One sentence in common among several unrelated ones is not enough.
        let longer = proposition(
            "This is a big night for the campaign. The race will probably narrow after Iowa. The debate in Ohio drew millions of viewers and moved the polls. Voters want a winner.")
        #expect(matcher.compare(longer, sentence) == nil)
    }

    @Test func irregularFormsPluralAcronymsAndFrameFormsCompareAlike() {
        #expect(proposition("He meant the founder of the group.").terms == proposition("He means the founder of the group.").terms)
        #expect(proposition("The senator took money from PACs.").terms == proposition("The senator took money from a PAC.").terms)
        #expect(proposition("The senator was making deals, adding that talks went on.").terms
            == proposition("The senator made deals; talks go on.").terms)
    }

    @Test func abbreviationsAndTheirWordsCompareAlike() {
        #expect(proposition("NATO's commander arrived in Riga.").terms == proposition("The NATO commander arrived in Riga.").terms)
        #expect(proposition("Sen. Maria Lopez backed the GOP bill.").terms == proposition("Senator Maria Lopez backed the Republican bill.").terms)
        #expect(proposition("Gov. Paul Hart vetoed the Democratic plan.").terms == proposition("Governor Paul Hart vetoed the Democrats' plan.").terms)
    }

    @Test func aNameInAnyOfItsFormsComparesAsOne() {
        let terms = { (text: String) in self.proposition(text).terms }
        #expect(terms("Troops left the United States base.") == terms("Troops left the U.S. base."))
        #expect(terms("Troops left the American base.") == terms("Troops left the US base."))
        #expect(terms("The Islamic State claimed the bombing in Mosul.") == terms("ISIL claimed the bombing in Mosul."))
        #expect(terms("The Justice Department opened an inquiry.") == terms("The Department of Justice opened an inquiry."))
        // A person by the surname once named in full; a common word that is
        // also a name only when it is written as one.
        #expect(terms("Ted Cruz won the Iowa caucuses.") == terms("Cruz won the Iowa caucuses."))
        #expect(!proposition("They ate turkey at the summit.").entities.contains("turkey"))
        #expect(terms("He will win the state.") != terms("He will win the Islamic State."))
    }

    @Test func wordsOfOneMeaningCompareAlike() {
        #expect(matcher.compare(
            proposition("The council barred trucks from the old bridge."),
            proposition("The council banned trucks from the old bridge.")) == .match)
        #expect(proposition("Police detained four protesters.").terms == proposition("Police arrested four protesters.").terms)
        // Unlisted near-words stay apart.
        #expect(proposition("Police questioned four protesters.").terms != proposition("Police arrested four protesters.").terms)
    }

    @Test func aNegationWithNothingComparedInItsClauseBearsOnTheNext() {
        let quoted = proposition("If she picks the judges, nothing you can do, folks.")
        #expect(matcher.compare(quoted, proposition("If she picks the judges, nothing you can do folks.")) == .match)
        #expect(matcher.compare(quoted, proposition("If she picks the judges, you can do something, folks.")) == .denial)
    }

    @Test func aDenialCueDeniesWhatItStates() {
        let shelled = proposition("The army shelled the bridge at Korvash.")
        let denied = proposition("the army shelled the bridge at Korvash", denial: true)
        #expect(matcher.compare(shelled, denied) == .denial)
    }

    @Test func differingNumbersDoNotMatch() {
        let thirty = proposition("Thirty soldiers were killed in the assault on Korvash.")
        #expect(matcher.compare(thirty, proposition("30 soldiers were killed in the assault on Korvash.")) == .match)
        #expect(matcher.compare(thirty, proposition("35 soldiers were killed in the assault on Korvash.")) == nil)
        #expect(
            matcher.compare(proposition("The deal is worth $1.5 million."), proposition("The deal is worth 1,500,000 dollars."))
                == .match)
        #expect(matcher.compare(proposition("Prices rose 4% in 2015."), proposition("Prices rose 4% in 2016.")) == nil)
    }

    @Test func differentPropositionsWithSharedWordsDoNotMatch() {
        let talks = proposition("The talks in Abu Dhabi were constructive.")
        #expect(matcher.compare(talks, proposition("Abu Dhabi hosted a football final.")) == nil)
        #expect(matcher.compare(talks, proposition("The weather in Kyiv was cold.")) == nil)
    }

    @Test func claimsAcrossArticlesClusterWhateverTheirFrame() {
        let first = records(
            "a.txt",
            """
            Talks end in Abu Dhabi
            Volodymyr Zelensky said the talks in Abu Dhabi were constructive.
            The Merovian army said its troops shelled the bridge at Korvash.
            """)
        let second = records(
            "b.txt",
            """
            Prisoner swap agreed
            The talks in Abu Dhabi were constructive, the Ukrainian president Volodymyr Zelensky told reporters.
            Separatist commander Oleg Vask denied that Merovian troops shelled the bridge at Korvash.
            """)
        let third = records(
            "c.txt",
            """
            Weather report
            Forecasters said the weather in Kyiv would stay cold all week.
            """)
        let all = first + second + third
        let clusters = matcher.clusters(all)
        let talks = clusters.first { cluster in cluster.members.contains { all[$0].text.contains("constructive") } }
        #expect(talks.map { $0.members.map { all[$0].article } } == ["a.txt", "b.txt"])
        #expect(talks?.independentSources == 1)
        #expect(!clusters.contains { cluster in cluster.members.contains { all[$0].article == "c.txt" } })
        let bridgeLinks = matcher.links(all).filter { all[$0.first].text.contains("bridge") }
        #expect(bridgeLinks.map(\.kind) == [.denial])
    }
}
