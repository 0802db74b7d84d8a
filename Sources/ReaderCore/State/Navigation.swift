import ClaimKit

/// Moving around: scrolling, selecting claims, sources and denials, and
/// keeping what is selected on screen.
extension ReaderState {
    func pageSize(of pane: Pane) -> Int {
        let rows = pane == .article ? screen.articleText.height : screen.listRows(of: pane).height
        return max(1, rows - 1)
    }

    /// j/k, pages, g/G: scroll the article, or move the selection of a list.
    mutating func move(by step: Int) {
        switch focus {
        case .article:
            scrollArticle(by: step)
        case .claims:
            let listed = document.listedClaims
            guard !listed.isEmpty else { return }
            let position = document.selectedClaim.flatMap { listed.firstIndex(of: $0) } ?? -1
            select(claim: listed[clamped(position + step, count: listed.count)])
        case .sources:
            guard !document.analysis.sources.isEmpty else { return }
            document.selectedSource = clamped(document.selectedSource + step, count: document.analysis.sources.count)
            keepListSelectionsVisible()
        case .denials:
            guard !document.denialRows.isEmpty else { return }
            selectDenialRow(clamped(document.selectedDenial + step, count: document.denialRows.count))
        }
    }

    /// Selects a row of the denials pane; the article shows the denial, or
    /// the disputed claim of a row under it.
    mutating func selectDenialRow(_ position: Int) {
        document.selectedDenial = position
        let row = document.denialRows[position]
        if let claim = row.disputed ?? document.claimOfDenial[row.denial] {
            if !document.listedClaims.contains(claim) { document.setFilter(nil) }
            select(claim: claim)
        } else {
            reveal(range: document.analysis.denials[row.denial].range)
            keepListSelectionsVisible()
        }
    }

    mutating func scrollArticle(by step: Int) {
        let rows = screen.articleText.height
        let limit = max(0, layout.lines.count - rows)
        let top = document.articleTop
        document.articleTop = step > 0 ? min(limit, top + min(step, limit)) : max(0, top + max(step, -top))
    }

    private func clamped(_ value: Int, count: Int) -> Int {
        max(0, min(count - 1, value))
    }

    /// n/N: the next or previous claim in the claims pane's list, wrapping
    /// around at the ends as ] and [ do.
    mutating func stepClaim(by step: Int) {
        let listed = document.listedClaims
        showClaimsPane()
        guard !listed.isEmpty else {
            say(document.sourceFilter == nil ? "the parser found no claims in this article" : "this source has no claims")
            return
        }
        guard let selected = document.selectedClaim, let position = listed.firstIndex(of: selected) else {
            select(claim: step > 0 ? listed[0] : listed[listed.count - 1])
            return
        }
        let target = position + step
        guard listed.indices.contains(target) else {
            guard listed.count > 1 else {
                say("this is the only claim")
                return
            }
            select(claim: step > 0 ? listed[0] : listed[listed.count - 1])
            say(step > 0 ? "wrapped to the first claim" : "wrapped to the last claim")
            return
        }
        select(claim: listed[target])
    }

    /// Walking claims shows the claims pane: the tab comes to the front,
    /// and a focused sources or denials pane hands the focus to it.
    mutating func showClaimsPane() {
        sideTab = .claims
        if focus != .article { focus = .claims }
    }

    /// ]/[: the next or previous claim nobody has marked yet, wrapping around.
    mutating func stepUnverified(forward: Bool) {
        let listed = document.listedClaims
        showClaimsPane()
        let position = document.selectedClaim.flatMap { listed.firstIndex(of: $0) } ?? (forward ? -1 : listed.count)
        let count = listed.count
        guard count > 0 else {
            say("no claims to check")
            return
        }
        for distance in 1...count {
            let index = forward ? position + distance : position - distance
            let wrapped = (index % count + count) % count
            guard document.status(of: listed[wrapped]) == .unverified else { continue }
            if wrapped == position { break }
            if forward ? index >= count : index < 0 {
                say(forward ? "wrapped to the first unverified claim" : "wrapped to the last unverified claim")
            }
            select(claim: listed[wrapped])
            return
        }
        say("no other claim is unverified")
    }

    /// Selects a claim: the claims pane and the article both show it.
    mutating func select(claim index: Int) {
        document.selectedClaim = index
        reveal(claim: index)
        keepListSelectionsVisible()
    }

    /// Scrolls the article so the claim is in view, a third of the way
    /// down when it has to move, so the sentences before it show too.
    mutating func reveal(claim index: Int) {
        let range = document.analysis.claims[index].range
        reveal(range: range)
    }

    mutating func reveal(range: TextRange) {
        guard let first = layout.line(containing: range.start) else { return }
        let last = layout.line(containing: max(range.start, range.end - 1)) ?? first
        let rows = max(1, screen.articleText.height)
        let top = document.articleTop
        if first >= top && last < top + rows { return }
        let lead = last - first + 1 >= rows ? 0 : min(rows / 3, rows - (last - first + 1))
        document.articleTop = max(0, first - lead)
        clampScrolling()
    }

    /// Scrolls each list so its selected row is in view, all of it when
    /// it is wrapped over several lines.
    mutating func keepListSelectionsVisible() {
        if let selected = document.selectedClaim, let row = document.listedClaims.firstIndex(of: selected) {
            document.claimsTop = visibleTop(document.claimsTop, row: row, rows: visibleRows(of: .claims))
        }
        document.sourcesTop = visibleTop(document.sourcesTop, row: document.selectedSource, rows: visibleRows(of: .sources))
        document.denialsTop = visibleTop(document.denialsTop, row: document.selectedDenial, rows: visibleRows(of: .denials))
    }

    /// Rows of a list from its top through its highlighted item, when the
    /// items before it take one row each.
    private func visibleRows(of pane: Pane) -> Int {
        screen.listRows(of: pane).height - (highlightedHeight(of: pane) - 1)
    }

    private func visibleTop(_ top: Int, row: Int, rows: Int) -> Int {
        guard rows > 0 else { return 0 }
        if row < top { return row }
        if row >= top + rows { return row - rows + 1 }
        return top
    }

    /// Enter: on a source, list only its claims (again: all claims); on a
    /// denial, go to the claim it disputes; on a claim, read it in the article.
    mutating func open() {
        switch focus {
        case .article:
            if let claim = document.selectedClaim { reveal(claim: claim) }
        case .claims:
            guard let claim = document.selectedClaim else { return }
            reveal(claim: claim)
            focus = .article
            say("\(document.analysis.claims[claim].id) in the article; j and k scroll it, Tab goes back to the claims")
        case .sources:
            let sources = document.analysis.sources
            guard sources.indices.contains(document.selectedSource) else { return }
            if document.sourceFilter == document.selectedSource {
                document.setFilter(nil)
                say("showing every claim again")
                return
            }
            document.setFilter(document.selectedSource)
            let name = Sanitizer.line(sources[document.selectedSource].name)
            say("claims from \(name): \(document.listedClaims.count); Esc or q shows all")
            focus = .claims
            sideTab = .claims
            if let first = document.listedClaims.first { select(claim: first) }
        case .denials:
            openDenial()
        }
    }

    /// Enter on a denial opens the first claim it disputes; on a row under
    /// it, that claim.
    private mutating func openDenial() {
        let analysis = document.analysis
        guard document.denialRows.indices.contains(document.selectedDenial) else { return }
        let row = document.denialRows[document.selectedDenial]
        let denial = analysis.denials[row.denial]
        guard let target = row.disputed ?? document.denialRows.first(where: { $0.denial == row.denial && $0.disputed != nil })?.disputed
        else {
            say("\(denial.id) disputes no claim the parser could link")
            return
        }
        if !document.listedClaims.contains(target) { document.setFilter(nil) }
        focus = .claims
        sideTab = .claims
        select(claim: target)
        say("\(denial.id) disputes \(analysis.claims[target].id); Shift-Tab goes back to the denials")
    }
}
