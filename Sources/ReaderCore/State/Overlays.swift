/// Keys while help or the article list is in front.
extension ReaderState {
    mutating func handleOverlayKey(_ key: Key, overlay: Overlay) -> ReaderEffect? {
        let action = keymap.action(for: key)
        switch overlay {
        case .help(let top):
            switch action {
            case .back, .help, .clear: self.overlay = nil
            case .lineDown: self.overlay = .help(top: clampedHelpTop(top + 1))
            case .lineUp: self.overlay = .help(top: clampedHelpTop(top - 1))
            case .pageDown: self.overlay = .help(top: clampedHelpTop(top + screen.overlay.height - 2))
            case .pageUp: self.overlay = .help(top: clampedHelpTop(top - screen.overlay.height + 2))
            case .halfPageDown: self.overlay = .help(top: clampedHelpTop(top + screen.overlay.height / 2))
            case .halfPageUp: self.overlay = .help(top: clampedHelpTop(top - screen.overlay.height / 2))
            case .top: self.overlay = .help(top: 0)
            case .bottom: self.overlay = .help(top: clampedHelpTop(Int.max / 2))
            case .suspend: return .suspend
            default: break
            }
        case .articleList(let selected):
            let last = max(0, library.order.count - 1)
            switch action {
            case .clear where !library.filter.isEmpty:
                reorderList { $0.setFilter("") }
                say("showing every article again")
            case .back, .articleList, .clear: self.overlay = nil
            case .sortList: cycleSort()
            case .search: editor = TextEntry(purpose: .listFilter, line: LineEditor(library.filter))
            case .pageDown: self.overlay = .articleList(selected: min(last, selected + listPage))
            case .pageUp: self.overlay = .articleList(selected: max(0, selected - listPage))
            case .halfPageDown: self.overlay = .articleList(selected: min(last, selected + listPage / 2))
            case .halfPageUp: self.overlay = .articleList(selected: max(0, selected - listPage / 2))
            case .lineDown: self.overlay = .articleList(selected: min(last, selected + 1))
            case .lineUp: self.overlay = .articleList(selected: max(0, selected - 1))
            case .top: self.overlay = .articleList(selected: 0)
            case .bottom: self.overlay = .articleList(selected: last)
            case .open:
                guard library.order.indices.contains(selected) else { break }
                self.overlay = nil
                request(library.order[selected])
            case .suspend: return .suspend
            default: break
            }
        case .corroboration(let claim, let selected):
            return handleCorroborationKey(action, claim: claim, selected: selected)
        }
        return nil
    }

    /// Rows of articles the list shows at once, less one.
    private var listPage: Int { max(1, screen.overlay.height - 3) }

    /// s: the next sort order of the article list.
    mutating func cycleSort() {
        reorderList { $0.setSort($0.sort.next) }
        priority?.follow(order: library.order.map { library.entries[$0].job })
        say("articles \(library.sort.label); s again: \(library.sort.next.label)")
    }

    /// Changes the list's order or filter keeping the same article
    /// selected while it is still listed.
    mutating func reorderList(_ change: (inout Library) -> Void) {
        guard case .articleList(let selected) = overlay else {
            change(&library)
            return
        }
        let entry = library.order.indices.contains(selected) ? library.order[selected] : nil
        change(&library)
        let position = entry.flatMap { library.position(of: $0) } ?? min(selected, library.order.count - 1)
        overlay = .articleList(selected: max(0, position))
    }

    private func clampedHelpTop(_ top: Int) -> Int {
        let visible = max(1, screen.overlay.height - 2)
        return max(0, min(top, HelpScreen.lines(keymap.bindings, width: screen.overlay.width - 1).count - visible))
    }
}
