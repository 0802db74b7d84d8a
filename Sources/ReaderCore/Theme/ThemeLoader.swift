import ClaimKit
import Foundation
import TOMLKit

/// Reads theme files:
///
///     name = "dark"
///     [text]
///     fg = "#d0d0d0"
///     bg = "default"
///     [claim.verified]
///     fg = "green"
///     attributes = ["bold"]
///
/// Every role SPEC names is a table (`pane.border` is `[pane.border]`);
/// `claim.*` roles left out inherit from `claim`, the others from `text`.
public enum ThemeLoader {
    static let styleKeys: Set<String> = ["fg", "bg", "attributes"]

    public static func load(path: String) throws -> Theme {
        let source: String
        do {
            source = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ThemeError(path: path, line: 1, reason: "cannot read the file as UTF-8 text")
        }
        let fallbackName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(source, path: path, fallbackName: fallbackName)
    }

    public static func parse(_ source: String, path: String, fallbackName: String) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ThemeError(path: path, line: error.source.begin.line, reason: error.description)
        }
        let lines = TOMLLines(source)
        try checkKeys(of: table, at: [], lines: lines, path: path)
        var name = fallbackName
        if let value = table["name"] {
            guard let text = value.string, !text.isEmpty else {
                throw ThemeError(path: path, line: lines.line(ofTable: [], key: "name"), reason: "name must be a string")
            }
            name = text
        }
        var styles: [Role: ThemeStyle] = [:]
        let text = try style(at: ["text"], in: table, inheriting: ThemeStyle(), lines: lines, path: path)
        styles[.text] = text
        let claim = try style(at: ["claim"], in: table, inheriting: text, lines: lines, path: path)
        for role in Role.allCases where role != .text {
            let components = role.rawValue.split(separator: ".").map(String.init)
            let parent = components.first == "claim" && components.count > 1 ? claim : text
            styles[role] = try style(at: components, in: table, inheriting: parent, lines: lines, path: path)
        }
        return Theme(name: Sanitizer.line(name), path: path, styles: styles)
    }

    /// Rejects keys that are neither roles nor style fields, so a typo
    /// such as `[claim.verifed]` is reported instead of silently ignored.
    private static func checkKeys(of table: TOMLTable, at path: [String], lines: TOMLLines, path filePath: String) throws {
        let children = Set(
            Role.allCases.compactMap { role -> String? in
                let components = role.rawValue.split(separator: ".").map(String.init)
                guard components.count > path.count, Array(components.prefix(path.count)) == path else { return nil }
                return components[path.count]
            })
        let allowed = path.isEmpty ? children.union(["name", "description"]) : children.union(styleKeys)
        for key in table.keys where !allowed.contains(key) {
            let what = path.isEmpty ? "unknown role" : "unknown key in [\(path.joined(separator: "."))]"
            throw ThemeError(
                path: filePath, line: lines.line(ofTable: path, key: key), reason: "\(what) '\(Sanitizer.line(key))'")
        }
        for key in children {
            guard let value = table[key] else { continue }
            guard let child = value.table else {
                throw ThemeError(
                    path: filePath, line: lines.line(ofTable: path, key: key),
                    reason: "'\((path + [key]).joined(separator: "."))' must be a table of fg, bg and attributes")
            }
            try checkKeys(of: child, at: path + [key], lines: lines, path: filePath)
        }
    }

    private static func style(
        at components: [String], in root: TOMLTable, inheriting parent: ThemeStyle, lines: TOMLLines, path: String
    ) throws -> ThemeStyle {
        var table: TOMLTable? = root
        for component in components { table = table?[component]?.table }
        guard let table else { return parent }
        var style = parent
        func fail(_ key: String, _ reason: String) -> ThemeError {
            ThemeError(path: path, line: lines.line(ofTable: components, key: key), reason: reason)
        }
        let role = components.joined(separator: ".")
        if let value = table["fg"] { style.foreground = try color(value, role: role, key: "fg", fail: fail) }
        if let value = table["bg"] { style.background = try color(value, role: role, key: "bg", fail: fail) }
        if let value = table["attributes"] {
            let names: [String]
            if let single = value.string {
                names = [single]
            } else if let array = value.array {
                names = try array.map {
                    guard let name = $0.string else { throw fail("attributes", "\(role): attributes must be names") }
                    return name
                }
            } else {
                throw fail("attributes", "\(role): attributes must be a list such as [\"bold\", \"underline\"]")
            }
            var attributes: TextAttributes = []
            for name in names {
                guard let attribute = TextAttributes.named.first(where: { $0.name == name.lowercased() }) else {
                    let known = TextAttributes.named.map(\.name).joined(separator: ", ")
                    throw fail("attributes", "\(role): unknown attribute '\(Sanitizer.line(name))' (known: \(known))")
                }
                attributes.insert(attribute.attribute)
            }
            style.attributes = attributes
        }
        return style
    }

    private static func color(
        _ value: TOMLValueConvertible, role: String, key: String, fail: (String, String) -> ThemeError
    ) throws -> ThemeColor {
        if let index = value.int {
            guard let color = ThemeColor(index: index) else { throw fail(key, "\(role).\(key): \(index) is not 0–255") }
            return color
        }
        guard let name = value.string else {
            throw fail(key, "\(role).\(key): a colour is a name, a number 0–255 or \"#rrggbb\"")
        }
        guard let color = ThemeColor(name: name) else {
            throw fail(key, "\(role).\(key): unknown colour '\(Sanitizer.line(name))' (a name, 0–255 or #rrggbb)")
        }
        return color
    }
}
