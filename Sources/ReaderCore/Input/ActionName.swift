/// Actions as a config file names them: `next-claim` for `nextClaim`.
extension Action {
    public var name: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase {
                name += "-" + character.lowercased()
            } else {
                name.append(character)
            }
        }
    }

    public init?(name: String) {
        guard let action = Action.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = action
    }
}
