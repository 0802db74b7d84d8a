/// Where the reader was in each article, to come back to next time: the
/// claim selected, by fingerprint (which survives re-parsing and edits).
extension ReaderState {
    /// Article fingerprint → fingerprint of the claim selected in it.
    public var places: [String: String] {
        // Articles not parsed yet keep the places they were left at.
        var places = pendingPlaces
        for document in library.documents.values {
            guard let index = document.selectedClaim else { continue }
            places[document.analysis.article.fingerprint] = document.analysis.claims[index].fingerprint
        }
        return places
    }

    /// Selects in each article the claim it was left at, when it still
    /// has it; the article shown scrolls there now, the others when opened.
    public mutating func restore(places: [String: String]) {
        pendingPlaces = places
        for entry in library.documents.keys { restorePendingPlace(in: entry) }
        if let claim = document.selectedClaim { select(claim: claim) }
        readCardHistory()
    }

    /// Lets an article's analysis go from memory, keeping the claim it
    /// was at for when it is opened (and parsed or read from the cache) again.
    mutating func release(_ entry: Int) {
        // Without a parser to bring it back, an analysis stays.
        guard priority != nil, entry != current, entry != awaiting,
            let document = library.documents.removeValue(forKey: entry)
        else {
            return
        }
        if let index = document.selectedClaim {
            pendingPlaces[document.analysis.article.fingerprint] = document.analysis.claims[index].fingerprint
        }
    }

    /// Selects the claim a newly parsed article was left at.
    mutating func restorePendingPlace(in entry: Int) {
        guard let analysis = library.documents[entry]?.analysis,
            let fingerprint = pendingPlaces.removeValue(forKey: analysis.article.fingerprint),
            let claim = analysis.claims.firstIndex(where: { $0.fingerprint == fingerprint })
        else { return }
        library.documents[entry]?.selectedClaim = claim
    }
}
