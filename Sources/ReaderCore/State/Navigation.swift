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
            guard !document.analysis.denials.isEmpty else { return }
            document.selectedDenial = clamped(document.selectedDenial + step, count: document.analysis.denials.count)
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

    /// n/N: the next or previous claim in the claims pane's list.
    mutating func stepClaim(by step: Int) {
        let listed = document.listedClaims
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
            say(step > 0 ? "this is the last claim" : "this is the first claim")
            return
        }
        select(claim: listed[target])
    }

    /// ]/[: the next or previous claim nobody has marked yet, wrapping around.
    mutating func stepUnverified(forward: Bool) {
        let listed = document.listedClaims
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

    /// Scrolls each list so its selected row is in view.
    mutating func keepListSelectionsVisible() {
        if let selected = document.selectedClaim, let row = document.listedClaims.firstIndex(of: selected) {
            document.claimsTop = visibleTop(document.claimsTop, row: row, rows: screen.listRows(of: .claims).height)
        }
        document.sourcesTop = visibleTop(
            document.sourcesTop, row: document.selectedSource, rows: screen.listRows(of: .sources).height)
        document.denialsTop = visibleTop(
            document.denialsTop, row: document.selectedDenial, rows: screen.listRows(of: .denials).height)
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

    private mutating func openDenial() {
        let analysis = document.analysis
        guard analysis.denials.indices.contains(document.selectedDenial) else { return }
        let denial = analysis.denials[document.selectedDenial]
        guard let disputedID = denial.disputes.first,
            let target = analysis.claims.firstIndex(where: { $0.id == disputedID })
        else {
            say("\(denial.id) disputes no claim the parser could link")
            return
        }
        if !document.listedClaims.contains(target) { document.setFilter(nil) }
        focus = .claims
        sideTab = .claims
        select(claim: target)
        say("\(denial.id) disputes \(disputedID)")
    }
}
