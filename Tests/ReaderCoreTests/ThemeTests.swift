import Foundation
import Testing

@testable import ReaderCore

@Suite("Theme files")
struct ThemeTests {
    static let shipped = ThemeCatalog.sourceTreeThemes

    @Test("the shipped themes parse and give every role a style", arguments: ["dark", "light", "high-contrast", "mono"])
    func shippedThemes(name: String) throws {
        let path = "\(Self.shipped)/\(name).toml"
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let theme = try ThemeLoader.load(path: path)
        #expect(theme.name == name)
        for role in Role.allCases {
            // Every role is written out in the file, not left to inherit.
            #expect(source.contains("[\(role.rawValue)]"), "\(name).toml has no [\(role.rawValue)]")
            #expect(theme.styles[role] != nil)
        }
        #expect(theme.usesColour == (name != "mono"))
    }

    @Test("the selection stands apart from the text in every shipped theme")
    func selectionStandsOut() throws {
        for theme in ThemeCatalog(folders: [ThemeFolder(path: Self.shipped, origin: .sourceTree)]).themes {
            #expect(theme.style(for: .selection) != theme.style(for: .text), "\(theme.name)")
            let statuses = ClaimStatus.allCases.map { theme.style(for: $0.role) }
            #expect(Set(statuses).count == statuses.count, "\(theme.name) shows two statuses alike")
        }
    }

    @Test("colours are names, numbers 0–255 or #rrggbb")
    func colours() throws {
        let theme = try ThemeLoader.parse(
            """
            name = "sample"
            [text]
            fg = "bright-blue"
            bg = 236
            [claim]
            fg = "#ff8700"
            attributes = ["bold", "underline"]
            [pane.border]
            fg = "default"
            """, path: "sample.toml", fallbackName: "sample")
        #expect(theme.style(for: .text).foreground == .indexed(12))
        #expect(theme.style(for: .text).background == .indexed(236))
        #expect(theme.style(for: .claim).foreground == .rgb(red: 255, green: 135, blue: 0))
        #expect(theme.style(for: .claim).attributes == [.bold, .underline])
        // claim.verified is left out: it inherits from claim; the others from text.
        #expect(theme.style(for: .claimVerified) == theme.style(for: .claim))
        #expect(theme.style(for: .source) == theme.style(for: .text))
        #expect(theme.style(for: .paneBorder).foreground == .terminalDefault)
    }

    @Test("#rrggbb becomes the nearest palette colour on a terminal without direct colour")
    func nearestColour() {
        let orange = ThemeColor.rgb(red: 255, green: 135, blue: 0)
        #expect(orange.terminalColor(available: 256) == 208)
        #expect(orange.terminalColor(available: 0x100_0000) == 0xFF8700)
        #expect(ThemeColor.rgb(red: 0, green: 0, blue: 0).terminalColor(available: 256) == 0)
        #expect(ThemeColor.rgb(red: 250, green: 0, blue: 0).terminalColor(available: 16) == 9)
        #expect(ThemeColor.rgb(red: 200, green: 0, blue: 0).terminalColor(available: 8) == 1)
        #expect(ThemeColor.indexed(208).terminalColor(available: 8) == 3)
        #expect(ThemeColor.terminalDefault.terminalColor(available: 256) == -1)
    }

    @Test("a broken theme is reported with its file and line", arguments: [
        ("name = \"x\"\n[claim]\nfg = \"purpulish\"\n", 3, "unknown colour 'purpulish'"),
        ("name = \"x\"\n\n[claim.verifed]\nfg = \"red\"\n", 3, "unknown key in [claim] 'verifed'"),
        ("name = \"x\"\n[text]\nfg = 300\n", 3, "300 is not 0–255"),
        ("name = \"x\"\n[text]\nattributes = [\"blink\"]\n", 3, "unknown attribute 'blink'"),
        ("name = \"x\"\n[text]\nfg = \"red\"\nfg = \"blue\"\n", 4, "redefine"),
        ("[textt]\nfg = \"red\"\n", 1, "unknown role 'textt'"),
        ("name = \"x\"\n[text\n", 2, "expected"),
    ])
    func brokenThemes(source: String, line: Int, reason: String) {
        #expect {
            try ThemeLoader.parse(source, path: "/themes/broken.toml", fallbackName: "broken")
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.path == "/themes/broken.toml" && error.line == line && error.reason.contains(reason)
                && error.description.hasPrefix("theme /themes/broken.toml, line \(line): ")
        }
    }

    @Test("a user theme overrides a shipped one of the same name; a broken one starts the built-in theme")
    func catalogOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("name = \"light\"\n[text]\nfg = \"black\"\n".utf8).write(to: folder.appendingPathComponent("mine.toml"))
        try Data("name = \"sepia\"\n[text]\nfg = \"nope\"\n".utf8).write(to: folder.appendingPathComponent("sepia.toml"))
        let catalog = ThemeCatalog(folders: [
            ThemeFolder(path: folder.path, origin: .user), ThemeFolder(path: Self.shipped, origin: .sourceTree),
        ])
        let names = catalog.themes.map(\.name)
        #expect(names.first == "dark")
        #expect(names.filter { $0 == "light" }.count == 1)
        #expect(catalog.themes.first { $0.name == "light" }?.path?.hasPrefix(folder.path) == true)
        #expect(catalog.errors.map(\.line) == [3])

        let dark = catalog.lineup(startingWith: "dark")
        #expect(dark.themes.first?.name == "dark")
        #expect(dark.themes.last?.name == "built-in")
        #expect(dark.problem?.contains("sepia.toml, line 3") == true)

        let broken = catalog.lineup(startingWith: "sepia")
        #expect(broken.themes.first == .builtIn)
        #expect(broken.problem?.hasPrefix("built-in theme in use: sepia.toml, line 3: ") == true)
        #expect(catalog.lineup(startingWith: "missing").themes.first == .builtIn)
    }
}
