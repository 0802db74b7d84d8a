import ArgumentParser
import ClaimKit
import Foundation
import ReaderCore

/// `crosscheck themes`: every theme found, where, and what is wrong with
/// the ones that cannot be used.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the colour themes and where each was found.",
        discussion: """
            Themes are looked up in $XDG_CONFIG_HOME/crosscheck/themes (or ~/.config/crosscheck/themes), \
            then beside the installed binary (Themes/ or ../share/crosscheck/themes), then in the \
            package's source tree. A theme of the same name found earlier wins.

            Example:
              crosscheck themes
            """
    )

    func run() throws {
        let catalog = ThemeCatalog(
            folders: ThemeCatalog.standardFolders(
                environment: ProcessInfo.processInfo.environment, executablePath: Bundle.main.executablePath))
        var lines = ["Folders searched, in order:"]
        for folder in catalog.folders {
            let exists = FileManager.default.fileExists(atPath: folder.path)
            lines.append("  \(Sanitizer.line(folder.path))  (\(folder.origin.rawValue)\(exists ? "" : ", not there"))")
        }
        lines.append("Themes:")
        let width = max(10, catalog.entries.map { name(of: $0).count }.max() ?? 0)
        for entry in catalog.entries {
            let name = name(of: entry).padding(toLength: width, withPad: " ", startingAt: 0)
            var line = "  \(name)  \(Sanitizer.line(entry.path))"
            switch entry.result {
            case .failure(let error):
                line += "  BROKEN: line \(error.line): \(error.reason)"
            case .success(let theme):
                if theme.name == ThemeCatalog.defaultName && entry.shadowedBy == nil { line += "  (default)" }
                if let earlier = entry.shadowedBy { line += "  (overridden by \(Sanitizer.line(earlier)))" }
            }
            lines.append(line)
        }
        lines.append("  \("built-in".padding(toLength: width, withPad: " ", startingAt: 0))  (compiled in; used when none is found)")
        try StandardOutput.line(lines.joined(separator: "\n"))
    }

    private func name(of entry: ThemeEntry) -> String {
        switch entry.result {
        case .success(let theme): Sanitizer.line(theme.name)
        case .failure: URL(fileURLWithPath: entry.path).deletingPathExtension().lastPathComponent
        }
    }
}
