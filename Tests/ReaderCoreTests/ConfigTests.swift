import Foundation
import Testing

@testable import ReaderCore

@Suite("The config file and key bindings")
struct ConfigTests {
    @Test("theme, reviewer and tig-style bindings are read; a key bound to none does nothing")
    func reads() {
        let config = ReaderConfig.parse(
            """
            # mine
            theme = "light"
            reviewer = "ana"

            [bind]
            "C-n" = "next-claim"
            "<C-p>" = "previous-claim"
            "x" = "none"
            "Down" = "next-unverified"
            """, path: "/home/ana/.config/crosscheck/config.toml")
        #expect(config.problems.isEmpty)
        #expect(config.theme == "light")
        #expect(config.reviewer == "ana")
        #expect(Set(config.bindings) == [
            KeyBinding(key: .control("n"), action: .nextClaim), KeyBinding(key: .control("p"), action: .previousClaim),
            KeyBinding(key: .character("x"), action: nil), KeyBinding(key: .down, action: .nextUnverified),
        ])
    }

    @Test("what is wrong is named with its line, and the rest still applies")
    func problems() {
        let config = ReaderConfig.parse(
            """
            theme = "light"
            colour = "red"
            [bind]
            "C-n" = "nextclaim"
            "Hyper-q" = "quit"
            "j" = "line-up"
            """, path: "/tmp/config.toml")
        #expect(config.theme == "light")
        #expect(config.bindings == [KeyBinding(key: .character("j"), action: .lineUp)])
        #expect(config.problems.map(\.brief) == [
            "config.toml, line 2: unknown setting 'colour' (known: theme, reviewer, cache-size, [bind])",
            "config.toml, line 4: unknown action 'nextclaim' (did you mean next-claim?)",
            "config.toml, line 5: unknown key 'Hyper-q' (a character, C-x, Enter, Space, PgDn, Down, …)",
        ])
        let broken = ReaderConfig.parse("theme = \"light\nreviewer = ana\n", path: "/tmp/config.toml")
        #expect(broken.problems.count == 1)
        #expect(broken.problems.first?.line == 1)
    }

    @Test("bindings change what keys do and what ? lists")
    func bindings() {
        let keymap = Keymap(overrides: [
            KeyBinding(key: .control("n"), action: .nextClaim), KeyBinding(key: .character("x"), action: nil),
        ])
        var reader = ReaderState(
            analyses: [Fixtures.harbour()], store: InMemoryMarkBook(), width: 120, height: 40, keymap: keymap)
        reader.press(.control("n"))
        #expect(reader.selectedClaim?.id == "c2")
        reader.press("x")
        #expect(reader.document.status(of: 1) == .unverified)
        #expect(reader.render().line(39).contains("x does nothing here"))
        reader.press("?")
        let help = reader.render().text
        #expect(help.contains("n Ctrl-N"))
        #expect(!help.contains("  x "), "x is listed under no action")
    }

    @Test("t saves the theme in the config file, keeping everything else as written")
    func themeIsKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("crosscheck/config.toml").path
        let settings = ConfigFileSettings(path: path)
        let themes = [Theme.builtIn, Theme(name: "light", styles: [:]), Theme(name: "mono", styles: [:])]
        var reader = ReaderState(
            analyses: [Fixtures.harbour()], store: InMemoryMarkBook(), width: 240, height: 40, themes: themes,
            settings: settings)
        reader.press("t")
        #expect(reader.render().line(39).contains("theme: light (kept in \(path))"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "theme = \"light\"\n")

        try "# my settings\nreviewer = \"ana\"\ntheme = \"light\"\n\n[bind]\n\"C-n\" = \"next-claim\"\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        reader.press("t")
        #expect(
            try String(contentsOfFile: path, encoding: .utf8)
                == "# my settings\nreviewer = \"ana\"\ntheme = \"mono\"\n\n[bind]\n\"C-n\" = \"next-claim\"\n")
        #expect(ReaderConfig.load(path: path).theme == "mono")
    }

    @Test("a theme that cannot be kept still changes, and the status line says why it was not kept")
    func themeNotKept() throws {
        let settings = ConfigFileSettings(path: "/proc/crosscheck-cannot-write-here/config.toml")
        var reader = ReaderState(
            analyses: [Fixtures.harbour()], store: InMemoryMarkBook(), width: 120, height: 40,
            themes: [.builtIn, Theme(name: "light", styles: [:])], settings: settings)
        reader.press("t")
        #expect(reader.theme.name == "light")
        #expect(reader.render().line(39).contains("theme: light (not kept for next time:"))
    }

    @Test("every action has a name a config file can bind, and every key label reads back as its key")
    func names() {
        for action in Action.allCases { #expect(Action(name: action.name) == action) }
        for binding in ActionTable.bindings {
            for key in binding.keys { #expect(Key(name: key.label) == key, "\(key.label)") }
        }
        #expect(Key(name: "C-d") == .control("d"))
        #expect(Key(name: "^F") == .control("f"))
        #expect(Key(name: "Space") == .character(" "))
        #expect(Action(name: "half-page-down") == .halfPageDown)
    }
}

@Suite("Paging keys")
struct PagingKeyTests {
    @Test("Ctrl-D and Ctrl-U move half a page, Ctrl-F and Ctrl-B a page, in the article and in lists")
    func pages() {
        var reader = Fixtures.reader([Fixtures.long()], width: 120, height: 30)
        let rows = reader.screen.articleText.height
        reader.press(.control("d"))
        #expect(reader.document.articleTop == (rows - 1) / 2)
        reader.press(.control("u"))
        #expect(reader.document.articleTop == 0)
        reader.press(.control("f"))
        #expect(reader.document.articleTop == rows - 1)
        reader.press(.control("b"))
        #expect(reader.document.articleTop == 0)

        reader.press(.tab)  // the claims list
        reader.press(.control("d"))
        let half = max(1, (reader.screen.listRows(of: .claims).height - 1) / 2)
        #expect(reader.selectedClaim?.id == "c\(1 + half)")
        reader.press(.control("u"))
        #expect(reader.selectedClaim?.id == "c1")
    }
}
