import Testing

@testable import ClaimKit

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    private func sentences(_ body: String) -> [String] {
        let article = PlainTextIngest(lexicon: sharedParser.lexicon).article(from: "Headline\n\n" + body, path: nil)
        let (_, sentences) = SentenceSplitter(lexicon: sharedParser.lexicon).split(article)
        return sentences.filter { article.blocks[$0.block].kind != .title }.map { article.substring($0.range) }
    }

    @Test("abbreviations and titles do not end sentences")
    func abbreviations() {
        #expect(
            sentences("Gen. Ward met Mr. Olsen on Jan. 5 at No. 10 Downing Street. They talked.") == [
                "Gen. Ward met Mr. Olsen on Jan. 5 at No. 10 Downing Street.", "They talked.",
            ])
    }

    @Test("initials and dotted acronyms stay inside a sentence")
    func initials() {
        #expect(
            sentences("J. K. Rowling and U.S. President Ann Cole spoke. The talks ended.") == [
                "J. K. Rowling and U.S. President Ann Cole spoke.", "The talks ended.",
            ])
    }

    @Test("a dotted acronym ends a sentence when a new one plainly starts")
    func acronymAtEnd() {
        #expect(sentences("The plant is the oldest in the U.S. The owners plan to sell it.") == [
            "The plant is the oldest in the U.S.", "The owners plan to sell it.",
        ])
    }

    @Test("decimals and version numbers are not stops")
    func numbers() {
        #expect(sentences("Prices rose 2.5% after version 3.1.4 shipped. Sales fell.") == [
            "Prices rose 2.5% after version 3.1.4 shipped.", "Sales fell.",
        ])
    }

    @Test("a closing quote after the period belongs to the sentence it closes")
    func closingQuote() {
        #expect(sentences("\u{201C}We are ready.\u{201D} The minister left.") == [
            "\u{201C}We are ready.\u{201D}", "The minister left.",
        ])
        #expect(sentences("\"Why now?\" he asked. Nobody answered.") == ["\"Why now?\" he asked.", "Nobody answered."])
    }

    @Test("an ellipsis ends a sentence only before a capital")
    func ellipsis() {
        #expect(sentences("He paused... and went on. Then... Silence fell.") == [
            "He paused... and went on.", "Then...", "Silence fell.",
        ])
    }

    @Test("a headline without a full stop is one sentence")
    func headline() {
        let article = PlainTextIngest(lexicon: sharedParser.lexicon).article(
            from: "Mayor says budget is balanced. Council disagrees\n\nBody text.", path: nil)
        let (_, sentences) = SentenceSplitter(lexicon: sharedParser.lexicon).split(article)
        #expect(article.substring(sentences[0].range) == "Mayor says budget is balanced. Council disagrees")
    }
}
