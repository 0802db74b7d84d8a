import ClaimKit
import Foundation
import Testing

@testable import ReaderCore

/// The screen at the sizes people use, from 80x24 up: panes that stay
/// readable, a tab bar whose shown tab is plain to see, and a side pane
/// that follows what is walked.
@Suite("Layouts from 80x24 to 240x70")
struct LayoutTests {
    static let sizes = [(80, 24), (100, 30), (160, 45), (240, 70)]

    /// A bundled sample article, as ClaimKit parses it.
    static func sample() throws -> Analysis {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/crosscheck/Samples/01-harwick-plant-closure.txt")
        let parser = try ClaimParser()
        return parser.parse(text: try String(contentsOf: path, encoding: .utf8), path: path.path)
    }

    @Test("every size has the title, article, side panes, card and status line in their places", arguments: sizes)
    func regions(width: Int, height: Int) throws {
        let reader = Fixtures.reader([try Self.sample()], width: width, height: height)
        let frame = reader.render()
        let screen = reader.screen
        #expect(frame.line(0).contains("Crosscheck"))
        #expect(frame.line(height - 1).contains("claim 1/"))
        #expect(screen.article.width >= 40 && screen.article.width <= 92, "article \(screen.article.width) wide")
        #expect(width - screen.separatorX - 1 >= 30, "side panes \(width - screen.separatorX - 1) wide")
        for y in screen.body.y..<(screen.body.y + screen.body.height) {
            #expect(frame[screen.separatorX, y].text == "│", "row \(y)")
        }
        #expect(frame.line(screen.card.y).contains("Claim c1"))
        #expect(screen.card.y + screen.card.height == height - 1)
        #expect(screen.isTabbed == (width < 100), "tabs only below 100 columns")
        if screen.isTabbed {
            #expect(frame.line(screen.claims.y).contains("[Claims"))
        } else {
            for title in ["Claims", "Sources", "Denials"] { #expect(frame.row(containing: "─ \(title) ") != nil || frame.row(containing: "[\(title) ") != nil) }
        }
    }

    @Test("the selected claim's row wraps to show its whole text", arguments: sizes)
    func selectedRowWhole(width: Int, height: Int) throws {
        var reader = Fixtures.reader([try Self.sample()], width: width, height: height)
        let claims = reader.document.analysis.claims
        let longest = try #require(claims.indices.max { claims[$0].text.count < claims[$1].text.count })
        for _ in 0..<longest { reader.press("n") }
        let frame = reader.render()
        let pane = reader.screen.listRows(of: .claims)
        let shown = (pane.y..<(pane.y + pane.height)).map { y in
            String(frame.line(y).dropFirst(pane.x)).trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
        let words = Sanitizer.line(claims[longest].text).split(separator: " ")
        var rest = shown[...]
        for word in words {
            guard let found = rest.range(of: word) else {
                Issue.record("“\(word)” of \(claims[longest].id) is not in the claims pane at \(width)x\(height):\n\(frame.text)")
                return
            }
            rest = rest[found.upperBound...]
        }
    }

    @Test("at 160 columns and more, source names in the sources pane and on the card are whole", arguments: [(160, 45), (240, 70)])
    func namesWhole(width: Int, height: Int) throws {
        let analysis = try Self.sample()
        var reader = Fixtures.reader([analysis], width: width, height: height)
        reader.press(.tab)
        reader.press(.tab)
        let frame = reader.render()
        let pane = reader.screen.listRows(of: .sources)
        for (index, source) in analysis.sources.enumerated() where index < pane.height {
            #expect(frame.find(source.name, in: pane) != nil, "\(source.name) at \(width)x\(height)")
        }
        #expect(frame.find(analysis.sources[0].name, in: reader.screen.card) != nil)
    }

    @Test("a name too long for the claims list's column gives way to a shorter one the article uses, or the surname")
    func shortNames() throws {
        var builder = AnalysisBuilder(
            title: "Names",
            blocks: [
                (.paragraph, "Marta Kowalczyk said the plant would close. Kowalczyk said it twice."),
                (.paragraph, "Daniel Ashworth said nothing had been decided."),
            ])
        let marta = builder.source("Marta Kowalczyk", kind: .person, aliases: ["Kowalczyk"])
        let daniel = builder.source("Daniel Ashworth", kind: .person)
        builder.claim("the plant would close", by: [marta], cue: "said")
        builder.claim("nothing had been decided", by: [daniel], cue: "said")
        let reader = Fixtures.reader([builder.build()], width: 90, height: 30)
        let frame = reader.render()
        let pane = reader.screen.listRows(of: .claims)
        #expect(frame.find("c1 Kowalczyk", in: pane) != nil, "\(frame.text)")
        #expect(frame.find("c2 Ashworth", in: pane) != nil)
    }

    @Test("the tab shown is in brackets, so it shows without colour or attributes")
    func tabShown() {
        var reader = Fixtures.reader(width: 80, height: 24)
        let row = reader.screen.claims.y
        #expect(reader.render().line(row).contains("[Claims 7]"))
        reader.press(.tab)
        reader.press(.tab)
        var line = reader.render().line(row)
        #expect(line.contains("[Sources 5]"))
        #expect(line.contains(" Claims 7 ") && !line.contains("[Claims"))
        reader.press(.tab)
        line = reader.render().line(row)
        #expect(line.contains("[Denials 1]"))
    }

    @Test("walking claims with n brings the claims tab to the front")
    func sidePaneFollows() {
        var reader = Fixtures.reader(width: 80, height: 24)
        reader.press(.backTab)  // the denials pane
        reader.press(.tab)  // back to the article; the denials tab stays in front
        #expect(reader.focus == .article)
        #expect(reader.sideTab == .denials)
        reader.press("n")
        #expect(reader.sideTab == .claims)
        #expect(reader.render().line(reader.screen.claims.y).contains("[Claims 7]"))

        reader.press(.backTab)
        #expect(reader.focus == .denials)
        reader.press("n")
        #expect(reader.focus == .claims, "n from the denials pane moves to the claims it walks")
        reader.press(.tab)
        reader.press("]")
        #expect(reader.sideTab == .claims)
    }

    @Test("the side panes take the width their rows need, the article the rest up to a readable line")
    func widthShares() {
        let short = Fixtures.reader(width: 240, height: 70)
        #expect(short.screen.article.width == 92, "article lines stay readable")
        let narrow = Fixtures.reader(width: 80, height: 24)
        #expect(narrow.screen.article.width == 44)
        #expect(narrow.screen.claims.width == 35)
    }
}
