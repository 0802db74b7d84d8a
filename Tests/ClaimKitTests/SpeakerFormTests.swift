import ClaimKit
import Testing

/// How US news names whoever speaks around a quotation: middle initials,
/// ages and party labels in commas, long descriptions after "said", a
/// sentence that opens with "Said", a reporter's "appeared to", and the
/// ads and clips that speak for a campaign.
@Suite("Speakers named around quotations")
struct SpeakerFormTests {
    @Test("a middle initial that spells a word (A, D, S) stays inside the name")
    func middleInitials() {
        let analysis = parse(
            "Harbour plan",
            "Marta D. Okonkwo said the harbour plan had failed.",
            "\u{201C}We will rebuild it,\u{201D} Tomas A. Brandt said.",
            "The board chose Plan A. The chairman said the vote was close.")
        #expect(analysis.sourcesOfClaim(containing: "harbour plan had failed") == ["Marta D. Okonkwo"])
        #expect(analysis.sourcesOfClaim(containing: "rebuild it") == ["Tomas A. Brandt"])
        #expect(analysis.sourcesOfClaim(containing: "vote was close") == ["chairman"])
    }

    @Test("an age or a party-and-state label between the name and 'said' is an aside")
    func agesAndPartyLabels() {
        let analysis = parse(
            "Veto fight",
            "\u{201C}We are not going to be quiet,\u{201D} Lorna Pike, 58, said outside the hall.",
            "\u{201C}The veto will be overridden,\u{201D} Senator Dale Orman, R-Ky., said Tuesday.",
            "\u{201C}This is a waste of time,\u{201D} said Del. Ana Ruiz of the island district.")
        #expect(analysis.sourcesOfClaim(containing: "not going to be quiet") == ["Lorna Pike"])
        #expect(analysis.sourcesOfClaim(containing: "overridden") == ["Dale Orman"])
        #expect(analysis.sourcesOfClaim(containing: "waste of time") == ["Ana Ruiz"])
    }

    @Test("after a quotation, 'said' + a described speaker + what frames the words")
    func describedSpeakers() {
        let analysis = parse(
            "Campaign trail",
            "\u{201C}This is dangerous,\u{201D} said campaign manager Irene Vost in a statement.",
            "\u{201C}Forget about it,\u{201D} said retired surgeon Paul Ekwueme, asked about his record.",
            "\u{201C}We won the county,\u{201D} said the mayor, who was elected in May.")
        #expect(analysis.sourcesOfClaim(containing: "dangerous") == ["Irene Vost"])
        #expect(analysis.sourcesOfClaim(containing: "Forget about it") == ["Paul Ekwueme"])
        #expect(analysis.sourcesOfClaim(containing: "won the county") == ["mayor"])
    }

    @Test("'Said X:' opening a sentence credits the quotation after the colon")
    func sentenceOpeningSaid() {
        let analysis = parse(
            "Tax debate",
            "Said Okafor: \u{201C}Nobody here is interested in tax reform.\u{201D}",
            "Says Who Owns the Port")
        #expect(analysis.sourcesOfClaim(containing: "interested in tax reform") == ["Okafor"])
        #expect(analysis.claims.contains { $0.text.contains("Owns the Port") } == false)
    }

    @Test("a reporter's 'appeared to' hedges the subject's report, it does not orphan it")
    func appearedTo() {
        let analysis = parse(
            "Bank hearing",
            "In a televised interview, Halvard Stumpe appeared to blame junior staff for the fraud.")
        #expect(analysis.sourcesOfClaim(containing: "junior staff") == ["Halvard Stumpe"])
    }

    @Test("'the company' is not a common noun that happened to open a sentence")
    func companyIsNoSentenceOpener() {
        let analysis = parse(
            "Quarterly results",
            "Sales rose sharply in the quarter, the company said.",
            "Revenue fell in Europe, the company said.")
        #expect(analysis.sourcesOfClaim(containing: "Sales rose") == ["company"])
        #expect(analysis.sourcesOfClaim(containing: "Revenue fell") == ["company"])
    }

    @Test("two apostrophes are one double quotation mark, as older archives write them")
    func doubledApostrophes() {
        let analysis = parse(
            "Ferry vote",
            "''You say that every vote counts,'' the councillor said. ''We will see.''",
            "The students'' union said the fares were too high.")
        #expect(analysis.sourcesOfClaim(containing: "every vote counts") == ["councillor"])
        #expect(analysis.sourcesOfClaim(containing: "fares were too high") == ["union"])
    }

    @Test("a party-and-state label in brackets and a description after it are both asides")
    func bracketedPartyThenDescription() {
        let analysis = parse(
            "Immunity deals",
            "\u{201C}They would never give anyone else that deal,\u{201D} Rep. Nola Brandt (R-Ohio), a member of the panel, said in an interview.")
        #expect(analysis.sourcesOfClaim(containing: "never give anyone else") == ["Nola Brandt"])
    }

    @Test("a name and a colon before a quotation, after a dash or opening the line, speak it")
    func nameColonQuotation() {
        let analysis = parse(
            "Poll digest",
            "Turnout surprised everyone - Mirela Dascalu: \u{201C}Late deciders broke for the challenger by a wide margin.\u{201D}",
            "Pavel Orlov: \u{201C}The rural vote was never counted properly.\u{201D}")
        #expect(analysis.sourcesOfClaim(containing: "Late deciders") == ["Mirela Dascalu"])
        #expect(analysis.sourcesOfClaim(containing: "rural vote") == ["Pavel Orlov"])
    }

    @Test("a verb after an adverb is no plural noun, and a label with a dot is an aside")
    func adverbBeforeVerbAndDottedLabels() {
        let analysis = parse(
            "Border plans",
            "Arnaud Keller often takes full credit for the fence, and has promised that the county would pay for it.",
            "Rep. Lise Moreau (D-Md.), chair of the platform committee, said that the draft was final.")
        #expect(analysis.sources.contains { $0.name == "takes" } == false)
        #expect(analysis.sourcesOfClaim(containing: "draft was final") == ["Lise Moreau"])
    }

    @Test("'and' before a report with its own subject starts a second claim")
    func joinedReports() {
        let analysis = parse(
            "Depot closure",
            "Halloran said the depot would close in May and Ostrowski said the workers would be moved.",
            "The gap between what the mayor says the plan costs and how auditors say it is paid for has grown.")
        #expect(analysis.sourcesOfClaim(containing: "depot would close") == ["Halloran"])
        #expect(analysis.sourcesOfClaim(containing: "workers would be moved") == ["Ostrowski"])
        #expect(analysis.sources.contains { $0.name.lowercased().hasPrefix("how") } == false)
    }

    @Test("a hometown between commas, with a state written the American way, is an aside")
    func hometowns() {
        let analysis = parse(
            "Levee repairs",
            "Corinne Vale, of Dayton, Ohio, said the levee had been patched twice.",
            "Abel Mirza, 61, of Fairview, Tenn., said nobody had warned the farms.",
            "Ines Paulo of Mill Creek, Va., said the water rose in an hour.")
        #expect(analysis.sourcesOfClaim(containing: "patched twice") == ["Corinne Vale"])
        #expect(analysis.sourcesOfClaim(containing: "warned the farms") == ["Abel Mirza"])
        #expect(analysis.sourcesOfClaim(containing: "rose in an hour") == ["Ines Paulo"])
    }

    @Test("a stance adverb or a correlative is no part of the speaker")
    func stanceAdverbsAndCorrelatives() {
        let analysis = parse(
            "Council vote",
            "After the vote, the councillors were also complimentary, perhaps acknowledging that the budget had survived.",
            "Both Ms. Arden and Mr. Pohl say the depot will close in spring.")
        #expect(analysis.sourcesOfClaim(containing: "budget had survived") == ["councillors"])
        #expect(analysis.sourcesOfClaim(containing: "depot will close")?.first == "Arden")
    }

    @Test("after an auxiliary the object of the verb is not its speaker")
    func noInversionAfterAuxiliary() {
        let analysis = parse(
            "Endorsements",
            "Orla Brennan, the veteran organiser who founded the tenants' league in 1988 and is a longtime board member, has endorsed Mayor Teodor Lind for a third term.")
        #expect(analysis.sourcesOfClaim(containing: "endorsed Mayor Teodor Lind")?.contains("Teodor Lind") != true)
    }

    @Test("a name after 'with' or 'about' is the subject of its own participle")
    func absoluteParticiples() {
        let analysis = parse(
            "Budget fight",
            "The opposition went further, with Senator Hugo Reyes saying the budget was a fraud.",
            "Speaking at a rally in Gardner, Kansas, Reyes went after the treasurer, calling him a clerk.")
        #expect(analysis.sourcesOfClaim(containing: "budget was a fraud") == ["Hugo Reyes"])
        #expect(analysis.sourcesOfClaim(containing: "him a clerk") == ["Hugo Reyes"])
    }

    @Test("an ad or a clip speaks for itself")
    func adsAndClips() {
        let analysis = parse(
            "Ad war",
            "The clip says the senator has a passion for defending the wrong people.",
            "The ad says the governor raised taxes twice.")
        #expect(analysis.sourcesOfClaim(containing: "wrong people") == ["clip"])
        #expect(analysis.sourcesOfClaim(containing: "raised taxes") == ["ad"])
    }
}

/// Polls and counts report what a share of a group says.
@Suite("A share of a group speaks")
struct GroupShareTests {
    @Test("a percentage, a fraction or 'most of them' is the speaking group")
    func sharesSpeak() {
        let analysis = parse(
            "Poll on the bridge",
            "In the survey, 7 percent said they were undecided, and a third said they could change their minds.",
            "Most of them said the old crossing should stay open.",
            "In the town, about 60 percent of residents said the tolls were too high.",
            "The council is split, but some say the bridge will never be finished.")
        #expect(analysis.sourcesOfClaim(containing: "undecided") == ["7 percent"])
        #expect(analysis.sourcesOfClaim(containing: "change their minds") == ["a third"])
        #expect(analysis.sourcesOfClaim(containing: "old crossing") == ["most of them"])
        #expect(analysis.sourcesOfClaim(containing: "tolls were too high") == ["about 60 percent of residents"])
        #expect(analysis.sourcesOfClaim(containing: "never be finished") == ["some"])
    }

    @Test("'4 in 10' and 'six out of 10' speak like percentages, beside another share")
    func countsOfTen() {
        let analysis = parse(
            "Poll on the harbour",
            "Half of the voters said the harbour was dirty, and more than 4 in 10 said the mayor should resign.",
            "Six out of 10 say the ferry is too slow.")
        #expect(analysis.sourcesOfClaim(containing: "mayor should resign") == ["more than 4 in 10"])
        #expect(analysis.sourcesOfClaim(containing: "ferry is too slow") == ["six out of 10"])
    }

    @Test("a share word that determines a noun or a count that is no speaker is left alone")
    func sharesThatDoNotSpeak() {
        let analysis = parse(
            "Bridge talks",
            "The plan gives the town some say in the decision, officials said.",
            "Most residents said the tolls were fair.")
        #expect(analysis.sourcesOfClaim(containing: "some say in the decision") == ["officials"])
        #expect(analysis.sourcesOfClaim(containing: "tolls were fair") == ["most residents"])
    }
}
