import ClaimKit
import Testing

@Suite("Attribution: claims and who they come from")
struct AttributionTests {
    @Test("reporting verbs in their forms, before and after the statement")
    func reportingVerbs() {
        let analysis = parse(
            "Harbour deal under review",
            "Mayor Ann Cole said the harbour deal would be reviewed.",
            "The review will take a month, the council's finance chief told reporters.",
            "Local traders have warned that rents could double.",
            "The port operator, Brennlake Logistics, insisted it had met every condition.",
            "Cole added that she expected a decision by June.")
        #expect(analysis.sourcesOfClaim(containing: "would be reviewed") == ["Ann Cole"])
        #expect(analysis.sourcesOfClaim(containing: "take a month") == ["council's finance chief"])
        #expect(analysis.sourcesOfClaim(containing: "rents could double") == ["local traders"])
        #expect(analysis.sourcesOfClaim(containing: "met every condition") == ["Brennlake Logistics"])
        #expect(analysis.sourcesOfClaim(containing: "decision by June") == ["Ann Cole"])
    }

    @Test("according to, citing, in a statement, has learned")
    func otherCues() {
        let analysis = parse(
            "Mill to close",
            "The mill will close in March, according to a letter seen by the Valley Courier.",
            "The Valley Courier, citing two managers, reported that 300 jobs would go.",
            "Tarrow Paper said in a statement it was reviewing its options.",
            "The Valley Courier has learned that the site may be sold.")
        #expect(analysis.sourcesOfClaim(containing: "close in March") == ["letter"])
        #expect(analysis.sourcesOfClaim(containing: "300 jobs") == ["Valley Courier", "two managers"])
        #expect(analysis.sourcesOfClaim(containing: "reviewing its options") == ["Tarrow Paper"])
        #expect(analysis.claims.first { $0.text.contains("may be sold") }?.cue == "learned")
    }

    @Test("quotations with the speaker before, after, after a dash, and continuing")
    func quotations() {
        let analysis = parse(
            "Coach speaks",
            "\u{201C}We lost our shape in the second half,\u{201D} said coach Dana Voss.",
            "Voss said: \u{201C}The players know it and they will put it right.\u{201D}",
            "\u{201C}Nobody here is panicking about the table.\u{201D}",
            "\u{201C}The season is long and we will be fine.\u{201D} \u{2013} Erik Lund")
        #expect(analysis.sourcesOfClaim(containing: "lost our shape") == ["Dana Voss"])
        #expect(analysis.sourcesOfClaim(containing: "put it right") == ["Dana Voss"])
        #expect(analysis.sourcesOfClaim(containing: "Nobody here is panicking") == ["Dana Voss"])
        #expect(analysis.sourcesOfClaim(containing: "season is long") == ["Erik Lund"])
        #expect(analysis.claims.first { $0.text.contains("lost our shape") }?.quoted == true)
    }

    @Test("hedged statements are claims; with a Source line they are its")
    func hedges() {
        let analysis = parse(
            "Factory may be sold",
            "The factory has reportedly attracted three bidders.",
            "Source: Harbour Gazette",
            "The owners appear to be in talks with a rival.",
            "The plant employs 400 people.")
        #expect(analysis.sourcesOfClaim(containing: "three bidders") == ["Harbour Gazette"])
        #expect(analysis.sourcesOfClaim(containing: "in talks with a rival") == ["Harbour Gazette"])
        #expect(analysis.claims.first { $0.text.contains("three bidders") }?.cue == "reportedly")
        // A plain fact in the reporter's own voice is no claim.
        #expect(analysis.sourcesOfClaim(containing: "employs 400") == nil)
        // Without a Source line a hedged claim has no source.
        let bare = parse("Headline", "The talks are said to be close to a deal.")
        #expect(bare.sourcesOfClaim(containing: "close to a deal") == [])
    }

    @Test("two attributions in one sentence are two claims")
    func twoAttributions() {
        let analysis = parse(
            "Budget row",
            "The mayor said the budget was balanced, but the auditor warned that it relied on a land sale.")
        #expect(analysis.claims.count == 2)
        #expect(analysis.claims.map { analysis.sourceNames(of: $0) } == [["mayor"], ["auditor"]])
    }

    @Test("refusals and scheduled testimony are not claims")
    func nonClaims() {
        let analysis = parse(
            "Hearing set",
            "The minister declined to comment on the report.",
            "Pellan is scheduled to testify before the committee next month.",
            "The board rejected a proposal to split the company.")
        #expect(analysis.claims.isEmpty)
    }

    @Test("a subject after a subordinator keeps its citing aside")
    func subjectInSubordinateClause() {
        let analysis = parse(
            "Euro slips",
            "The euro slipped after the newspaper Tagesblick, citing two officials, reported that rate cuts were off the table.")
        #expect(analysis.sourcesOfClaim(containing: "rate cuts were off") == ["Tagesblick", "two officials"])
    }

    @Test("a speaker named in apposition after the verb is the source")
    func invertedSubjectWithApposition() {
        let analysis = parse(
            "Staff shortage",
            "\u{2018}Staff are leaving faster than we can hire them,\u{2019} said the union\u{2019}s secretary, Dana Whitlow.")
        #expect(analysis.sourcesOfClaim(containing: "Staff are leaving") == ["Dana Whitlow"])
        #expect(analysis.source(named: "Dana Whitlow")?.aliases.contains("the union\u{2019}s secretary") == true)
    }

    @Test("one speaker's \"A, and that B\" is one claim")
    func coordinatedThatClauses() {
        let analysis = parse(
            "Tutors hired",
            "A spokesman for the department said tutors would run the sessions, not teachers, and that nobody would work longer hours.")
        #expect(analysis.claims.count == 1)
    }

    @Test("a statement after the comma credits a possessor's described group")
    func possessorBeforeSubject() {
        let analysis = parse(
            "Hours warning",
            "The plan would push nurses beyond their contracted hours, the state\u{2019}s largest union has warned.")
        #expect(analysis.claims.count == 1)
        #expect(analysis.claims.first.map { analysis.sourceNames(of: $0) }?.first?.contains("union") == true)
    }

    @Test("a headline's quotation is no one's when no verb names a speaker")
    func headlineQuotationWithoutSpeaker() {
        let analysis = parse(
            "\u{2018}The worst harvest in living memory\u{2019} after the frost",
            "The frost struck on Tuesday night.",
            "The growers\u{2019} association said half the blossom was lost.")
        #expect(analysis.claims.count == 1)
    }

    @Test("calling something by a quoted name states a view")
    func calledWithQuotation() {
        let analysis = parse(
            "Count ends",
            "Mayor Ruth Okello called the result \u{201C}a clear mandate for the harbour plan,\u{201D} and her rival conceded.")
        #expect(analysis.sourcesOfClaim(containing: "clear mandate") == ["Ruth Okello"])
    }

    @Test("a family speaks as a group")
    func familyAsSource() {
        let analysis = parse(
            "Obituary",
            "The painter Hollis Vane has died aged 90, his family said on Monday.",
            "A memorial will be held in the spring, the family said.")
        #expect(analysis.claims.count == 2)
        #expect(analysis.sources.count == 1)
    }

    @Test("a quotation running over several sentences is one statement of its speaker")
    func quotationOverSentences() {
        let analysis = parse(
            "Coach speaks",
            "Coach Dana Voss said: \u{201C}We lost our shape. The second half was poor. We will recover by Saturday.\u{201D}",
            "\u{201C}The referee had a difficult night,\u{201D} said the club\u{2019}s captain, Ines Marr. \u{201C}Nobody blames him. We blame ourselves.\u{201D}",
            "The club will meet on Monday.")
        #expect(analysis.claims.count == 2)
        #expect(analysis.sourcesOfClaim(containing: "recover by Saturday") == ["Dana Voss"])
        #expect(analysis.claims.first { $0.text.contains("lost our shape") }?.text.contains("recover by Saturday") == true)
        #expect(analysis.sourcesOfClaim(containing: "We blame ourselves") == ["Ines Marr"])
        #expect(analysis.claims.first { $0.text.contains("difficult night") }?.text.contains("We blame ourselves") == true)
    }

    @Test("a plural pronoun after its sentence's group subject is that group")
    func pluralPronounTakesSentenceSubject() {
        let analysis = parse(
            "Fuel duty",
            "Tomas Ferrer told Radio Calloway\u{2019}s morning programme that the rise was needed.",
            "More than 30 MPs on the opposition benches have written to the minister, urging a delay, which they say would protect small firms.")
        #expect(analysis.sourcesOfClaim(containing: "protect small firms") == ["MPs"])
        #expect(analysis.source(named: "MPs")?.aliases == ["30 MPs"])
    }

    @Test("papers someone read speak for themselves; papers someone published are theirs")
    func documentsReadAndPublished() {
        let analysis = parse(
            "Fund inquiry",
            "According to emails seen by the Courier, the trustee pressed staff to approve the deal.",
            "According to figures published by the Harbour Pension Board, returns fell to 3% last year.")
        #expect(analysis.sourcesOfClaim(containing: "pressed staff") == ["emails"])
        #expect(analysis.sourcesOfClaim(containing: "returns fell") == ["Harbour Pension Board"])
        #expect(analysis.sources.first { $0.name == "emails" }?.kind == .document)
    }

    @Test("one anonymous person with an aside is a source")
    func singleAnonymousPersonWithAside() {
        let analysis = parse(
            "Review team",
            "A person familiar with the review, who spoke on condition of anonymity because they were not authorized to comment, said two analysts were moved.")
        #expect(analysis.sourcesOfClaim(containing: "two analysts") == ["person familiar with the review"])
    }

    @Test("a document keeps its owner and its -ly adjectives")
    func documentOwner() {
        let analysis = parse(
            "Returns",
            "The fund\u{2019}s quarterly reports show returns below target.")
        #expect(analysis.sources.first?.kind == .document)
        #expect(analysis.sources.first?.name.contains("quarterly reports") == true)
        #expect(analysis.sources.first.map { [$0.name] + $0.aliases }?.contains { $0.contains("fund") } == true)
    }

    @Test("a paper heads its subject even when a name stands in apposition inside it")
    func paperWithNameInside() {
        let analysis = parse(
            "Call",
            "A readout of the call between Foreign Minister Ana Ruiz and her counterpart, Pavel Orlov, said both sides wanted calm.",
            "Marovia\u{2019}s own readout of the call made no mention of the dispute and said the ministers had discussed trade.")
        #expect(analysis.sourcesOfClaim(containing: "both sides wanted calm") == ["readout"])
        #expect(analysis.sourcesOfClaim(containing: "discussed trade")?.first?.contains("readout") == true)
        #expect(analysis.source(named: "Pavel Orlov") == nil)
    }

    @Test("declaring an emergency is an act, not a statement")
    func declaringAnAct() {
        let analysis = parse(
            "Quake",
            "Rescue teams arrived on Monday, and the government declared a 30-day state of emergency.")
        #expect(analysis.claims.isEmpty)
    }

    @Test("according to his estimate is his")
    func possessedDocument() {
        let analysis = parse(
            "Tolls",
            "Fabien Marchetti announced a freeze that would save drivers 400 million euros a year.",
            "The figure would reach 500 million by 2030, according to his estimate.")
        #expect(analysis.sourcesOfClaim(containing: "500 million") == ["Fabien Marchetti"])
    }

    @Test("a group owned by a plural noun, judging with a quotation")
    func pluralOwnerAndJudgement() {
        let analysis = parse(
            "Tolls",
            "The drivers\u{2019} association Route Claire welcomed the plan but judged it \u{201C}largely insufficient\u{201D}.")
        #expect(analysis.sourcesOfClaim(containing: "largely insufficient") == ["Route Claire"])
    }

    @Test("a paper filed in a court is the source, not the court")
    func documentFiledInCourt() {
        let analysis = parse(
            "Heist",
            "The suspect smashed two cases, according to a criminal complaint filed in Harmon County Superior Court.")
        #expect(analysis.sourcesOfClaim(containing: "smashed two cases") == ["criminal complaint"])
    }

    @Test("a headline's bare role finds the person the article names")
    func headlineRoleLooksAhead() {
        let analysis = parse(
            "Suspect Charged in Heist; Lawyer Says He Was at Work",
            "His lawyer, Ines Halloran, said her client was at work when the store was robbed.")
        #expect(analysis.sources.map(\.name) == ["Ines Halloran"])
    }

    @Test("a participle aside between a paper and its verb; No 10 is a name")
    func participleAsideAndNumberAbbreviation() {
        let analysis = parse(
            "Care home suit",
            "The lawsuit, filed Monday in Carroll County Circuit Court, alleges that nurses ignored alarms.",
            "A No 10 spokesperson said the prime minister had full confidence in the chancellor.")
        #expect(analysis.sourcesOfClaim(containing: "ignored alarms") == ["lawsuit"])
        #expect(analysis.sourcesOfClaim(containing: "full confidence")?.first?.contains("No 10") == true)
    }

    @Test("a headline's past-tense weak verb is an event; a pronoun before an aside is the subject")
    func headlineEventAndPronounAside() {
        let analysis = parse(
            "Rural closures added 38 minutes to ambulance trips, internal review finds",
            "The police spokeswoman confirmed that officers were deployed.",
            "She, however, denied reports that a trader was shot dead.")
        #expect(analysis.sourcesOfClaim(containing: "38 minutes") == ["internal review"])
        #expect(analysis.denials.count == 1)
    }

    @Test("one speaker's second verb keeps the whole sentence")
    func secondVerbKeepsSubject() {
        let analysis = parse(
            "Pools",
            "Council leader Iain Moray rejected claims that the plans had been kept secret.",
            "He said the council faced impossible choices after its grant was frozen, and insisted no final decision had been taken.")
        #expect(analysis.claims.count == 3)
        #expect(analysis.claims.last?.text.hasPrefix("He said") == true)
    }

    @Test("asides, groups' members, clauses without that, whole opening subjects")
    func subjectsOfManyShapes() {
        let analysis = parse(
            "Layoffs",
            "The memo, sent to staff Tuesday morning by chief executive Dana White, said the cuts would fall on sales.",
            "Two employees, who asked not to be named, said managers had known for weeks.",
            "One of them said whole teams had been told their roles would end.",
            "Analyst Priya Natarajan estimated the cuts would save $240 million a year.",
            "A former accountant at a Whakarua law firm has told a jury she was instructed to keep quiet.")
        #expect(analysis.sourcesOfClaim(containing: "fall on sales") == ["memo"])
        #expect(analysis.sourcesOfClaim(containing: "whole teams") == ["two employees"])
        #expect(analysis.sourcesOfClaim(containing: "$240 million") == ["Priya Natarajan"])
        #expect(analysis.sourcesOfClaim(containing: "keep quiet")?.first?.contains("accountant at a Whakarua law firm") == true)
    }

    @Test("a person of a body is the person; the agent of a passive is not \"she\"")
    func affiliationAndPassiveAgent() {
        let analysis = parse(
            "Trial",
            "Louise Tamihana told the court she first noticed the transfers in 2019.",
            "Asked by Crown prosecutor Hemi Walker why she had not gone to the police, she said she needed the job.",
            "Detective Sergeant Aroha Kingi of the police Financial Crime Group told the court that 212 transfers were made.")
        #expect(analysis.sourcesOfClaim(containing: "needed the job") == ["Louise Tamihana"])
        #expect(analysis.sourcesOfClaim(containing: "212 transfers") == ["Aroha Kingi"])
    }

    @Test("reports described by a participle, headed by a figure, or noun before a verb")
    func reportSubjects() {
        let analysis = parse(
            "UN report accuses security forces of systematic detentions",
            "Security forces detained at least 1,340 people, a United Nations report released on Monday said.",
            "The 42-page report, compiled by the Office of the High Commissioner, said most were held without charge.")
        #expect(analysis.claims.first?.cue == "accuses")
        #expect(analysis.sourcesOfClaim(containing: "1,340 people")?.first?.contains("report") == true)
        #expect(analysis.sourcesOfClaim(containing: "without charge")?.first?.contains("report") == true)
    }

    @Test("a relative clause or a time between the subject and its verb")
    func relativeClauseAndTime() {
        let analysis = parse(
            "Layoffs",
            "Analyst Priya Natarajan covers the company for Calloway Partners.",
            "A former executive who left the company last year described the layoffs as overdue.",
            "A representative for the actress on Thursday called the reports \u{201C}completely fabricated.\u{201D}")
        #expect(analysis.sourcesOfClaim(containing: "overdue") == ["former executive"])
        #expect(analysis.sourcesOfClaim(containing: "completely fabricated") == ["representative for the actress"])
        #expect(analysis.denials.count == 1)
    }

    @Test("a headline that names its source after a colon")
    func headlineCreditAfterColon() {
        let analysis = parse(
            "Varuna Agro in talks to sell dairy stake to Gulf fund: sources",
            "The deal is close, said sources aware of the development.")
        #expect(analysis.claims.count == 2)
        #expect(analysis.claims.first?.text.hasPrefix("Varuna Agro in talks") == true)
        #expect(analysis.sources.count == 1)
    }
}
