/// Where the reader was in each article, to come back to next time: the
/// claim selected, by fingerprint (which survives re-parsing and edits).
extension ReaderState {
    /// Article fingerprint → fingerprint of the claim selected in it.
    public var places: [String: String] {
        var places: [String: String] = [:]
        for document in documents {
            guard let index = document.selectedClaim else { continue }
            places[document.analysis.article.fingerprint] = document.analysis.claims[index].fingerprint
        }
        return places
    }

    /// Selects in each article the claim it was left at, when it still
    /// has it; the article shown scrolls there now, the others when opened.
    public mutating func restore(places: [String: String]) {
        for index in documents.indices {
            let analysis = documents[index].analysis
            guard let fingerprint = places[analysis.article.fingerprint],
                let claim = analysis.claims.firstIndex(where: { $0.fingerprint == fingerprint })
            else { continue }
            documents[index].selectedClaim = claim
        }
        if let claim = document.selectedClaim { select(claim: claim) }
        readCardHistory()
    }
}
