import Foundation

/// The command a mistyped word was probably meant to be: `crosscheck marx`
/// reads `marx` as an article to open, and when there is no such file the
/// user most likely meant `marks`.
enum CommandSuggestion {
    /// Every subcommand's name, as typed, and `help`.
    static var commandNames: [String] {
        Crosscheck.configuration.subcommands.map { $0._commandName }.filter { $0 != Read._commandName } + ["help"]
    }

    /// The commands `word` may have meant, nearest first, when it reads as
    /// one (no path separator, no extension, not `-`, no such file): those
    /// at most two letters off, or starting with it.
    static func nearest(to word: String, among names: [String] = commandNames) -> [String] {
        let lowered = word.lowercased()
        guard !lowered.isEmpty, !lowered.contains("/"), !lowered.contains("."), !lowered.hasPrefix("-"),
            !FileManager.default.fileExists(atPath: word)
        else { return [] }
        let scored = names.map { ($0, distance(lowered, $0)) }.filter { $0.1 <= 2 || (lowered.count >= 3 && $0.0.hasPrefix(lowered)) }
        return scored.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// "did you mean 'crosscheck mark' or 'crosscheck marks'?"
    static func question(for names: [String]) -> String {
        let quoted = names.map { "'crosscheck \($0)'" }
        let listed = quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1] : quoted.joined()
        return "did you mean \(listed)?"
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &row)
        }
        return previous[b.count]
    }
}
