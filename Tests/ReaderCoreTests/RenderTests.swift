import ClaimKit
import Foundation
import Testing

@testable import ReaderCore

@Suite("Drawing the screen")
struct RenderTests {
    @Test("a wide screen shows the title, the article and three stacked panes with counts")
    func wideLayout() {
        let reader = Fixtures.reader()
        let frame = reader.render()
        #expect(frame.line(0).contains("Harbour authority says new crane fleet"))
        #expect(frame.row(containing: "Claims 7") != nil)
        #expect(frame.row(containing: "Sources 5") != nil)
        #expect(frame.row(containing: "Denials 1") != nil)
        let rows = ["Claims 7", "Sources 5", "Denials 1"].compactMap { frame.row(containing: $0) }
        #expect(rows == rows.sorted() && Set(rows).count == 3, "stacked top to bottom")
        #expect(frame.row(containing: "The Port of Elsmere will double") != nil)
        #expect(frame.line(39).contains("claim 1/7"))
        #expect(frame.row(containing: "From the harbour authority (government)") ?? 0 > reader.screen.card.y)
        #expect(frame.roles(of: "Background", in: reader.screen.articleText) == [.heading])
        #expect(frame[0, 0].role == .title)
        #expect(frame[0, 39].role == .status)
    }

    @Test("the article pane's header shows the byline, date, site and language a page gave, and nothing when it gave none")
    func metadataHeader() {
        var analysis = Fixtures.harbour()
        analysis.article.metadata = ArticleMetadata(
            byline: "Mira Castell", published: "2024-03-04T09:00:00Z", site: "Harbour Herald", language: "en")
        let frame = Fixtures.reader([analysis]).render()
        let header = frame.line(1)
        #expect(header.contains("Article · by Mira Castell · 2024-03-04 · Harbour Herald · en"), "\(header)")
        let plain = Fixtures.reader().render().line(1)
        #expect(plain.contains("Article") && !plain.contains("by ") && !plain.contains("Harbour Herald"))
    }

    @Test("source mentions, cue words, hedges and denials each have their role")
    func highlightRoles() {
        let reader = Fixtures.reader()
        let frame = reader.render()
        #expect(frame.roles(of: "Ana Ruiz,", in: reader.screen.articleText) .contains(.source))
        #expect(frame.roles(of: "reportedly", in: reader.screen.articleText) == [.hedge])
        #expect(frame.roles(of: "allegedly", in: reader.screen.articleText) == [.hedge])
        #expect(frame.roles(of: "denied", in: reader.screen.articleText) == [.cue])
        #expect(frame.roles(of: "that it had asked", in: reader.screen.articleText) == [.denial])
    }

    @Test("a bullet wraps under its first word and keeps its marker")
    func bulletsHang() {
        let reader = Fixtures.reader(width: 60, height: 40)
        let frame = reader.render()
        guard let (markerColumn, row) = frame.find("- The port handled", in: reader.screen.articleText) else {
            Issue.record("the bullet is not drawn")
            return
        }
        let next = frame.line(row + 1)
        let firstLetter = next.firstIndex { $0 != " " }.map { next.distance(from: next.startIndex, to: $0) }
        #expect(firstLetter == markerColumn + 2)
    }

    @Test("below 100 columns the side panes become tabs, and Tab switches them")
    func narrowTabs() {
        var reader = Fixtures.reader(width: 80, height: 24)
        var frame = reader.render()
        guard let tabRow = frame.row(containing: "Claims 7") else {
            Issue.record("no claims tab")
            return
        }
        #expect(frame.line(tabRow).contains("Sources 5"))
        #expect(frame.line(tabRow).contains("Denials 1"))
        #expect(frame.find("The Port of Elsmere", in: reader.screen.claims) != nil)
        reader.press(.tab)
        reader.press(.tab)
        frame = reader.render()
        #expect(frame.row(containing: "Norvale · organization") != nil)
        #expect(frame.find("The Port of Elsmere", in: reader.screen.claims) == nil)
    }

    @Test("at 60 columns every tab still shows, with short names")
    func veryNarrowTabs() {
        let frame = Fixtures.reader(width: 60, height: 20).render()
        guard let tabRow = frame.row(containing: "Claims 7") else {
            Issue.record("no claims tab")
            return
        }
        #expect(frame.line(tabRow).contains("[Claims 7]"))
        #expect(frame.line(tabRow).contains("Src 5"))
        #expect(frame.line(tabRow).contains("Den 1"))
    }

    @Test("a terminal too small says so, down to one cell and none", arguments: [(39, 24), (120, 9), (10, 3), (1, 1), (0, 0)])
    func tooSmall(width: Int, height: Int) {
        var reader = Fixtures.reader(width: width, height: height)
        let frame = reader.render()
        #expect(frame.width == width && frame.height == height)
        if width >= 10 { #expect(frame.text.contains("Terminal")) }
        if width >= 39 { #expect(frame.text.contains("too small")) }
        reader.handle(.resize(width: 120, height: 40))
        #expect(reader.render().row(containing: "Claims 7") != nil)
    }

    @Test("resizing redraws for the new size and keeps the selection in view")
    func resize() {
        var reader = Fixtures.reader([Fixtures.long()], width: 120, height: 40)
        for _ in 0..<10 { reader.press("n") }
        reader.handle(.resize(width: 60, height: 20))
        let frame = reader.render()
        #expect(frame.width == 60 && frame.height == 20)
        #expect(frame.find("Paragraph 55:", in: reader.screen.articleText) != nil, "\(frame.text)")
        #expect(frame.line(19).contains("claim 11/16"))
    }

    @Test("wide characters, emoji and combining marks keep the columns right")
    func wideCharacters() {
        var builder = AnalysisBuilder(
            title: "港口扩建 will double capacity 🚢",
            blocks: [
                (.paragraph, "東京の記者は「港は拡大する」と述べた。Cafe\u{301} owners said the 🚢 ships 🚢 arrive daily."),
                (.paragraph, "한국어 문장도 들어 있습니다 and e\u{301}\u{302} marks stay on their letter."),
            ])
        let owners = builder.source("Cafe\u{301} owners", kind: .organization)
        builder.claim("the 🚢 ships 🚢 arrive daily", by: [owners], cue: "said")
        var reader = ReaderState(analyses: [builder.build()], store: InMemoryMarkBook(), width: 100, height: 24)
        for width in [100, 61, 47] {
            reader.handle(.resize(width: width, height: 24))
            let frame = reader.render()
            let separator = reader.screen.separatorX
            for y in 2..<(reader.screen.body.y + reader.screen.body.height) {
                #expect(frame[separator, y].text == "│", "row \(y) at width \(width): \(frame.line(y))")
                var columns = 0
                for x in 0..<frame.width where !frame[x, y].isContinuation {
                    columns += TerminalWidth.of(frame[x, y].text)
                }
                #expect(columns == frame.width, "row \(y) takes \(columns) columns at width \(width)")
            }
            // Every continuation cell follows a wide character.
            for y in 0..<frame.height {
                for x in 0..<frame.width where frame[x, y].isContinuation {
                    #expect(x > 0 && TerminalWidth.of(frame[x - 1, y].text) == 2)
                }
            }
        }
        let frame = reader.render()
        #expect(frame.text.contains("Cafe\u{301}"))
        #expect(frame.text.contains("e\u{301}\u{302}"))
    }

    @Test("? shows help generated from the action table, every action listed")
    func help() {
        var reader = Fixtures.reader(width: 120, height: 40)
        reader.press("?")
        let frame = reader.render()
        // Long lines wrap: read the screen as one run of words.
        let words = frame.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for binding in ActionTable.bindings {
            #expect(words.contains(binding.help), "help lacks \(binding.action)")
            #expect(frame.text.contains(binding.keyLabels), "help lacks the keys of \(binding.action)")
        }
        reader.press("q")
        #expect(reader.overlay == nil)
        #expect(reader.render().row(containing: "Claims 7") != nil)
    }

    @Test("help scrolls on a short screen")
    func helpScrolls() {
        var reader = Fixtures.reader(width: 100, height: 12)
        reader.press("?")
        let last = ActionTable.bindings.last!.help
        #expect(!reader.render().text.contains(last))
        reader.press("G")
        #expect(reader.render().text.contains(last))
    }

    @Test("every action has keys, and no key does two things")
    func actionTable() {
        #expect(Set(ActionTable.bindings.map(\.action)) == Set(Action.allCases))
        let keys = ActionTable.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        for binding in ActionTable.bindings {
            for key in binding.keys { #expect(Keymap.standard.action(for: key) == binding.action) }
        }
        #expect(ActionTable.markdownTable.contains("| `v` | mark the selected claim verified |"))
    }

    @Test("t cycles the themes and names the new one")
    func themes() {
        let light = Theme(name: "light", styles: [:])
        var reader = ReaderState(
            analyses: [Fixtures.harbour()], store: InMemoryMarkBook(), width: 120, height: 40, themes: [.builtIn, light])
        reader.press("t")
        #expect(reader.theme.name == "light")
        #expect(reader.render().line(39).contains("theme: light"))
        reader.press("t")
        #expect(reader.theme.name == "built-in")
    }

    @Test("a terminal without UTF-8 gets ASCII lines, marks and letters")
    func asciiFallback() {
        var reader = ReaderState(
            analyses: [Fixtures.harbour()], store: InMemoryMarkBook(), width: 120, height: 40, asciiOnly: true)
        reader.press("v")
        let frame = reader.render()
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                #expect(frame[x, y].text.unicodeScalars.allSatisfy { $0.value < 0x7F }, "row \(y): \(frame.line(y))")
            }
        }
        #expect(frame.row(containing: "v c1") != nil)
    }
}

@Suite("The README")
struct ReadmeTests {
    @Test("the README's key table is the action table")
    func keyTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        #expect(text.contains(ActionTable.markdownTable), "expected in README.md:\n\(ActionTable.markdownTable)")
    }
}
