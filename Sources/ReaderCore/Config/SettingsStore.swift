import Foundation

/// Where the reader keeps what it remembers between runs. `t` saves the
/// theme it picks through this.
public protocol SettingsStore: AnyObject {
    /// Records the theme to start with next time; returns where it was kept.
    func saveTheme(_ name: String) throws -> String
}

/// The config file: the `theme = …` line is replaced (or added at the
/// top), everything else — other settings, bindings, comments — is kept
/// as written, and the file is replaced in one step.
public final class ConfigFileSettings: SettingsStore {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func saveTheme(_ name: String) throws -> String {
        let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let updated = Self.settingTheme(name, in: source)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(updated.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }

    /// The config text with its top-level theme set to `name`.
    static func settingTheme(_ name: String, in source: String) -> String {
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let setting = "theme = \"\(escaped)\""
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            // Settings after the first table header belong to that table.
            if text.hasPrefix("[") { break }
            let key = text.split(separator: "=", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces)
            if key == "theme" || key == "\"theme\"" {
                lines[index] = setting
                return lines.joined(separator: "\n")
            }
        }
        if source.isEmpty { return setting + "\n" }
        return setting + "\n" + source
    }
}
