import Foundation

/// Articles written for the reader's benchmark and library tests: wire
/// reports with attributions, hedges and denials, so the parser finds
/// claims, sources and denials as in real copy. Each article's number
/// picks its town, topic, figures and sentence order, so a folder of
/// thousands holds no two alike.
public enum GeneratedLibrary {
    static let sentences = [
        "The regional council approved a budget of %d million for the new %@ on Tuesday, its chair said.",
        "According to the transport ministry, the %@ will serve %d residents a day once it opens.",
        "Residents of the eastern district reportedly fear the works will close shops for %d months.",
        "The contractor, Belgrave Works, denied that the %@ was %d weeks behind schedule.",
        "\"We have never missed a deadline on a public contract,\" said Irene Castell, the firm's director.",
        "Engineers allegedly warned in March that the %@ needed %d more piles.",
        "Opposition councillors said the cost had risen by %d percent since the plan was first approved.",
        "The mayor's office rejected the claim as misleading and said the figures included inflation.",
        "Local traders told reporters that deliveries had fallen by a third during the first phase.",
        "A spokesperson for the council said compensation of up to %d euros would be offered to each shop.",
        "The city's audit office is expected to publish its review of the %@ in the autumn.",
        "Officials familiar with the talks said a second contractor might be brought in to speed up work.",
        "Union representatives said %d workers had been moved to night shifts without notice.",
        "The environment agency found no breach of its rules at the site, a statement said.",
    ]
    static let towns = ["Harwick", "Lindmoor", "Elsmere", "Korvash", "Norvale", "Aldbury", "Castlemere", "Redford"]
    static let topics = ["tram line", "bridge", "hospital wing", "flood barrier", "rail depot", "school campus", "ring road"]
    static let verbs = ["approves", "delays", "questions", "defends", "reviews", "suspends"]

    /// The title of article `number`.
    public static func title(_ number: Int) -> String {
        let town = towns[number % towns.count]
        let topic = topics[(number / towns.count) % topics.count]
        let verb = verbs[(number / 7) % verbs.count]
        return "\(town) council \(verb) \(topic) plan (report \(number))"
    }

    /// Article `number` as a plain-text file: its title, a blank line, then
    /// paragraphs of four sentences, about `words` words in all.
    public static func article(_ number: Int, words target: Int) -> String {
        let topic = topics[(number / towns.count) % topics.count]
        var paragraphs: [String] = []
        var paragraph: [String] = []
        var words = 0
        var index = number % sentences.count
        while words < target {
            let figure = 10 + (index * 7 + number * 13) % 990
            let template = sentences[index % sentences.count]
            let sentence = template.replacingOccurrences(of: "%@", with: topic)
                .replacingOccurrences(of: "%d", with: String(figure))
            paragraph.append(sentence)
            words += sentence.split(separator: " ").count
            index += 1 + number % 3
            if paragraph.count == 4 {
                paragraphs.append(paragraph.joined(separator: " "))
                paragraph = []
            }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
        return title(number) + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// Writes `count` articles of about `words` words into `folder`, named
    /// so that path order is number order. Returns their paths.
    @discardableResult
    public static func write(count: Int, words: Int, into folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let digits = String(max(1, count - 1)).count
        return try (0..<count).map { number in
            let name = String(repeating: "0", count: digits - String(number).count) + "\(number).txt"
            let url = folder.appendingPathComponent(name)
            try Data(article(number, words: words).utf8).write(to: url)
            return url.path
        }
    }
}
