import ClaimKit
import Testing

@Suite("Sources: names, aliases, kinds and mentions")
struct SourceTests {
    @Test("titles become aliases and surnames join the full name")
    func titlesAndSurnames() {
        let analysis = parse(
            "Talks resume",
            "Foreign Minister Petra Lindqvist said the talks would resume on Monday.",
            "Lindqvist added that both sides had made concessions.")
        let source = analysis.source(named: "Petra Lindqvist")
        #expect(source?.kind == .person)
        #expect(source?.aliases.contains("Foreign Minister Petra Lindqvist") == true)
        #expect(source?.aliases.contains("Lindqvist") == true)
        #expect(analysis.claims.allSatisfy { analysis.sourceNames(of: $0) == ["Petra Lindqvist"] })
    }

    @Test("appositions name the source and describe it")
    func appositions() {
        let analysis = parse(
            "Envoy speaks",
            "Norway's envoy, Lars Brekke, said progress had been made.",
            "Tomas Rudd, a lawyer for the families, said they would appeal.",
            "The Institute for Harbour Studies, a Bergen-based think tank, said costs would rise.")
        #expect(analysis.source(named: "Lars Brekke")?.aliases.contains("Norway's envoy") == true)
        #expect(analysis.source(named: "Tomas Rudd")?.aliases.contains("a lawyer for the families") == true)
        #expect(analysis.source(named: "Institute for Harbour Studies")?.kind == .organization)
    }

    @Test("a country's ministry is one source however it is written")
    func possessiveAndDemonym() {
        let analysis = parse(
            "Ministry replies",
            "The Polish Foreign Ministry said the claims were unfounded.",
            "Poland's Foreign Ministry later said it would summon the ambassador.")
        let ministries = analysis.sources.filter { $0.name.contains("Foreign Ministry") }
        #expect(ministries.count == 1)
        #expect(ministries.first?.kind == .government)
        #expect(ministries.first?.aliases.contains("Poland's Foreign Ministry") == true)
    }

    @Test("a description naming another source is not an alias")
    func descriptionsNamingOthers() {
        let analysis = parse(
            "Shareholder objects",
            "Harrow Capital, an investor that holds 3% of Brightwell Foods' shares, said the bid undervalued the company.",
            "Brightwell Foods said the offer was fair.")
        let investor = analysis.source(named: "Harrow Capital")
        #expect(investor != nil)
        #expect(investor?.aliases.contains { $0.contains("Brightwell") } == false)
        #expect(analysis.source(named: "Brightwell Foods") != nil)
    }

    @Test("a plural's apostrophe inside an organisation's name keeps the name whole")
    func possessiveInsideName() {
        let analysis = parse(
            "Pay offer",
            "The Regional Nurses\u{2019} Federation said the offer was too low.")
        #expect(analysis.sources.map(\.name) == ["Regional Nurses\u{2019} Federation"])
    }

    @Test("a body's word inside a name makes it a body, not a person")
    func bodyWordInsideName() {
        let analysis = parse(
            "Comeback",
            "The Marsh Herald Online reported that the presenter would return.")
        #expect(analysis.source(named: "Marsh Herald Online")?.kind == .media)
    }

    @Test("a short form joins its full name, spelled out or in brackets")
    func acronyms() {
        let analysis = parse(
            "Smoke on board",
            "The crew reported smoke, according to the Civil Aviation Safety Authority.",
            "The CASA said it was investigating.",
            "The Union of Toll Operators (UTO) said the freeze would breach contracts.",
            "The UTO later said it would go to court.")
        #expect(analysis.source(named: "Civil Aviation Safety Authority")?.aliases.contains("CASA") == true)
        #expect(analysis.source(named: "Union of Toll Operators")?.aliases.contains("UTO") == true)
        #expect(analysis.sources.count == 2)
    }

    @Test("a description finds only a body of its own sort")
    func descriptionsKeepTheirSort() {
        let analysis = parse(
            "Passengers leave jet by the slides after smoke fills its cabin",
            "The jet had just landed when the crew reported smoke, according to the Federal Aviation Administration.",
            "The airline said in a statement that pilots had noticed a haze.",
            "About 8,000 homes had no power, according to the National Civil Protection Agency.",
            "Power would return by Friday, according to the state utility.")
        #expect(analysis.sourcesOfClaim(containing: "noticed a haze") == ["airline"])
        #expect(analysis.sourcesOfClaim(containing: "Power would return") == ["state utility"])
    }

    @Test("\"the minister\" is the minister named before; a portfolio is no name")
    func roleBackReference() {
        let analysis = parse(
            "Tolls",
            "The Minister of Transport, Fabien Marchetti, announced on Tuesday that tolls would be frozen.",
            "\u{201C}Drivers have paid enough,\u{201D} the minister said.")
        #expect(analysis.sources.map(\.name) == ["Fabien Marchetti"])
        #expect(analysis.claims.allSatisfy { analysis.sourceNames(of: $0) == ["Fabien Marchetti"] })
    }

    @Test("an unnamed official quoted first is the one named next")
    func unnamedThenNamed() {
        let analysis = parse(
            "Treasury will not budge on fuel duty rise, says minister",
            "The government will press ahead with the rise, a Treasury minister has said.",
            "Owen Maddox, the exchequer secretary to the Treasury, told the BBC that the increase was needed.")
        #expect(analysis.sources.map(\.name) == ["Owen Maddox"])
        #expect(analysis.claims.count == 3)
    }

    @Test("a capital speaks for its country")
    func capitals() {
        let analysis = parse("Headline", "Ukraine has said the plan is unacceptable.", "Kyiv says it wants guarantees.")
        #expect(analysis.sources.count == 1)
        #expect(analysis.sources.first?.name == "Ukraine")
        #expect(analysis.sources.first?.aliases.contains("Kyiv") == true)
    }

    @Test("an outlet is media and \"the newspaper\" points back to it")
    func outlets() {
        let analysis = parse(
            "Report",
            "Der Spiegel reported that the deal was close.",
            "According to information obtained by the newspaper, the price was agreed in May.")
        #expect(analysis.sources.count == 1)
        #expect(analysis.sources.first?.kind == .media)
        #expect(analysis.sourcesOfClaim(containing: "price was agreed") == ["Der Spiegel"])
    }

    @Test("pronouns find the speaker they stand for")
    func pronouns() {
        let analysis = parse(
            "Two views",
            "Chancellor Maria Ostrova met the union leader, Pavel Kern, on Friday.",
            "She said the meeting had been useful.",
            "Kern was less sure. He said nothing had changed.")
        #expect(analysis.sourcesOfClaim(containing: "had been useful") == ["Maria Ostrova"])
        #expect(analysis.sourcesOfClaim(containing: "nothing had changed") == ["Pavel Kern"])
    }

    @Test("unnamed groups are anonymous sources")
    func anonymous() {
        let analysis = parse(
            "Layoffs",
            "People familiar with the matter said the cuts would be announced this week.",
            "Two officials, who spoke on condition of anonymity, said the plan was final.",
            "Analysts say the shares could fall.")
        let names = analysis.sources.map(\.name)
        #expect(names == ["people familiar with the matter", "two officials", "analysts"])
        #expect(analysis.sources.allSatisfy { $0.kind == .anonymous })
    }

    @Test("mentions cover every place a source is named")
    func mentions() {
        let analysis = parse("Headline", "Ann Cole said the plan was sound.", "Cole said it would start soon.")
        let source = analysis.source(named: "Ann Cole")
        #expect(source?.mentions.count == 2)
        for mention in source?.mentions ?? [] {
            #expect(["Ann Cole", "Cole"].contains(analysis.article.substring(mention)))
        }
    }

    @Test("papers obtained by an outlet are their own source; information obtained is the outlet's")
    func obtainedPapers() {
        let analysis = parse(
            "ER closures",
            "Closures added 38 minutes to ambulance trips, according to an internal review obtained by NBN News.",
            "According to information obtained by NBN News, the review was finished in January.")
        #expect(analysis.sourcesOfClaim(containing: "38 minutes") == ["internal review"])
        #expect(analysis.sourcesOfClaim(containing: "finished in January") == ["NBN News"])
    }

    @Test("a description before a name is no name; a place after \"in X,\" does not speak")
    func descriptionsAndPlaces() {
        let analysis = parse(
            "Paramedics",
            "Kyle Fenner, a paramedic and president of the Valley Paramedic Association, said crews were stretched.",
            "Traders at the central market in Ilumo, Ogbara State, have alleged that goods were destroyed.")
        #expect(analysis.sourcesOfClaim(containing: "crews were stretched") == ["Kyle Fenner"])
        #expect(analysis.sourcesOfClaim(containing: "goods were destroyed")?.first?.hasPrefix("traders") == true)
        #expect(!analysis.sources.contains { $0.aliases.contains("Ogbara State") })
    }

    @Test("an office's short form finds the person who holds it; an office is no name")
    func officeAcronym() {
        let analysis = parse(
            "Market",
            "The Police Public Relations Officer in the state, SP Grace Ndukwe, confirmed that officers were deployed.",
            "\u{201C}Nobody was shot,\u{201D} the PPRO said.")
        #expect(analysis.sources.map(\.name) == ["Grace Ndukwe"])
    }

    @Test("accents do not change who a name is; a headline's first word is no story subject")
    func accentsAndHeadlines() {
        let analysis = parse(
            "Kayak world champion Varga suspended after positive test, federation says",
            "Two-time world kayak champion D\u{F3}ra Varga has been suspended, the sport\u{2019}s governing body said.",
            "\u{2018}I have never cheated,\u{2019} she said.")
        #expect(analysis.source(named: "D\u{F3}ra Varga")?.kind == .person)
        #expect(analysis.sourcesOfClaim(containing: "has been suspended")?.first?.contains("governing body") == true)
        #expect(!analysis.sources.contains { $0.name == "Kayak" || $0.name == "Two-time" })
    }

    @Test("a group opening a sentence is who \"they\" are next")
    func groupBeforeThey() {
        let analysis = parse(
            "Peat fires",
            "The researchers, led by ecologist Hanna Lind of the Nordvik Institute, combined satellite images with soil samples.",
            "They found that fires burned deeper than models assume.")
        #expect(analysis.sourcesOfClaim(containing: "burned deeper") == ["researchers"])
    }

    @Test("surnames with particles, unknown first names, places after \"in\", names joined by \"and\"")
    func namesOfManyShapes() {
        let analysis = parse(
            "Strike",
            "Executive director Annelie van Wyk dismissed the figures as \u{201C}pure fiction\u{201D}.",
            "Van Wyk said the count was done plant by plant.",
            "Corrib Bank\u{2019}s chief operating officer, Declan Fahy, said the outage was caused by an update.",
            "Mr Fahy said service would return by evening.",
            "A staff member at a Corrib branch in Galway, who did not want to be named, told us that branches had been told to pay out cash.",
            "The workers joined the strike, according to the Motor and Engineering Workers\u{2019} Union of South Africa (Mewusa).")
        #expect(analysis.sources.filter { $0.name.contains("Wyk") }.count == 1)
        #expect(analysis.sources.filter { $0.name.contains("Fahy") }.count == 1)
        #expect(analysis.sourcesOfClaim(containing: "pay out cash")?.first?.hasPrefix("staff member") == true)
        #expect(analysis.sourcesOfClaim(containing: "joined the strike")?.first?.hasPrefix("Motor and Engineering") == true)
    }

    @Test("someone's rep is one person however the article puts it")
    func ownedRoles() {
        let analysis = parse(
            "Maya Lindell\u{2019}s rep slams \u{2018}fabricated\u{2019} report",
            "Maya Lindell has not worked since the spring, according to the studio.",
            "A representative for Lindell said the report was false.",
            "\u{201C}She was on set all week,\u{201D} her rep said in a statement.")
        let reps = analysis.sources.filter { $0.name.hasSuffix("rep") || $0.name.contains("representative") }
        #expect(reps.count == 1)
        #expect(reps.first?.name == "Maya Lindell\u{2019}s rep")
    }

    @Test("a body's short form is the body, even when it opens with a given name")
    func bodyShortForm() {
        let analysis = parse(
            "Stake sale",
            "Pune-based Varuna Agro Industries is in talks to sell a stake, the Business Ledger reported.",
            "A Varuna Agro spokesperson said the company evaluates opportunities from time to time.")
        #expect(analysis.sourcesOfClaim(containing: "evaluates opportunities") == ["Varuna Agro Industries"])
    }
}
