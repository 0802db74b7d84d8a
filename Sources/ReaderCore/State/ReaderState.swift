import ClaimKit

/// What the terminal layer should do after an event, beyond drawing.
public enum ReaderEffect: Equatable, Sendable {
    case quit
    case suspend
    /// Nothing changed (an idle tick found nothing new): no need to draw.
    case unchanged
}

/// A full-screen overlay in front of the panes.
public enum Overlay: Hashable, Sendable {
    case help(top: Int)
    case articleList(selected: Int)
    /// The matches elsewhere of a claim (by index), one of them selected.
    case corroboration(claim: Int, selected: Int)
}

/// What the one-line editor on the status line is for.
public enum EditorPurpose: Hashable, Sendable {
    case search
    /// The article list's filter, applied as it is typed.
    case listFilter
    /// A note on the claim with this index in the current article.
    case note(claim: Int)
}

/// The one-line editor and what it edits.
public struct TextEntry: Hashable, Sendable {
    public var purpose: EditorPurpose
    public var line: LineEditor
}

/// The current search: the query and where it matches the article.
public struct SearchState: Hashable, Sendable {
    public var query: String
    public var matches: [TextRange]
    /// Index into `matches` of the match `n` last moved to.
    public var current: Int?
}

/// A question on the status line, answered by the next key.
public enum Confirmation: Hashable, Sendable {
    /// U found that someone else changed the claim after this reader's mark.
    case undoOverOthers
}

/// Every mark a claim has had, as the card lists it.
struct CardHistory {
    var claim: String
    /// The claim's mark when the history was read: when it differs, the history is read again.
    var mark: ClaimMark?
    var entries: [ClaimMark]
}

/// A line for the status bar, until the next key.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
}

/// Everything the reader shows and remembers. `handle(_:)` is the update
/// function and `render()` draws it; neither touches a terminal.
public struct ReaderState {
    /// Every article asked for, parsed or still in the queue.
    public internal(set) var library: Library
    /// Index into `library.entries` of the article shown; always parsed.
    public internal(set) var current = 0
    /// The article the reader opened before it was parsed: it opens when it arrives.
    public internal(set) var awaiting: Int?
    public internal(set) var focus: Pane = .article
    /// The side pane shown when the side panes are tabs.
    public internal(set) var sideTab: Pane = .claims
    public internal(set) var overlay: Overlay?
    public internal(set) var editor: TextEntry?
    public internal(set) var search: SearchState?
    public internal(set) var message: StatusMessage?
    public internal(set) var confirmation: Confirmation?
    /// The history of the claim the card shows, read when the card's claim or its mark changes.
    var cardHistory: CardHistory?
    /// The last error met while looking for other writers' marks, so it is said once, not on every key.
    var outsideChangeError: String?
    /// Places to restore in articles not parsed yet, by article fingerprint.
    var pendingPlaces: [String: String] = [:]
    public internal(set) var themes: [Theme]
    public internal(set) var themeIndex = 0
    public internal(set) var screen: ScreenLayout
    public internal(set) var layout: ArticleLayout
    /// Draw with ASCII only (the terminal's locale is not UTF-8).
    public let asciiOnly: Bool
    let store: any MarkBook
    /// Where `t` saves the theme; nil keeps it for this run only.
    let settings: (any SettingsStore)?
    let keymap: Keymap
    /// The background parser, asked to hurry the article the reader waits for.
    let priority: (any ParsePriority)?
    /// Where the claims of other articles are looked up; nil without a
    /// library. Looked up at the next event, never before a frame: the
    /// first frame does not wait for a look-up across the whole library.
    public var corroborationBook: (any CorroborationBook)? {
        didSet {
            corroborations = [:]
            lookup = nil
        }
    }
    /// The matches of each article's claims, by entry, once looked up.
    var corroborations: [Int: [[Corroboration]]] = [:]
    /// Whether an article's matches are looked up on a thread of their own
    /// (the terminal reader), rather than before the frame that shows them.
    /// `c` always looks up at once.
    public var looksUpInBackground = false
    /// The look-up under way in the background, if any.
    var lookup: CorroborationLookup?

    /// Opens articles (at least one), all parsed, with their saved marks.
    /// A store that cannot be read leaves the marks empty and says so on
    /// the status line; so do paths that could not be opened (`unreadable`).
    public init(
        analyses: [Analysis], store: any MarkBook, width: Int, height: Int, themes: [Theme] = [.builtIn],
        asciiOnly: Bool = false, keymap: Keymap = .standard, unreadable: [String] = [],
        settings: (any SettingsStore)? = nil
    ) {
        precondition(!analyses.isEmpty, "the reader needs at least one article")
        self.init(
            locations: analyses.map { $0.article.path ?? $0.article.title },
            received: analyses.enumerated().map { LibraryUpdate.parsed(job: $0.offset, analyses: [$0.element]) },
            store: store, width: width, height: height, themes: themes, asciiOnly: asciiOnly, keymap: keymap,
            unreadable: unreadable, settings: settings)
    }

    /// Opens a library whose articles are parsed in the background: one
    /// job per location, `received` what the parser has handed over so
    /// far (at least one article), `priority` the parser itself. The
    /// first article of the list that is parsed is shown.
    public init(
        locations: [String], received: [LibraryUpdate], store: any MarkBook, width: Int, height: Int,
        themes: [Theme] = [.builtIn], asciiOnly: Bool = false, keymap: Keymap = .standard, unreadable: [String] = [],
        settings: (any SettingsStore)? = nil, priority: (any ParsePriority)? = nil
    ) {
        self.settings = settings
        self.store = store
        self.keymap = keymap
        self.asciiOnly = asciiOnly
        self.priority = priority
        self.themes = themes.isEmpty ? [.builtIn] : themes
        var failures: [String] = []
        var library = Library(locations: locations, unreadable: unreadable)
        _ = library.apply(received, marks: store.marks(for:), failures: &failures, keep: { _ in true })
        guard let first = library.order.first(where: { library.documents[$0] != nil }) else {
            preconditionFailure("the reader needs at least one parsed article")
        }
        // Only the article shown stays in memory; the parser brings back the
        // others when they are opened. Without one, all stay.
        if priority != nil {
            for entry in library.documents.keys where entry != first { library.documents[entry] = nil }
        }
        _ = library.opened(first)
        self.library = library
        current = first
        let document = library.documents[first]!
        screen = ScreenLayout(width: width, height: height, content: document.sideContent)
        layout = ArticleLayout(article: document.analysis.article, width: screen.articleText.width, asciiOnly: asciiOnly)
        if let first = library.unreadable.first {
            let count = library.unreadable.count == 1
                ? "not opened (l lists it)" : "\(library.unreadable.count) not opened (l lists them)"
            failures.insert("\(count): \(Sanitizer.line(first))", at: 0)
        }
        if let failure = failures.first { message = StatusMessage(text: failure, isError: true) }
        readCardHistory()
    }

    /// What could not be opened, one line each (path and reason), for the article list.
    public var unreadable: [String] { library.unreadable }

    public var document: DocumentView {
        get {
            guard let document = library.documents[current] else { preconditionFailure("the article shown is parsed") }
            return document
        }
        set { library.documents[current] = newValue }
    }

    public var theme: Theme { themes[themeIndex] }

    public var selectedClaim: Claim? { document.selectedClaim.map { document.analysis.claims[$0] } }

    /// Shows a message on the status line until the next key.
    public mutating func say(_ text: String, isError: Bool = false) {
        message = StatusMessage(text: text, isError: isError)
    }

    /// Lays the screen out again for the current article's side panes,
    /// and the article for its pane's width.
    mutating func relayout() {
        screen = ScreenLayout(width: screen.width, height: screen.height, content: document.sideContent)
        let width = screen.articleText.width
        layout = ArticleLayout(article: document.analysis.article, width: width, asciiOnly: asciiOnly)
        clampScrolling()
    }

    mutating func clampScrolling() {
        let rows = screen.articleText.height
        document.articleTop = min(document.articleTop, max(0, layout.lines.count - rows))
        document.articleTop = max(0, document.articleTop)
    }
}
