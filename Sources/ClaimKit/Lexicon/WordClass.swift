/// What the lexicons say a word can be. A word may be several at once
/// ("that" is a determiner and a relative; "general" a title and a role).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let determiner = WordClass(rawValue: 1 << 0)
    static let preposition = WordClass(rawValue: 1 << 1)
    static let conjunction = WordClass(rawValue: 1 << 2)
    static let subordinator = WordClass(rawValue: 1 << 3)
    static let relative = WordClass(rawValue: 1 << 4)
    static let pronounMale = WordClass(rawValue: 1 << 5)
    static let pronounFemale = WordClass(rawValue: 1 << 6)
    static let pronounNeuter = WordClass(rawValue: 1 << 7)
    static let pronounPlural = WordClass(rawValue: 1 << 8)
    static let pronounFirst = WordClass(rawValue: 1 << 9)
    static let pronounSecond = WordClass(rawValue: 1 << 10)
    static let auxiliary = WordClass(rawValue: 1 << 11)
    static let negation = WordClass(rawValue: 1 << 12)
    static let refusal = WordClass(rawValue: 1 << 13)
    static let adverb = WordClass(rawValue: 1 << 14)
    static let timeWord = WordClass(rawValue: 1 << 15)
    static let participleAdverbial = WordClass(rawValue: 1 << 16)
    static let sentenceStarter = WordClass(rawValue: 1 << 17)
    static let role = WordClass(rawValue: 1 << 18)
    static let title = WordClass(rawValue: 1 << 19)
    static let roleModifier = WordClass(rawValue: 1 << 20)
    static let anonymousHead = WordClass(rawValue: 1 << 21)
    static let cueNoun = WordClass(rawValue: 1 << 22)
    static let denialObject = WordClass(rawValue: 1 << 23)
    static let denialNonObject = WordClass(rawValue: 1 << 24)
    static let verdict = WordClass(rawValue: 1 << 25)
    static let verdictVerb = WordClass(rawValue: 1 << 26)
    static let abbreviation = WordClass(rawValue: 1 << 27)
    static let abbreviationMayEnd = WordClass(rawValue: 1 << 28)
    static let abbreviationNeedsNumber = WordClass(rawValue: 1 << 29)
    static let anonymousConnector = WordClass(rawValue: 1 << 30)
    static let predicateVerdict = WordClass(rawValue: 1 << 31)

    static let personalPronoun: WordClass = [.pronounMale, .pronounFemale, .pronounNeuter, .pronounPlural]
}

/// How a reporting verb behaves; see reporting-verbs.txt.
struct VerbFlags: OptionSet, Sendable {
    let rawValue: UInt16
    static let weak = VerbFlags(rawValue: 1 << 0)
    static let object = VerbFlags(rawValue: 1 << 1)
    static let intent = VerbFlags(rawValue: 1 << 2)
    static let accuse = VerbFlags(rawValue: 1 << 3)
    static let belief = VerbFlags(rawValue: 1 << 4)
    static let denial = VerbFlags(rawValue: 1 << 5)
    /// A denial verb whose object is always something said ("contradicted him").
    static let anyObject = VerbFlags(rawValue: 1 << 6)
    /// A verb of naming read as a denial because a verdict follows ("called it false").
    static let verdict = VerbFlags(rawValue: 1 << 7)
}

struct VerbForm: Sendable {
    /// The verb's base form, e.g. "say" for "said".
    var lemma: String
    var flags: VerbFlags
    /// The form ends in -ing ("saying", "accusing").
    var isGerund: Bool
}

/// How a hedge is used; see hedges.txt.
struct HedgeUse: OptionSet, Sendable {
    let rawValue: UInt8
    static let claim = HedgeUse(rawValue: 1 << 0)
    static let headline = HedgeUse(rawValue: 1 << 1)
    static let mark = HedgeUse(rawValue: 1 << 2)
}

/// What a multi-word lexicon entry is.
enum PhraseKind: Sendable {
    case hedge(HedgeUse)
    case denialPhrase
    /// A verb with its particle that rejects a claim ("pushed back on").
    case denialVerb
    /// A verdict word judging an action, not a claim ("wrong to").
    case nonVerdict
    case verdict
    case denialObject
    case denialNonObject
    case anonymousConnector
    case organizationWord(SourceKind)
    case outlet
    case place(Int)
    case role
}

struct Phrase: Sendable {
    var keys: [WordKey]
    var kind: PhraseKind
}

struct Place: Sendable {
    /// The country's name: the canonical name of a country source.
    var name: String
    var demonyms: [String]
}

/// How a section marker shapes its line; see section-markers.txt.
public enum MarkerKind: String, Sendable {
    case sourceline
    case quote
    case heading
    case paragraph
    case boilerplate
}

/// What a given name says of its bearer; see first-names.txt.
enum FirstName: String, Sendable {
    case female = "f"
    case male = "m"
    case unisex = "u"
}

/// The sort of organisation a word names; see body-types.txt.
enum BodyType: String, Sendable {
    case business
    case labour
    case civic
    case academic
    /// Public bodies: agencies, authorities, commissions, services.
    case publicBody = "public"
}
