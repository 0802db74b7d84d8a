import ClaimKit

/// The update function: every event goes through `handle`, which changes
/// the state and says whether the terminal layer must quit or suspend.
extension ReaderState {
    @discardableResult
    public mutating func handle(_ event: ReaderEvent) -> ReaderEffect? {
        let effect = apply(event)
        if effect != .unchanged {
            takeCorroborationAnswer()
            loadCorroboration()
            readCardHistory()
        }
        return effect
    }

    private mutating func apply(_ event: ReaderEvent) -> ReaderEffect? {
        switch event {
        case .resize(let width, let height):
            resize(width: width, height: height)
            return nil
        case .idle:
            let changed = noticeOutsideChanges()
            // The shown article's matches, looked up after its frame was
            // drawn (or looked up in the background, and now in).
            let answered = takeCorroborationAnswer()
            return changed || answered || isCorroborationDue ? nil : .unchanged
        case .mouse(let mouse):
            message = nil
            noticeOutsideChanges()
            handleMouse(mouse)
            return nil
        case .key(let key):
            message = nil
            if key == .control("c") { return .quit }
            noticeOutsideChanges()
            if let confirmation {
                answer(confirmation, key: key)
                return nil
            }
            if editor != nil {
                handleEditorKey(key)
                return nil
            }
            if let overlay {
                return handleOverlayKey(key, overlay: overlay)
            }
            guard let action = keymap.action(for: key) else {
                if case .character(let character) = key {
                    say("\(Key.character(character).label) does nothing here; ? lists the keys")
                }
                return nil
            }
            return perform(action)
        }
    }

    /// Feeds several keys, as a user types them; stops at quit.
    @discardableResult
    public mutating func type(_ keys: [Key]) -> ReaderEffect? {
        for key in keys {
            if let effect = handle(.key(key)), effect == .quit { return effect }
        }
        return nil
    }

    public mutating func perform(_ action: Action) -> ReaderEffect? {
        switch action {
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown: move(by: pageSize(of: focus))
        case .pageUp: move(by: -pageSize(of: focus))
        case .halfPageDown: move(by: max(1, pageSize(of: focus) / 2))
        case .halfPageUp: move(by: -max(1, pageSize(of: focus) / 2))
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .nextClaim: if search?.matches.isEmpty == false { stepMatch(by: 1) } else { stepClaim(by: 1) }
        case .previousClaim: if search?.matches.isEmpty == false { stepMatch(by: -1) } else { stepClaim(by: -1) }
        case .nextUnverified: stepUnverified(forward: true)
        case .previousUnverified: stepUnverified(forward: false)
        case .open: open()
        case .search: editor = TextEntry(purpose: .search, line: LineEditor(search?.query ?? ""))
        case .markVerified: mark(.verified)
        case .markDisputed: mark(.disputed)
        case .markFalse: mark(.false)
        case .markUnverified: mark(.unverified)
        case .editNote: beginNote()
        case .undo: undo(force: false)
        case .nextArticle: switchArticle(by: 1)
        case .previousArticle: switchArticle(by: -1)
        case .articleList:
            // Marks made since may have moved articles in the list's order.
            library.reorder()
            overlay = .articleList(selected: library.position(of: current) ?? 0)
        case .sortList:
            overlay = .articleList(selected: library.position(of: current) ?? 0)
            cycleSort()
        case .corroboration: openCorroboration()
        case .nextTheme: nextTheme()
        case .help: overlay = .help(top: 0)
        case .back: return back()
        case .clear: clear()
        case .quit: return .quit
        case .suspend: return .suspend
        }
        return nil
    }

    private mutating func resize(width: Int, height: Int) {
        screen = ScreenLayout(width: width, height: height, content: document.sideContent)
        relayout()
        if let claim = document.selectedClaim { reveal(claim: claim) }
        keepListSelectionsVisible()
    }

    /// `q`: closes what is open, one thing at a time, and quits last.
    private mutating func back() -> ReaderEffect? {
        if document.sourceFilter != nil {
            document.setFilter(nil)
            say("showing every claim again; q again quits")
            return nil
        }
        return .quit
    }

    /// Esc: drops the search and the source filter.
    private mutating func clear() {
        if search != nil {
            search = nil
            say("search cleared")
        } else if document.sourceFilter != nil {
            document.setFilter(nil)
            say("showing every claim again")
        }
    }

    private mutating func cycleFocus(by step: Int) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: focus) ?? 0
        focus = panes[(index + step + panes.count) % panes.count]
        if focus != .article { sideTab = focus }
    }

    /// J/K: the next or previous article in the list's order (from the
    /// one being waited for, when there is one).
    private mutating func switchArticle(by step: Int) {
        let order = library.order
        // From an article the filter hides, J goes to the list's first.
        let target = library.position(of: awaiting ?? current).map { $0 + step } ?? (step > 0 ? 0 : order.count - 1)
        guard order.indices.contains(target) else {
            say(order.count == 1 ? "only one article is open" : step > 0 ? "this is the last article" : "this is the first article")
            return
        }
        request(order[target])
    }

    /// Shows a parsed entry of the library.
    mutating func openArticle(_ entry: Int) {
        current = entry
        for dropped in library.opened(entry) { release(dropped) }
        search = nil
        relayout()
        if let claim = document.selectedClaim { reveal(claim: claim) }
        keepListSelectionsVisible()
        let position = (library.position(of: entry) ?? 0) + 1
        say("article \(position) of \(library.order.count): \(Sanitizer.line(document.analysis.article.title))")
    }

    /// Reads the history of the claim the card shows when it is another
    /// claim, or its mark changed, since the last read.
    mutating func readCardHistory() {
        guard let index = document.selectedClaim else {
            cardHistory = nil
            return
        }
        let mark = document.mark(of: index)
        // A stale mark's history is that of the words it was made for.
        let fingerprint = document.analysis.claims[index].fingerprint
        if let cardHistory, cardHistory.claim == fingerprint, cardHistory.mark == mark { return }
        let entries = (try? store.history(of: mark?.claimFingerprint ?? fingerprint, in: document.analysis)) ?? []
        cardHistory = CardHistory(claim: fingerprint, mark: mark, entries: entries)
    }

    /// t: the next theme, saved as the one to start with next time.
    private mutating func nextTheme() {
        themeIndex = (themeIndex + 1) % themes.count
        guard let settings else {
            say("theme: \(theme.name)")
            return
        }
        do {
            let path = try settings.saveTheme(theme.name)
            say("theme: \(theme.name) (kept in \(Sanitizer.line(path)))")
        } catch {
            say("theme: \(theme.name) (not kept for next time: \(error))", isError: true)
        }
    }
}
