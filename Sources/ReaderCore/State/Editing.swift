import ClaimKit

/// Keys while the one-line editor is open: the search query or a note.
extension ReaderState {
    mutating func handleEditorKey(_ key: Key) {
        guard var entry = editor else { return }
        let outcome = entry.line.handle(key)
        editor = outcome == .editing ? entry : nil
        switch (entry.purpose, outcome) {
        case (.search, .editing):
            runSearch(entry.line.text, moveToFirst: false)
        case (.search, .committed):
            runSearch(entry.line.text, moveToFirst: true)
            if let search {
                let query = Sanitizer.line(search.query)
                say(
                    search.matches.isEmpty
                        ? "no match for “\(query)”"
                        : "\(search.matches.count) matches for “\(query)”; n and N step through them, Esc clears")
            }
        case (.search, .cancelled):
            search = nil
        case (.listFilter, .editing):
            reorderList { $0.setFilter(entry.line.text) }
        case (.listFilter, .committed):
            reorderList { $0.setFilter(entry.line.text) }
            priority?.follow(order: library.order.map { library.entries[$0].job })
            if !library.filter.isEmpty {
                say("\(library.order.count) of \(library.entries.count) articles match; Esc in the list shows them all")
            }
        case (.listFilter, .cancelled):
            reorderList { $0.setFilter("") }
        case (.note, .editing):
            break
        case (.note(let claim), .committed):
            commitNote(entry.line.text, claim: claim)
        case (.note, .cancelled):
            say("note unchanged")
        }
    }
}
