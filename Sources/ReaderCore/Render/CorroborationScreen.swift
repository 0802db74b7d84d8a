import ClaimKit
import Foundation

/// The corroboration view (`c`) and the lines the claim card gives it.
extension ReaderState {
    func drawCorroboration(into frame: inout Frame, claim: Int, selected: Int) {
        let body = screen.overlay
        let matches = corroborations[current]?[claim] ?? []
        let id = document.analysis.claims.indices.contains(claim) ? document.analysis.claims[claim].id : "?"
        drawTitleRow(
            "Claim \(id) elsewhere: \(Self.corroborationSummary(matches, asSentence: false)): Enter opens, q closes",
            in: body,
            focused: true, into: &frame)
        let rows = body.belowTitle
        guard rows.height > 0 else { return }
        // Each match takes three rows: where and who, its words, its mark.
        let perMatch = 3
        let visible = max(1, rows.height / perMatch)
        let top = max(0, selected - visible + 1)
        for (offset, match) in matches.dropFirst(top).prefix(visible).enumerated() {
            let y = rows.y + offset * perMatch
            let isSelected = top + offset == selected
            if isSelected {
                frame.fill(x: rows.x, y: y, width: rows.width, height: 1, with: Cell(text: " ", role: .selection))
            }
            let head = [
                isSelected ? symbols.arrow : " ", match.isDenial ? symbols.disputed : "=",
                Self.place(of: match, separator: symbols.separator),
            ].joined(separator: " ")
            let who = match.sources.isEmpty ? "unattributed" : match.sources.joined(separator: ", ")
            let frameText = match.cue.map { "\(who)\(symbols.separator)“\($0)”" } ?? who
            putClipped(
                Sanitizer.line("\(head)\(symbols.separator)\(match.claimID)\(symbols.separator)\(frameText)"),
                x: rows.x + 1, y: y, limit: rows.x + rows.width, role: isSelected ? .selection : .text, into: &frame)
            if y + 1 < rows.y + rows.height {
                putClipped(
                    Sanitizer.line(match.text), x: rows.x + 5, y: y + 1, limit: rows.x + rows.width,
                    role: match.isDenial ? .denial : .claim, into: &frame)
            }
            if y + 2 < rows.y + rows.height, let mark = match.mark, mark.status != .unverified {
                putClipped(
                    "\(symbols.mark(mark.status)) \(Self.markHint(mark, site: nil))", x: rows.x + 5, y: y + 2,
                    limit: rows.x + rows.width, role: mark.status.role, into: &frame)
            }
        }
    }

    /// The card's line about the claim elsewhere, then a line of the marks
    /// made on its matches; nothing without a library.
    func corroborationParts(claim: Int) -> [[(String, Role)]] {
        guard let all = currentCorroboration, all.indices.contains(claim) else { return [] }
        let matches = all[claim]
        guard !matches.isEmpty else { return [[("In no other article of the library", .text)]] }
        var parts: [[(String, Role)]] = [[("\(Self.corroborationSummary(matches, asSentence: true)) (c lists them)", .text)]]
        var hints: [(String, Role)] = []
        for match in matches {
            guard let mark = match.mark, mark.status != .unverified else { continue }
            if !hints.isEmpty { hints.append(("; ", .text)) }
            hints.append((Self.markHint(mark, site: match.outlet ?? match.articleTitle), mark.status.role))
        }
        if !hints.isEmpty { parts.append(hints) }
        return parts
    }

    /// "Also in 4 articles · 1 denial" (the articles stating it, the claims
    /// denying it) or, when no other article states it, "Denied in 2
    /// articles": a count of nothing is not news. Not as a sentence, for
    /// the view's title: "elsewhere: 4 articles · 1 denial", "elsewhere:
    /// denied in 2 articles".
    static func corroborationSummary(_ matches: [Corroboration], asSentence: Bool) -> String {
        func articles(_ count: Int) -> String { "\(count) article\(count == 1 ? "" : "s")" }
        let stating = Set(matches.filter { !$0.isDenial }.map(\.articleFingerprint)).count
        let denials = matches.filter(\.isDenial)
        guard stating > 0 else {
            let line = "denied in \(articles(Set(denials.map(\.articleFingerprint)).count))"
            return asSentence ? "D" + line.dropFirst() : line
        }
        let line = "\(articles(stating)) · \(denials.count) denial\(denials.count == 1 ? "" : "s")"
        return asSentence ? "Also in " + line : line
    }

    /// "verified in: Reuters, 14 Nov, by ana": a mark made on a match.
    static func markHint(_ mark: ClaimMark, site: String?) -> String {
        let parts = [site.map(Sanitizer.line), mark.date.map(shortDate), mark.author.map { "by \(Sanitizer.line($0))" }]
            .compactMap { $0 }
        return parts.isEmpty ? mark.status.rawValue : "\(mark.status.rawValue) in: \(parts.joined(separator: ", "))"
    }

    /// Outlet (or title), date and file of a match's article.
    static func place(of match: Corroboration, separator: String) -> String {
        let name = match.outlet ?? match.articleTitle
        let date = match.date.map { String($0.prefix(10)) }
        let file = match.location.split(separator: "/").last.map(String.init) ?? match.location
        return ([name, date, file].compactMap { $0 }).joined(separator: separator)
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "14 Nov", in the reader's local time.
    static func shortDate(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.month, .day], from: date)
        return "\(parts.day ?? 0) \(months[max(0, min(11, (parts.month ?? 1) - 1))])"
    }
}
