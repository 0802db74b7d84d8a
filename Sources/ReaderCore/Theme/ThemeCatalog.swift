import ClaimKit
import Foundation

/// A folder themes are looked up in, and why it is on the list.
public struct ThemeFolder: Hashable, Sendable {
    public enum Origin: String, Sendable {
        case user
        case installed
        case sourceTree = "source tree"
    }

    public var path: String
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }
}

/// One theme file found, usable or not.
public struct ThemeEntry: Sendable {
    public var path: String
    public var folder: ThemeFolder
    public var result: Result<Theme, ThemeError>
    /// A theme of the same name found earlier (a user theme overrides a shipped one).
    public var shadowedBy: String?
}

/// Every theme that can be found, in lookup order: the user's folder,
/// then the shipped `Themes/` beside an installed binary, then the
/// package's source tree (for `swift run` and `swift test`).
public struct ThemeCatalog: Sendable {
    public static let defaultName = "dark"

    public let folders: [ThemeFolder]
    public let entries: [ThemeEntry]

    public init(folders: [ThemeFolder]) {
        self.folders = folders
        var entries: [ThemeEntry] = []
        var seen: [String: String] = [:]
        for folder in folders {
            for path in Self.themeFiles(in: folder.path) {
                var entry = ThemeEntry(
                    path: path, folder: folder,
                    result: Result { try ThemeLoader.load(path: path) }.mapError { $0 as? ThemeError ?? ThemeError(path: path, line: 1, reason: "\($0)") })
                if case .success(let theme) = entry.result {
                    if let earlier = seen[theme.name] {
                        entry.shadowedBy = earlier
                    } else {
                        seen[theme.name] = path
                    }
                }
                entries.append(entry)
            }
        }
        self.entries = entries
    }

    /// The usable themes, the default first, each name once.
    public var themes: [Theme] {
        let usable = entries.compactMap { entry -> Theme? in
            guard entry.shadowedBy == nil, case .success(let theme) = entry.result else { return nil }
            return theme
        }
        let first = usable.filter { $0.name == Self.defaultName }
        let rest = usable.filter { $0.name != Self.defaultName }.sorted { $0.name < $1.name }
        return first + rest
    }

    /// Problems with theme files, one line each.
    public var errors: [ThemeError] {
        entries.compactMap { entry in
            if case .failure(let error) = entry.result { return error }
            return nil
        }
    }

    /// The folders to search, given the environment and where the
    /// running executable is.
    public static func standardFolders(environment: [String: String], executablePath: String?) -> [ThemeFolder] {
        var folders: [ThemeFolder] = []
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            folders.append(ThemeFolder(path: config + "/crosscheck/themes", origin: .user))
        } else if let home = environment["HOME"], !home.isEmpty {
            folders.append(ThemeFolder(path: home + "/.config/crosscheck/themes", origin: .user))
        }
        if let executablePath {
            let binFolder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            folders.append(ThemeFolder(path: binFolder.appendingPathComponent("Themes").path, origin: .installed))
            folders.append(
                ThemeFolder(
                    path: binFolder.deletingLastPathComponent().appendingPathComponent("share/crosscheck/themes").path,
                    origin: .installed))
        }
        folders.append(ThemeFolder(path: sourceTreeThemes, origin: .sourceTree))
        return folders
    }

    /// `Themes/` at the top of the package this library was built from.
    static var sourceTreeThemes: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Theme
            .deletingLastPathComponent()  // ReaderCore
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()
            .appendingPathComponent("Themes").path
    }

    private static func themeFiles(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { folder + "/" + $0 }
    }
}

extension ThemeCatalog {
    /// The themes `t` cycles through, the one asked for first, and what to
    /// tell the reader about theme files that could not be used. A name
    /// that is missing or whose file is broken starts with the built-in theme.
    public func lineup(startingWith name: String) -> (themes: [Theme], problem: String?) {
        let usable = themes
        let broken = errors
        if name == Theme.builtIn.name { return ([.builtIn] + usable, broken.first.map { "theme skipped: \($0.brief)" }) }
        if let index = usable.firstIndex(where: { $0.name == name }) {
            var ordered = Array(usable[index...] + usable[..<index])
            ordered.append(.builtIn)
            return (ordered, broken.first.map { "theme skipped: \($0.brief)" })
        }
        let problem: String
        if let error = broken.first(where: { URL(fileURLWithPath: $0.path).deletingPathExtension().lastPathComponent == name }) {
            problem = "built-in theme in use: \(error.brief)"
        } else {
            problem = "built-in theme in use: no theme named '\(Sanitizer.line(name))' ('crosscheck themes' lists them)"
        }
        return ([.builtIn] + usable, problem)
    }
}
