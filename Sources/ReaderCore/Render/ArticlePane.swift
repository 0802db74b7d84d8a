import ClaimKit

/// The article pane: the wrapped text of the article with claims coloured
/// by status, the selected claim standing out, and source mentions,
/// denials, hedges, cue words and search matches in their own roles.
extension ReaderState {
    func drawArticle(into frame: inout Frame) {
        let pane = screen.article
        let lines = layout.lines
        let top = document.articleTop
        let text = screen.articleText
        let bottom = min(lines.count, top + text.height)
        drawTitleRow(
            "\(Pane.article.title)\(scrollPosition(top: top, rows: text.height))\(articleAbout())", in: pane,
            focused: focus == .article, into: &frame)
        guard top < bottom else { return }
        let low = lines[top].start
        let high = max(low, lines[top..<bottom].map(\.end).max() ?? low)
        let paint = highlightRoles(from: low, to: high)
        for row in 0..<(bottom - top) {
            let line = lines[top + row]
            let base: Role
            var baseExtra: TextAttributes = []
            switch line.kind {
            case .title: base = .title
            case .heading: base = .heading
            case .boilerplate:
                base = .text
                baseExtra = [.dim]
            default: base = .text
            }
            var x = text.x + line.indent
            let limit = text.x + text.width
            for glyph in layout.glyphs[line.glyphs] {
                guard x + glyph.width <= limit else { break }
                let slot = glyph.offset - low
                let inRange = slot >= 0 && slot < paint.roles.count
                let role = inRange ? (paint.roles[slot] ?? base) : base
                let extra = baseExtra.union(inRange ? paint.extras[slot] : [])
                frame[x, text.y + row] = Cell(text: glyph.text, role: role, extra: extra)
                if glyph.width == 2 { frame[x + 1, text.y + row] = Cell(text: "", role: role, extra: extra) }
                x += glyph.width
            }
        }
    }

    /// The byline, publication date, site and language the source gave,
    /// each after a separator; empty when it gave none.
    private func articleAbout() -> String {
        let metadata = document.analysis.article.metadata
        let parts = [
            metadata.byline.map { "by \($0)" }, metadata.published.map { String($0.prefix(10)) }, metadata.site,
            metadata.language,
        ]
        return parts.compactMap { $0 }.map { symbols.separator + Sanitizer.line($0) }.joined()
    }

    private func scrollPosition(top: Int, rows: Int) -> String {
        let count = layout.lines.count
        guard count > rows else { return "" }
        let percent = min(100, (top + rows) * 100 / count)
        return "\(symbols.separator)\(percent)%"
    }

    /// Roles (nil: the block's own) and extra attributes for every scalar
    /// offset in `low..<high`, painted in order so later kinds win.
    private func highlightRoles(from low: Int, to high: Int) -> (roles: [Role?], extras: [TextAttributes]) {
        var roles = [Role?](repeating: nil, count: high - low)
        var extras = [TextAttributes](repeating: [], count: high - low)
        func paint(_ range: TextRange, _ role: Role) {
            let start = max(low, range.start)
            let end = min(high, range.end)
            guard start < end else { return }
            for offset in start..<end { roles[offset - low] = role }
        }
        let highlights = document.highlights
        for (range, claim) in highlights.claims where range.end > low && range.start < high {
            paint(range, document.status(of: claim).role)
        }
        for (range, claim) in highlights.denials where range.end > low && range.start < high {
            if claim.map({ document.status(of: $0) == .unverified }) ?? true { paint(range, .denial) }
        }
        for range in highlights.mentions where range.end > low && range.start < high { paint(range, .source) }
        for range in highlights.hedges where range.end > low && range.start < high { paint(range, .hedge) }
        for range in highlights.cues where range.end > low && range.start < high { paint(range, .cue) }
        // The selected claim is one unbroken band; the source, hedge and cue
        // words inside it stay marked by an underline.
        if let selected = document.selectedClaim {
            let range = document.analysis.claims[selected].range
            let start = max(low, range.start)
            for offset in start..<max(start, min(high, range.end)) {
                let slot = offset - low
                if let role = roles[slot], role == .source || role == .hedge || role == .cue { extras[slot] = [.underline] }
                roles[slot] = .selection
            }
        }
        if let search {
            for (index, range) in search.matches.enumerated() where range.end > low && range.start < high {
                let emphasis: TextAttributes = index == search.current ? [.reverse, .bold] : [.reverse]
                for offset in max(low, range.start)..<min(high, range.end) { extras[offset - low] = emphasis }
            }
        }
        return (roles, extras)
    }
}
