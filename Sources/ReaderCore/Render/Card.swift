import ClaimKit
import Foundation

/// The card across the bottom: everything about the selected claim (or,
/// while their panes have the focus, the selected source or denial), each
/// part word-wrapped to the screen's width.
extension ReaderState {
    func drawCard(into frame: inout Frame) {
        let rect = screen.card
        guard rect.height > 0 else { return }
        let width = rect.width - 2
        let (title, parts) = cardContent()
        drawTitleRow(title, in: rect, focused: false, into: &frame)
        let rows = rect.belowTitle
        // A part's lines after its first are indented, so parts stand
        // apart; the first part (a claim's or denial's words, which the
        // list above also shows whole) gives up lines so the others fit.
        var wrapped = parts.enumerated().map { number, part in
            part.wrapped(width: width, indent: number == 0 ? 0 : 2).enumerated().map {
                (pieces: $0.element, indent: number == 0 || $0.offset == 0 ? 0 : 2)
            }
        }
        let others = wrapped.dropFirst().reduce(0) { $0 + $1.count }
        if let first = wrapped.first, first.count + others > rows.height {
            let kept = max(1, rows.height - others)
            if kept < first.count {
                var cut = Array(first.prefix(kept))
                cut[kept - 1].pieces += Glyph.split(symbols.ellipsis).map { StyledText.Piece(glyph: $0, role: .text) }
                if TerminalWidth.of(cut[kept - 1].pieces.map(\.glyph.text).joined()) > width {
                    cut[kept - 1].pieces.removeLast(2)
                    cut[kept - 1].pieces += Glyph.split(symbols.ellipsis).map { StyledText.Piece(glyph: $0, role: .text) }
                }
                wrapped[0] = cut
            }
        }
        let lines = wrapped.flatMap { $0 }
        for (row, line) in lines.prefix(rows.height).enumerated() {
            frame.put(line.pieces, x: rows.x + 1 + line.indent, y: rows.y + row, limit: rows.x + rows.width)
        }
        if lines.count > rows.height, rows.height > 0 {
            let more = " \(symbols.ellipsis) \(lines.count - rows.height + 1) more lines "
            let x = rows.x + rows.width - TerminalWidth.of(more)
            let y = rows.y + rows.height - 1
            frame.fill(x: x, y: y, width: TerminalWidth.of(more), height: 1, with: Cell(text: " ", role: .text))
            frame.put(more, x: x, y: y, role: .paneTitle, extra: [.dim], asciiOnly: asciiOnly)
        }
    }

    /// The card's title and its parts, for what is selected.
    func cardContent() -> (title: String, parts: [StyledText]) {
        switch focus {
        case .sources where document.analysis.sources.indices.contains(document.selectedSource):
            return sourceCard(document.selectedSource)
        case .denials where document.denialRows.indices.contains(document.selectedDenial):
            return denialCard(document.denialRows[document.selectedDenial])
        default:
            guard let index = document.selectedClaim else {
                let none = document.analysis.claims.isEmpty ? "the parser found no claims in this article" : "no claim is selected; n selects the next one"
                return ("Card", [part([(none, .text)])])
            }
            return claimCard(index)
        }
    }

    private func part(_ pieces: [(String, Role)]) -> StyledText {
        StyledText(pieces, asciiOnly: asciiOnly)
    }

    /// The claim's words, who says it with which words, the denials that
    /// dispute it, its mark and the mark's history.
    private func claimCard(_ index: Int) -> (String, [StyledText]) {
        let analysis = document.analysis
        let claim = analysis.claims[index]
        let denials = (document.disputedBy[index] ?? []).map { analysis.denials[$0] }
        var title = "Claim \(claim.id)\(symbols.separator)\(index + 1) of \(analysis.claims.count)"
        if !denials.isEmpty {
            title += "\(symbols.separator)\(symbols.disputed) disputed by \(denials.map(\.id).joined(separator: ", "))"
        }
        var parts = [part([(Sanitizer.line(claim.text), claim.denialID == nil ? .text : .denial)])]

        var origin: [(String, Role)] = []
        let sources = claim.sourceIDs.compactMap { analysis.source(id: $0) }
        if sources.isEmpty {
            origin.append(("No named source", .text))
        } else {
            origin.append(("From ", .text))
            for (number, source) in sources.enumerated() {
                if number > 0 { origin.append(("; ", .text)) }
                origin.append((Sanitizer.line(source.name), .source))
                origin.append((" (\(([source.kind.rawValue] + roles(of: source)).joined(separator: ", ")))", .text))
            }
        }
        if let cue = claim.cue { origin += [("\(symbols.separator)cue ", .text), ("“\(Sanitizer.line(cue))”", .cue)] }
        if !claim.hedges.isEmpty {
            origin += [("\(symbols.separator)hedged: ", .text), (claim.hedges.map(Sanitizer.line).joined(separator: ", "), .hedge)]
        }
        if claim.quoted { origin.append(("\(symbols.separator)quoted", .text)) }
        if let denialID = claim.denialID { origin.append(("\(symbols.separator)this is denial \(denialID)", .denial)) }
        parts.append(part(origin))
        parts += corroborationParts(claim: index).map(part)

        for denial in denials {
            var line: [(String, Role)] = [("\(symbols.disputed) Disputed by \(denial.id) ", .denial)]
            if let who = denial.sourceID.flatMap({ analysis.source(id: $0) }) {
                line.append((Sanitizer.line(who.name), .source))
            }
            line += [(" (“\(Sanitizer.line(denial.cue))”): ", .text), (Sanitizer.line(denial.text), .denial)]
            parts.append(part(line))
        }

        let status = document.status(of: index)
        if let mark = document.mark(of: index) {
            var line: [(String, Role)] = [("Marked ", .text), (status.rawValue, status.role)]
            if let author = mark.author { line.append((" by \(Sanitizer.line(author))", .text)) }
            if let date = mark.date { line.append((", \(Self.cardDate(date))", .text)) }
            if mark.isStale { line.append((" (before the claim's words changed)", .text)) }
            if let note = mark.note { line += [("\(symbols.separator)note: ", .text), (Sanitizer.line(note), .text)] }
            parts.append(part(line))
        } else {
            parts.append(part([("Unverified: not marked yet (v d x mark it, a adds a note)", .text)]))
        }
        if let history = cardHistory, history.claim == claim.fingerprint, history.entries.count > 1 {
            parts.append(historyPart(history.entries))
        }
        return (title, parts)
    }

    /// "History: 2026-11-27 13:50 ana disputed · 13:53 ben verified", the
    /// latest last, each day written once.
    private func historyPart(_ entries: [ClaimMark]) -> StyledText {
        let shown = entries.suffix(6)
        var line: [(String, Role)] = [("History: ", .text)]
        if entries.count > shown.count { line.append(("\(entries.count - shown.count) earlier\(symbols.separator)", .text)) }
        var day: Substring?
        for (number, entry) in shown.enumerated() {
            if number > 0 { line.append((symbols.separator, .text)) }
            var when = entry.date.map(Self.cardDate)
            if let full = when {
                let today = full.prefix(10)
                if today == day { when = String(full.dropFirst(11)) }
                day = today
            }
            var who = [when, entry.author.map(Sanitizer.line)].compactMap { $0 }.joined(separator: " ")
            if !who.isEmpty { who += " " }
            line += [(who, .text), (entry.status.rawValue, entry.status.role)]
            if let note = entry.note { line.append((" (\(Sanitizer.line(note)))", .text)) }
        }
        return part(line)
    }

    /// The other names an article gives a source that say what it is
    /// ("the army's spokeswoman"), rather than shorter forms of its name.
    private func roles(of source: Source) -> [String] {
        let words = Set(source.name.lowercased().split(separator: " "))
        return source.aliases.filter { alias in
            !alias.lowercased().split(separator: " ").contains { words.contains($0) }
        }.map(Sanitizer.line)
    }

    private func sourceCard(_ index: Int) -> (String, [StyledText]) {
        let analysis = document.analysis
        let source = analysis.sources[index]
        let claims = analysis.claims.filter { $0.sourceIDs.contains(source.id) }
        let mentions = source.mentions.count
        var parts = [
            part([
                (Sanitizer.line(source.name), .source),
                ("\(symbols.separator)\(source.kind.rawValue)\(symbols.separator)\(claims.count) claim\(claims.count == 1 ? "" : "s")"
                    + "\(symbols.separator)mentioned \(mentions) time\(mentions == 1 ? "" : "s")", .text),
            ])
        ]
        if !source.aliases.isEmpty {
            parts.append(part([("Also named: ", .text), (source.aliases.map(Sanitizer.line).joined(separator: "; "), .source)]))
        }
        if !claims.isEmpty {
            parts.append(part([("Claims: ", .text), (claims.map(\.id).joined(separator: " "), .paneTitle)]))
            let action = document.sourceFilter == index ? "lists every claim again" : "lists only its claims"
            parts.append(part([("Enter \(action)", .text)]))
        }
        return ("Source \(source.id)\(symbols.separator)\(index + 1) of \(analysis.sources.count)", parts)
    }

    /// The denial's words and who says them, then every claim it disputes.
    private func denialCard(_ row: DenialRow) -> (String, [StyledText]) {
        let analysis = document.analysis
        let denial = analysis.denials[row.denial]
        var first: [(String, Role)] = []
        if let who = denial.sourceID.flatMap({ analysis.source(id: $0) }) {
            first.append((Sanitizer.line(who.name), .source))
            first.append((" (“\(Sanitizer.line(denial.cue))”): ", .text))
        }
        first.append((Sanitizer.line(denial.text), .denial))
        var parts = [part(first)]
        let disputed = document.denialRows.filter { $0.denial == row.denial }.compactMap(\.disputed)
        if disputed.isEmpty {
            parts.append(part([("Disputes no claim the parser could link", .text)]))
        }
        for claimIndex in disputed {
            let claim = analysis.claims[claimIndex]
            let status = document.status(of: claimIndex)
            let here = claimIndex == row.disputed
            parts.append(
                part([
                    ("\(here ? symbols.arrow : " ") Disputes ", .text), (symbols.mark(status) + " ", status.role),
                    (claim.id + " ", .paneTitle), (Sanitizer.line(claim.text), .text),
                ]))
        }
        let title = "Denial \(denial.id)\(symbols.separator)\(row.denial + 1) of \(analysis.denials.count): Enter opens the claim"
        return (title, parts)
    }

    /// Marks are dated in the reader's local time, to the minute.
    static func cardDate(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0)
    }
}
