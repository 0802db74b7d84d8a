import ArgumentParser

/// `crosscheck --help`: what the command does without a subcommand comes
/// first (opening articles in the reader, with the reader's arguments and
/// options), then the subcommands. Built from the two commands' own help,
/// so the option texts are written once.
enum RootHelp {
    /// Whether the command line asks for the top-level help.
    static func isRequested(by arguments: [String]) -> Bool {
        arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"]
    }

    /// Words in lines of at most `width` columns.
    private static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] += " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func text(columns: Int? = nil) -> String {
        let read = Read.helpMessage(columns: columns)
        let root = Crosscheck.helpMessage(columns: columns)
        // Read's usage names it alone ("read [<paths> ...] ..."); without a
        // subcommand it is plain `crosscheck`.
        let readUsage = read.split(separator: "\n").first { $0.hasPrefix("USAGE:") } ?? ""
        let usage = "USAGE: crosscheck " + readUsage.split(separator: " ").dropFirst(2).joined(separator: " ")
        let readDetails = read.range(of: "ARGUMENTS:").map { String(read[$0.lowerBound...]) } ?? ""
        let subcommands = root.range(of: "SUBCOMMANDS:").map { String(root[$0.lowerBound...]) } ?? ""
        return """
            OVERVIEW: \(wrapped(Crosscheck.configuration.abstract, width: (columns ?? 80) - 10))

            \(usage)
                   crosscheck <subcommand> ...

            Without a subcommand, crosscheck opens the articles in a full-screen reader
            (press ? inside it for every key); paths that cannot be read are listed and
            the rest open. Settings live in $XDG_CONFIG_HOME/crosscheck/config.toml.

            \(readDetails.trimmingCharacters(in: .newlines))

            EXAMPLES:
              crosscheck harwick.txt https://example.org/story.html
              crosscheck ~/news --theme light --as ana
              crosscheck mark harwick.txt c3 verified --note "union minutes"

            \(subcommands.trimmingCharacters(in: .newlines))

            """
    }
}
