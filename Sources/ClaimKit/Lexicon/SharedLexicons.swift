import Foundation

/// ClaimKit's word lists that other libraries read as they are, so that a
/// country or a given name is known one way across the project: claim
/// matching compares "United States", "U.S." and "America" as one name,
/// and leaves a given name out of "Ted Cruz" as the parser knows it.
public enum SharedLexicons {
    /// Each country of `places.txt`: its name first, then its demonyms and
    /// other names. Capitals are left out: "Washington" is as often a
    /// person, a state or a newspaper as the country.
    public static func countryNames() throws -> [[String]] {
        try LexiconFiles.lines("places.txt", in: LexiconFiles.directory()).compactMap { line in
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let name = fields.first, !name.isEmpty else { return nil }
            let others = [1, 3].filter { $0 < fields.count }.flatMap { fields[$0].split(separator: ",") }
            return [name] + others.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// The given names of `first-names.txt`.
    public static func givenNames() throws -> [String] {
        try LexiconFiles.lines("first-names.txt", in: LexiconFiles.directory()).compactMap { line in
            line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }
}
