import ClaimKit
import Foundation
import TOMLKit

/// The settings in `$XDG_CONFIG_HOME/crosscheck/config.toml`:
///
///     theme = "light"        # the theme to start with; t changes it and saves it here
///     reviewer = "ana"       # the name marks are recorded under (--as wins)
///     cache-size = "500M"    # the most the parse cache keeps (default 256M)
///
///     [bind]                 # tig-style: a key, and the action it does
///     "C-n" = "next-claim"
///     "x" = "none"           # the key does nothing
///
/// Actions are named as in the action table, in dashes (`next-claim`,
/// `mark-verified`, `half-page-down`); `crosscheck --help` and `?` list them.
/// A setting that is wrong is left out and reported; the others still apply.
public struct ReaderConfig: Equatable, Sendable {
    public var theme: String?
    public var reviewer: String?
    public var bindings: [KeyBinding]
    /// The most bytes of analyses the parse cache keeps; nil for the default.
    public var cacheSize: Int?
    /// What was wrong with the file, each with its line.
    public var problems: [ConfigError]

    /// The parse cache's bound when the config sets none.
    public static let defaultCacheSize = 256 << 20

    public init(theme: String? = nil, reviewer: String? = nil, bindings: [KeyBinding] = [], problems: [ConfigError] = []) {
        self.theme = theme
        self.reviewer = reviewer
        self.bindings = bindings
        self.problems = problems
    }

    /// Where the config file is: `$XDG_CONFIG_HOME/crosscheck/config.toml`,
    /// else `~/.config/crosscheck/config.toml`.
    public static func standardPath(environment: [String: String]) -> String {
        let base: String
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            base = config
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = home + "/.config"
        }
        return base + "/crosscheck/config.toml"
    }

    /// The config at `path`; an empty one when there is no file, and one
    /// with only its problem when the file cannot be read or parsed.
    public static func load(path: String) -> ReaderConfig {
        guard FileManager.default.fileExists(atPath: path) else { return ReaderConfig() }
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            return ReaderConfig(problems: [ConfigError(path: path, line: 1, reason: "cannot read the file as UTF-8 text")])
        }
        return parse(source, path: path)
    }

    public static func parse(_ source: String, path: String) -> ReaderConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            return ReaderConfig(problems: [ConfigError(path: path, line: error.source.begin.line, reason: error.description)])
        } catch {
            return ReaderConfig(problems: [ConfigError(path: path, line: 1, reason: "\(error)")])
        }
        let lines = TOMLLines(source)
        func fail(_ key: String, in tablePath: [String] = [], _ reason: String) -> ConfigError {
            ConfigError(path: path, line: lines.line(ofTable: tablePath, key: key), reason: reason)
        }
        var config = ReaderConfig()
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "theme", "reviewer":
                guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    config.problems.append(fail(key, "\(key) must be a name in quotes"))
                    continue
                }
                if key == "theme" { config.theme = text } else { config.reviewer = text }
            case "cache-size":
                guard let size = value.string.flatMap(ByteSize.parse) ?? value.int.flatMap({ $0 > 0 ? $0 : nil }) else {
                    config.problems.append(fail(key, "cache-size must be a size such as \"500M\" or \"2G\""))
                    continue
                }
                config.cacheSize = size
            case "bind":
                guard let binds = value.table else {
                    config.problems.append(fail(key, "bind must be a table: [bind] then \"key\" = \"action\""))
                    continue
                }
                for name in binds.keys.sorted() {
                    guard let key = Key(name: name) else {
                        config.problems.append(
                            fail(name, in: ["bind"], "unknown key '\(Sanitizer.line(name))' (a character, C-x, Enter, Space, PgDn, Down, …)"))
                        continue
                    }
                    let actionName = binds[name]?.string ?? ""
                    if actionName == "none" {
                        config.bindings.append(KeyBinding(key: key, action: nil))
                    } else if let action = Action(name: actionName) {
                        config.bindings.append(KeyBinding(key: key, action: action))
                    } else {
                        config.problems.append(
                            fail(name, in: ["bind"], "unknown action '\(Sanitizer.line(actionName))'\(Self.nearestAction(to: actionName))"))
                    }
                }
            default:
                config.problems.append(fail(key, "unknown setting '\(Sanitizer.line(key))' (known: theme, reviewer, cache-size, [bind])"))
            }
        }
        config.problems.sort { $0.line < $1.line }
        return config
    }

    /// " (did you mean next-claim?)" for a near miss.
    private static func nearestAction(to name: String) -> String {
        let lowered = name.lowercased()
        let near = Action.allCases.map(\.name).first { $0.hasPrefix(lowered) || lowered.hasPrefix($0) || $0.replacingOccurrences(of: "-", with: "") == lowered.replacingOccurrences(of: "-", with: "") }
        return near.map { " (did you mean \($0)?)" } ?? " (the ? screen's actions, in dashes: next-claim, mark-verified, …)"
    }
}
