import ClaimKit

/// The claims of other articles that carry the selected claim: counted on
/// its card, listed by `c`, and opened with Enter.
extension ReaderState {
    /// The matches of the current article's claims, read from the book once
    /// per article (and again when the view is opened); nil without a book.
    var currentCorroboration: [[Corroboration]]? {
        corroborationBook == nil ? nil : corroborations[current]
    }

    /// Whether the current article's matches are still to be looked up
    /// (and no look-up is under way).
    var isCorroborationDue: Bool { corroborationBook != nil && corroborations[current] == nil && lookup == nil }

    /// Reads the current article's matches unless they are known: at
    /// once, or (`looksUpInBackground`, not `again`) by starting a
    /// look-up whose answer a later event takes in.
    mutating func loadCorroboration(again: Bool = false) {
        guard let book = corroborationBook, again || corroborations[current] == nil else { return }
        if looksUpInBackground && !again {
            if lookup == nil { lookup = CorroborationLookup(entry: current, analysis: document.analysis, book: book) }
            return
        }
        // The book is the look-up thread's until its answer is in.
        if let lookup {
            lookup.waitForAnswer()
            takeCorroborationAnswer()
        }
        take(Result { try book.corroboration(of: document.analysis) }, for: current)
    }

    /// Takes in the background look-up's answer, when it is in; returns
    /// whether one was.
    @discardableResult
    mutating func takeCorroborationAnswer() -> Bool {
        guard let lookup, let answer = lookup.answerIfReady else { return false }
        self.lookup = nil
        take(answer, for: lookup.entry)
        return true
    }

    /// Waits until the look-up under way, if any, has its answer, and
    /// takes it in (for benchmarks and tests: the reader never waits).
    public mutating func waitForCorroboration() {
        lookup?.waitForAnswer()
        takeCorroborationAnswer()
    }

    private mutating func take(_ answer: Result<[[Corroboration]], any Error>, for entry: Int) {
        guard let analysis = library.documents[entry]?.analysis else { return }
        switch answer {
        case .success(let matches) where matches.count == analysis.claims.count:
            corroborations[entry] = matches
        case .success:
            corroborations[entry] = Array(repeating: [], count: analysis.claims.count)
        case .failure(let error):
            corroborations[entry] = Array(repeating: [], count: analysis.claims.count)
            say("cannot look the claims up in the library: \(error)", isError: true)
        }
    }

    /// `c`: the selected claim's matches and denials in other articles.
    mutating func openCorroboration() {
        guard corroborationBook != nil else {
            say("no library to look the claim up in")
            return
        }
        guard let claim = document.selectedClaim else {
            say("no claim is selected; n selects the next one")
            return
        }
        loadCorroboration(again: true)
        let matches = corroborations[current]?[claim] ?? []
        guard !matches.isEmpty else {
            say("\(document.analysis.claims[claim].id) is in no other article of the library")
            return
        }
        overlay = .corroboration(claim: claim, selected: 0)
    }

    mutating func handleCorroborationKey(_ action: Action?, claim: Int, selected: Int) -> ReaderEffect? {
        let last = max(0, (corroborations[current]?[claim].count ?? 0) - 1)
        switch action {
        case .back, .corroboration, .clear: overlay = nil
        case .lineDown: overlay = .corroboration(claim: claim, selected: min(last, selected + 1))
        case .lineUp: overlay = .corroboration(claim: claim, selected: max(0, selected - 1))
        case .top: overlay = .corroboration(claim: claim, selected: 0)
        case .bottom: overlay = .corroboration(claim: claim, selected: last)
        case .open: openMatch(claim: claim, selected: selected)
        case .suspend: return .suspend
        default: break
        }
        return nil
    }

    /// Enter in the view: the match's article, at the matching claim. An
    /// article not open yet joins the list.
    private mutating func openMatch(claim: Int, selected: Int) {
        guard let matches = corroborations[current]?[claim], matches.indices.contains(selected),
            let book = corroborationBook
        else { return }
        let match = matches[selected]
        let open = library.documents.first { _, document in
            document.analysis.article.fingerprint == match.articleFingerprint
                && document.analysis.claims.contains { $0.fingerprint == match.claimFingerprint }
        }?.key
        let entry: Int
        if let open {
            entry = open
        } else {
            do {
                entry = library.adopt(try book.article(of: match), marks: store.marks(for:))
            } catch {
                say("cannot open \(Sanitizer.line(match.location)): \(error)", isError: true)
                return
            }
        }
        overlay = nil
        request(entry)
        let claims = document.analysis.claims
        guard let target = claims.firstIndex(where: { $0.fingerprint == match.claimFingerprint })
            ?? claims.firstIndex(where: { $0.id == match.claimID })
        else { return }
        if !document.listedClaims.contains(target) { document.setFilter(nil) }
        focus = .claims
        sideTab = .claims
        select(claim: target)
        say("\(claims[target].id) of \(Sanitizer.line(document.analysis.article.title)); K or the list goes back")
    }
}

extension Library {
    /// Adds an article that was not asked for (a match opened from the
    /// corroboration view) at the end of the list, parsed.
    mutating func adopt(_ analysis: Analysis, marks: (Analysis) throws -> [String: ClaimMark]) -> Int {
        let entry = entries.count
        entries.append(LibraryEntry(job: jobCount + entry, location: analysis.article.path ?? analysis.article.title))
        let document = DocumentView(analysis: analysis, marks: (try? marks(analysis)) ?? [:])
        documents[entry] = document
        entries[entry].fill(from: analysis, marks: document.marks)
        reorder()
        return entry
    }
}
