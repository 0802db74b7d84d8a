import ClaimKit

/// How a claim row lays out its columns.
enum ClaimRowFormat {
    /// Source names wider than this are shortened in claim rows (the card shows them whole).
    static let widestSourceColumn = 32
    /// Columns of a claim's words the side pane asks room for.
    static let textAtAGlance = 50
    /// Fewer columns than this left for the words, and the source column goes.
    static let narrowestText = 20
}

/// One item of a list pane: its pieces, whether it is highlighted, and
/// how far its wrapped lines are indented (under its words, past the marks).
struct ListRow {
    var parts: [(String, Role)]
    var selected: Bool
    var indent: Int
}

/// The rows of the claims, sources and denials panes, and where each item
/// sits when the highlighted one is wrapped to show its whole text.
extension ReaderState {
    func itemCount(of pane: Pane) -> Int {
        switch pane {
        case .article: 0
        case .claims: document.listedClaims.count
        case .sources: document.analysis.sources.count
        case .denials: document.denialRows.count
        }
    }

    func listTop(of pane: Pane) -> Int {
        switch pane {
        case .article: 0
        case .claims: document.claimsTop
        case .sources: document.sourcesTop
        case .denials: document.denialsTop
        }
    }

    /// The position of the highlighted item in a pane's list: the selected
    /// claim always, a source or denial while its pane has the focus.
    func highlightedItem(of pane: Pane) -> Int? {
        switch pane {
        case .article: nil
        case .claims: document.selectedClaim.flatMap { document.listedClaims.firstIndex(of: $0) }
        case .sources: focus == .sources && !document.analysis.sources.isEmpty ? document.selectedSource : nil
        case .denials: focus == .denials && !document.denialRows.isEmpty ? document.selectedDenial : nil
        }
    }

    func row(of pane: Pane, item: Int, width: Int) -> ListRow {
        switch pane {
        case .article, .claims: claimRow(document.listedClaims[item], width: width)
        case .sources: sourceRow(item)
        case .denials: denialRow(item)
        }
    }

    /// The lines an item takes: the highlighted one wrapped (leaving a
    /// row for its neighbours), any other one line.
    func lines(of pane: Pane, item: Int, rows: Rect) -> [[StyledText.Piece]] {
        let row = row(of: pane, item: item, width: rows.width - 1)
        let text = StyledText(row.parts, asciiOnly: asciiOnly)
        guard row.selected else { return [text.pieces] }
        let lines = text.wrapped(width: rows.width - 1, indent: row.indent)
        return Array(lines.prefix(max(1, rows.height - 1)))
    }

    /// How many rows the highlighted item of a pane takes.
    func highlightedHeight(of pane: Pane) -> Int {
        guard let item = highlightedItem(of: pane) else { return 1 }
        return max(1, lines(of: pane, item: item, rows: screen.listRows(of: pane)).count)
    }

    /// The item drawn on row `row` of a pane's list, if any.
    func item(of pane: Pane, atRow row: Int) -> Int? {
        let highlighted = highlightedItem(of: pane)
        let height = highlightedHeight(of: pane)
        var y = 0
        var item = listTop(of: pane)
        while item < itemCount(of: pane) {
            let rows = item == highlighted ? height : 1
            if row < y + rows { return item }
            y += rows
            item += 1
        }
        return nil
    }

    /// A claim's row: its mark, a sign when a denial disputes it, its id,
    /// who says it (in a column, shortened to fit) and its words.
    private func claimRow(_ index: Int, width: Int) -> ListRow {
        let claim = document.analysis.claims[index]
        let status = document.status(of: index)
        let disputed = document.disputedBy[index] != nil
        let idWidth = document.analysis.claims.last.map { TerminalWidth.of($0.id) } ?? 2
        let id = claim.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
        var parts: [(String, Role)] = [
            (symbols.mark(status), status.role), (disputed ? symbols.disputed : " ", .denial), (id + " ", .paneTitle),
        ]
        // Wrapped lines start under the source column, which only the first line needs.
        let indent = 3 + idWidth
        var used = indent
        let longest = document.claimSourceWidth
        let column = min(longest, width < 50 ? width / 4 : width / 3, ClaimRowFormat.widestSourceColumn)
        if column >= 4 && width - used - column - 1 >= ClaimRowFormat.narrowestText {
            let sources = claim.sourceIDs.compactMap { document.analysis.source(id: $0) }
            let name = sources.count == 1 ? shortName(sources[0], room: column) : clipped(
                sources.map { Sanitizer.line($0.name) }.joined(separator: ", "), room: column)
            let padding = String(repeating: " ", count: max(0, column - TerminalWidth.of(name)))
            parts.append((name + padding + " ", .source))
            used += column + 1
        }
        parts.append((Sanitizer.line(claim.text), claim.denialID == nil ? .text : .denial))
        return ListRow(parts: parts, selected: document.selectedClaim == index, indent: indent)
    }

    /// A source's name, or when the whole one is too long the shortest
    /// other name the article gives it from the same words ("Kowalczyk"
    /// for "Marta Kowalczyk"), a person's surname, or the name cut short.
    func shortName(_ source: Source, room: Int) -> String {
        let name = Sanitizer.line(source.name)
        if TerminalWidth.of(name) <= room { return name }
        let words = Set(name.lowercased().split(separator: " "))
        var shorter = source.aliases.map(Sanitizer.line).filter { alias in
            alias.lowercased().split(separator: " ").allSatisfy { words.contains($0) }
        }
        if source.kind == .person, let surname = name.split(separator: " ").last { shorter.append(String(surname)) }
        let fitting = shorter.filter { TerminalWidth.of($0) <= room }
        return fitting.min { TerminalWidth.of($0) < TerminalWidth.of($1) } ?? clipped(name, room: room)
    }

    func clipped(_ text: String, room: Int) -> String {
        guard TerminalWidth.of(text) > room else { return text }
        var kept = ""
        var used = TerminalWidth.of(symbols.ellipsis)
        for character in text {
            let width = TerminalWidth.of(String(character))
            guard used + width <= room else { break }
            kept.append(character)
            used += width
        }
        return kept + symbols.ellipsis
    }

    private func sourceRow(_ index: Int) -> ListRow {
        let source = document.analysis.sources[index]
        let count = document.claimCount(ofSource: index)
        let filtered = document.sourceFilter == index ? "\(symbols.arrow) " : ""
        return ListRow(
            parts: [
                ("\(filtered)\(Sanitizer.line(source.name))", .source),
                ("\(symbols.separator)\(source.kind.rawValue)\(symbols.separator)\(count) claim\(count == 1 ? "" : "s")", .text),
            ],
            selected: highlightedItem(of: .sources) == index, indent: 2)
    }

    /// A denial's row (its id, who denies, its words), or, under it, a
    /// row for each claim it disputes.
    private func denialRow(_ index: Int) -> ListRow {
        let row = document.denialRows[index]
        let selected = highlightedItem(of: .denials) == index
        let analysis = document.analysis
        if let claimIndex = row.disputed {
            let claim = analysis.claims[claimIndex]
            let status = document.status(of: claimIndex)
            let lead = "  \(symbols.arrow) "
            return ListRow(
                parts: [
                    (lead, .paneBorder), (symbols.mark(status) + " ", status.role), (claim.id + " ", .paneTitle),
                    (Sanitizer.line(claim.text), .text),
                ],
                selected: selected, indent: TerminalWidth.of(lead) + 2 + TerminalWidth.of(claim.id) + 1)
        }
        let denial = analysis.denials[row.denial]
        var parts: [(String, Role)] = [(denial.id + " ", .paneTitle)]
        if let who = denial.sourceID.flatMap({ analysis.source(id: $0)?.name }) {
            parts.append((Sanitizer.line(who) + ": ", .source))
        }
        parts.append((Sanitizer.line(denial.text), .denial))
        return ListRow(parts: parts, selected: selected, indent: TerminalWidth.of(denial.id) + 1)
    }
}
