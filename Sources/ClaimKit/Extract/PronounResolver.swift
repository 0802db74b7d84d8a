/// Finds who a personal pronoun stands for: the most salient fitting
/// entity in the sentences before it — the sources of earlier
/// attributions first, then names in reading order — with number, gender
/// and kind agreeing ("she" is no company; "it" is no person; "they" is a
/// group, a body, or people named together).
struct PronounResolver {
    enum Form {
        case male, female, neuter, plural
    }

    let document: Document
    /// How many sentences back a pronoun may look.
    let window = 4

    func form(of index: Int) -> Form? {
        let wordClass = document.classes[index]
        if wordClass.contains(.pronounMale) { return .male }
        if wordClass.contains(.pronounFemale) { return .female }
        if wordClass.contains(.pronounPlural) { return .plural }
        if wordClass.contains(.pronounNeuter) { return .neuter }
        return nil
    }

    /// - Parameters:
    ///   - salient: per sentence, entities that were the subjects of its
    ///     attributions, in order; they outrank other names.
    ///   - namedOnly: only people and bodies with names ("her rep" is the
    ///     rep of someone named, not of the last unnamed speaker).
    func resolve(
        pronoun index: Int, salient: [[Int]], names: NameIndex, entities: inout EntityTable, namedOnly: Bool = false
    ) -> [Int] {
        guard let form = form(of: index) else { return [] }
        let sentence = document.sentenceOfToken[index]
        var candidateSentence = sentence
        while candidateSentence >= 0 && sentence - candidateSentence <= window {
            // A name inside a quotation is what the speaker talked about,
            // not who "he said" is: "… bigger than Prince Edward Island," he said.
            // Nor is the agent of a passive: "Asked by prosecutor Hemi
            // Walker why …, she said".
            let mentions = names.mentions[candidateSentence].filter {
                (candidateSentence < sentence || $0.token < index) && !document.quotes.isQuoted($0.token)
                    && !(candidateSentence == sentence && isPassiveAgent($0.token))
            }
            if form == .plural {
                if let group = mentions.first(where: { !$0.coordinated.isEmpty }) {
                    let people = [group.entity] + group.coordinated
                    if people.allSatisfy({ entities[$0].kind == .person || entities[$0].kind == .unknown }) {
                        return people
                    }
                }
            }
            let salientHere = candidateSentence < sentence ? salient[candidateSentence] : []
            var ordered = salientHere
            for mention in mentions where !ordered.contains(mention.entity) { ordered.append(mention.entity) }
            if let found = ordered.first(where: {
                fits(entities[$0], form, salient: salientHere.contains($0)) && (!namedOnly || entities[$0].reference == .name)
            }) {
                if form == .male { entities.setGender(.male, of: found) }
                if form == .female { entities.setGender(.female, of: found) }
                return [found]
            }
            candidateSentence -= 1
        }
        return []
    }

    /// Whether the name at `token` follows "by", past its titles.
    private func isPassiveAgent(_ token: Int) -> Bool {
        var cursor = token - 1
        let tokens = document.tokens
        while cursor >= 0, cursor >= token - 4, tokens[cursor].kind == .word,
            document.isProper(cursor) || !document.classes[cursor].isDisjoint(with: [.role, .title, .roleModifier])
        {
            cursor -= 1
        }
        return cursor >= 0 && tokens[cursor].kind == .word && tokens[cursor].key == PronounResolver.by
    }

    private static let by = WordKey("by")

    /// Whether a pronoun of `form` can stand for `entity`. A bare word of
    /// unknown kind ("Bingo") only counts when it was itself the subject
    /// of an attribution.
    private func fits(_ entity: Entity, _ form: Form, salient: Bool) -> Bool {
        let personLike = entity.kind == .person || entity.kind == .unknown && (salient || entity.nameTokenCount >= 2)
        switch form {
        case .male:
            return personLike && !entity.isPlural && entity.gender != .female && entity.reference != .anonymous
        case .female:
            return personLike && !entity.isPlural && entity.gender != .male && entity.reference != .anonymous
        case .neuter:
            return [.organization, .government, .media, .document].contains(entity.kind) && !entity.isPlural
        case .plural:
            return entity.isPlural || [.organization, .government, .media].contains(entity.kind)
        }
    }
}
