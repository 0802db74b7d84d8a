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
            case .back, .articleList, .clear: self.overlay = nil
            case .lineDown: self.overlay = .articleList(selected: min(last, selected + 1))
            case .lineUp: self.overlay = .articleList(selected: max(0, selected - 1))
            case .top: self.overlay = .articleList(selected: 0)
            case .bottom: self.overlay = .articleList(selected: last)
            case .open:
                self.overlay = nil
                if library.order.indices.contains(selected) { request(library.order[selected]) }
            case .suspend: return .suspend
            default: break
            }
        case .corroboration(let claim, let selected):
            return handleCorroborationKey(action, claim: claim, selected: selected)
        }
        return nil
    }

    private func clampedHelpTop(_ top: Int) -> Int {
        let visible = max(1, screen.overlay.height - 2)
        return max(0, min(top, HelpScreen.lines(keymap.bindings, width: screen.overlay.width - 1).count - visible))
    }
}
