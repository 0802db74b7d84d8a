import ClaimKit
import Testing

@Suite("Denials")
struct DenialTests {
    @Test("contradicting, giving the lie to, not being aware of any, and calling a report false deny it")
    func denialsInOtherWords() {
        let analysis = parse(
            "Border dispute",
            "The rebels said government troops had shelled the village on Tuesday.",
            "The army said it was not aware of any shelling in the area.",
            "The defence minister later gave the lie to that claim, saying no unit had fired.",
            "The governor contradicted the rebels' account of the attack.",
            "A spokeswoman for the army said the report was false.")
        let rebels = analysis.claims.first { $0.text.contains("shelled the village") }?.id
        #expect(rebels != nil)
        #expect(analysis.denials.count == 4)
        #expect(analysis.denials.allSatisfy { $0.disputes == [rebels].compactMap { $0 } })
        #expect(analysis.denials.map(\.cue) == ["was not aware of any", "gave the lie to", "contradicted", "was false"])
    }

    @Test("deny, reject, dismiss, refute and verdicts are denials")
    func denials() {
        let analysis = parse(
            "Claims and answers",
            "Union leaders accused the firm of hiding losses.",
            "The firm denied hiding anything.",
            "Its chairman dismissed the report as politically motivated.",
            "The ministry rejected the allegations that it had known.",
            "A spokesman called the claims false.",
            "\u{201C}At no point did we say the plant would close,\u{201D} the company said.",
            "The regulator has always denied any wrongdoing.")
        #expect(analysis.denials.count == 6)
        #expect(analysis.claims.filter { $0.denialID != nil }.count == analysis.denials.count)
        #expect(analysis.denials.map(\.cue).contains("denied"))
    }

    @Test("refusing to act is not denying a claim")
    func refusals() {
        let analysis = parse(
            "No denials here",
            "The minister rejected calls to resign.",
            "The board rejected the proposal to merge.",
            "Kyiv rejects any unilateral pullback.",
            "The club refused to condemn the chants.",
            "The court dismissed the case.")
        #expect(analysis.denials.isEmpty)
    }

    @Test("a denial says which earlier claim it disputes")
    func disputes() {
        let analysis = parse(
            "Casualty figures",
            "The Centre for Conflict Studies said the army had lost 4,000 soldiers.",
            "The weather was cold.",
            "The defence ministry dismissed the report as unreliable.")
        let denial = analysis.denials.first
        let disputed = denial.flatMap { $0.disputes.first }.flatMap { analysis.claim(id: $0) }
        #expect(disputed?.text.contains("4,000 soldiers") == true)
        #expect(denial.flatMap { $0.sourceID }.flatMap { analysis.source(id: $0)?.name } == "defence ministry")
    }

    @Test("a scare-quoted verb still denies, closed by a plural's apostrophe too")
    func scareQuotedDenial() {
        let analysis = parse(
            "Marovia \u{2018}firmly rejects\u{2019} smuggling charge",
            "Marovia\u{2019}s Interior Ministry \u{201C}categorically rejected\u{201D} the accusation on Friday.")
        #expect(analysis.denials.count == 2)
        #expect(analysis.denials.allSatisfy { $0.sourceID != nil })
    }

    @Test("\"not accurate\" is a verdict")
    func notAccurate() {
        let analysis = parse(
            "Ballots",
            "The candidate claimed that voters had been turned away.",
            "The county clerk called the claim \u{201C}simply not accurate.\u{201D}")
        #expect(analysis.denials.count == 1)
        #expect(analysis.denials.first?.disputes == ["c1"])
    }

    @Test("a body named with its short form in brackets contests figures")
    func contestsAfterBrackets() {
        let analysis = parse(
            "Tolls",
            "The minister said a freeze would save drivers 400 million euros.",
            "The Union of Toll Operators (UTO) \u{201C}categorically contests\u{201D} the minister\u{2019}s figures.")
        #expect(analysis.denials.count == 1)
        #expect(analysis.denials.first?.disputes == ["c1"])
    }

    @Test("a lawyer relaying her client's denial makes a denial")
    func relayedDenial() {
        let analysis = parse(
            "Heist",
            "Police said the man had robbed the store.",
            "His lawyer, Ines Halloran, said her client \u{201C}absolutely denies\u{201D} any involvement.")
        #expect(analysis.denials.count == 1)
        #expect(analysis.denials.first.flatMap { $0.sourceID }.flatMap { id in analysis.sources.first { $0.id == id } }?.name
            == "Ines Halloran")
    }

    @Test("\"no evidence to support\" a figure rejects it")
    func noEvidenceToSupport() {
        let analysis = parse(
            "Dead voters",
            "The senator claimed that 38,000 dead people were on the rolls.",
            "The secretary of state\u{2019}s office, which keeps the voter database, said there is no evidence to support the figure.")
        #expect(analysis.denials.count == 1)
        #expect(analysis.sources.contains { $0.name == "secretary of state\u{2019}s office" })
    }

    @Test("describing a claim as false, however far the \"as\"; a flat contradiction after a denial")
    func describedAsFalse() {
        let analysis = parse(
            "Market",
            "Traders said they were given no notice before the bulldozers came.",
            "The commissioner described the claim that no notice was issued as \u{201C}false and mischievous\u{201D}.",
            "Police denied reports that a trader was shot. \u{201C}Nobody was shot,\u{201D} a police spokeswoman said.")
        #expect(analysis.denials.count == 3)
    }

    @Test("a general statement after a denial is no denial")
    func generalNegationIsNoDenial() {
        let analysis = parse(
            "Shelling",
            "The army denied shelling the village.",
            "\u{201C}Nobody shells their own grandmothers to win an argument,\u{201D} she said.")
        #expect(analysis.denials.count == 1)
    }

    @Test("an adverb in scare quotes before the verb")
    func quotedAdverb() {
        let analysis = parse(
            "Doping",
            "The federation said her sample had tested positive.",
            "Varga, who won gold last year, \u{2018}categorically\u{2019} denied taking any prohibited substance.")
        #expect(analysis.denials.count == 1)
    }

    @Test("\"the government\" is no UN office; \"a claim the office disputed\" denies")
    func governmentAndDisputedClaim() {
        let analysis = parse(
            "Detentions",
            "The report was compiled by the Office of the UN High Commissioner for Human Rights.",
            "The government in Sembara rejected the findings as \u{201C}one-sided\u{201D}.",
            "Information Minister Felix Ngara added that the government had invited the UN to visit, a claim the UN rights office disputed.")
        let government = analysis.denials.first.flatMap { $0.sourceID }.flatMap { id in analysis.sources.first { $0.id == id } }
        #expect(government?.name == "government")
        #expect(analysis.denials.count == 2)
    }

    @Test("a manner adverb in -ly between the denier and the verb")
    func mannerAdverb() {
        let analysis = parse(
            "Establishment",
            "Critics said the governor had become a creature of the party machine.",
            "Mendoza pointedly rejected the notion that he was part of the machine.",
            "The party has vigorously denied any role in the appointment.")
        #expect(analysis.denials.count == 2)
        #expect(analysis.denials.map(\.cue) == ["rejected", "denied"])
    }

    @Test("pushing back on and taking issue with a claim deny it; pushing back against a plan does not")
    func phrasalDenials() {
        let analysis = parse(
            "Budget",
            "The auditor said the city had overspent by $4 million.",
            "The mayor\u{2019}s office pushed back on those claims on Tuesday.",
            "Several councillors took issue with the prediction that taxes would rise.",
            "The unions pushed back against the council\u{2019}s spending plan.")
        #expect(analysis.denials.count == 2)
        #expect(analysis.denials.map(\.cue) == ["pushed back", "took issue"])
    }

    @Test("contradicting a person denies what they said; a claim that someone disputes is denied")
    func contradictingAndDisputedClaim() {
        let analysis = parse(
            "Layoffs",
            "The union leader said the plant had fired 40 workers, a claim that the company strongly disputes.",
            "A council member said the site would close in March. The plant manager contradicted him.")
        #expect(analysis.denials.count == 2)
        #expect(analysis.denials.map(\.cue) == ["disputes", "contradicted"])
    }

    @Test("a quoted verdict, \"the lie\" and \"would be wrong\" deny; \"wrong to\" judges an action")
    func predicateVerdicts() {
        let analysis = parse(
            "Harbour",
            "The opposition said the harbour deal had cost the port its fishing fleet.",
            "In a statement, the port authority said that account was \u{201C}false.\u{201D}",
            "\u{201C}This is the lie their whole campaign is built on,\u{201D} the harbour master said.",
            "\u{201C}They would be wrong,\u{201D} a spokesman for the mayor said.",
            "\u{201C}It is wrong to close the library,\u{201D} the mayor said.")
        #expect(analysis.denials.count == 3)
        #expect(!analysis.denials.contains { $0.text.contains("library") })
    }

    @Test("words mischaracterized, no evidence found, an argument dismissed")
    func misreadWordsAndFindings() {
        let analysis = parse(
            "Landlord",
            "Tenants said the landlord had cut the heating to force them out.",
            "The building manager said his remarks had been mischaracterized.",
            "The housing inspector said he found no evidence that the heating had been cut.",
            "The owner dismissed the argument that the rents were unlawful.")
        #expect(analysis.denials.count == 3)
    }

    @Test("complaints rejected with what they say are denied")
    func complaintsRejected() {
        let analysis = parse(
            "Water rates",
            "The harbour commissioner, Ilse Varga, rejected complaints that the board had hidden the new rates.")
        #expect(analysis.denials.map(\.cue) == ["rejected"])
    }

    @Test("withholding, promising no lies, naming ridiculous things and disowning an ideology deny nothing")
    func notDenials() {
        let analysis = parse(
            "Convention",
            "The committee chairman said the senate had denied him a hearing.",
            "The rules panel denied Okafor a second vote.",
            "\u{201C}At our convention there will be no lies,\u{201D} the chairman said.",
            "\u{201C}These are just nine ridiculous things he said this year,\u{201D} the columnist wrote.",
            "The senator disavows the ideology that many of his voters admire.",
            "Clinton summarily rejected those dates.")
        #expect(analysis.denials.isEmpty)
    }
}
