import ClaimKit
import Foundation
import Testing

@testable import ClaimStore

@Suite("Mark store: marks follow the article")
struct StaleMarkTests {
    /// Marks the first two claims of an article and returns the store.
    private func markedStore(_ folder: TemporaryFolder, _ analysis: Analysis) throws -> MarkStore {
        let store = try MarkStore(path: folder.databasePath)
        try store.register(analysis, origin: analysis.article.path ?? "-")
        let article = analysis.article.fingerprint
        try store.setMark(
            article: article, claim: analysis.claims[0].fingerprint, status: .verified, note: nil, author: "ana")
        try store.setMark(
            article: article, claim: analysis.claims[1].fingerprint, status: .disputed, note: "no filing found",
            author: "ana")
        return store
    }

    @Test("the same article parsed again, or opened from another path, keeps its marks")
    func reparsedAndMoved() throws {
        let folder = try TemporaryFolder()
        let store = try markedStore(folder, droneArticle(path: "drones.txt"))
        let moved = droneArticle(path: "https://example.org/news/drones")
        try store.register(moved, origin: "https://example.org/news/drones")
        let states = try store.marks(for: moved)
        #expect(states[moved.claims[0].fingerprint]?.mark.status == .verified)
        #expect(states[moved.claims[1].fingerprint]?.mark.status == .disputed)
        #expect(states.values.allSatisfy { !$0.isStale })
        let stored = try #require(try store.article(fingerprint: moved.article.fingerprint))
        #expect(Set(stored.origins) == ["drones.txt", "https://example.org/news/drones"])
    }

    @Test("editing an unrelated paragraph keeps every mark as it was")
    func unrelatedEdit() throws {
        let folder = try TemporaryFolder()
        let original = droneArticle()
        let store = try markedStore(folder, original)
        let edited = makeAnalysis(
            title: original.article.title,
            claims: [
                (original.claims[0].text, "officials"), (original.claims[1].text, "Maria Lopez"),
                ("A spokesman for the ministry declined to comment on Tuesday.", "the ministry"),
            ])
        let before = try store.marks(for: original)
        let after = try store.marks(for: edited)
        #expect(after.count == 2)
        #expect(after[edited.claims[0].fingerprint] == before[original.claims[0].fingerprint])
        #expect(after[edited.claims[1].fingerprint] == before[original.claims[1].fingerprint])
        #expect(after[edited.claims[2].fingerprint] == nil)
    }

    @Test("a claim whose words changed shows its old mark as stale")
    func changedClaimIsStale() throws {
        let folder = try TemporaryFolder()
        let original = droneArticle()
        let store = try markedStore(folder, original)
        let edited = droneArticle(secondClaim: "Maria Lopez said the contract was signed in April.")
        try store.register(edited, origin: "drones.txt")

        let state = try #require(try store.marks(for: edited)[edited.claims[1].fingerprint])
        #expect(state.isStale)
        #expect(state.mark.status == .disputed)
        #expect(state.mark.claimFingerprint == original.claims[1].fingerprint)
        #expect(try store.marks(for: edited)[edited.claims[0].fingerprint]?.isStale == false)
        // The store, without the article at hand, sees the same.
        #expect(try store.marks(article: edited.article.fingerprint)[edited.claims[1].fingerprint]?.isStale == true)
    }

    @Test("marking the edited claim replaces the stale mark with a current one")
    func remarkingClearsStale() throws {
        let folder = try TemporaryFolder()
        let store = try markedStore(folder, droneArticle())
        let edited = droneArticle(secondClaim: "Maria Lopez said the contract was signed in April.")
        try store.register(edited, origin: "drones.txt")
        try store.setMark(
            article: edited.article.fingerprint, claim: edited.claims[1].fingerprint, status: .verified, note: nil,
            author: "ana")
        let state = try #require(try store.marks(for: edited)[edited.claims[1].fingerprint])
        #expect(!state.isStale)
        #expect(state.mark.status == .verified)
    }

    @Test("a claim rewritten beyond recognition does not inherit a mark")
    func rewrittenClaimIsNew() throws {
        let folder = try TemporaryFolder()
        let store = try markedStore(folder, droneArticle())
        let rewritten = droneArticle(secondClaim: "Lawmakers in the capital called for an inquiry into exports.")
        #expect(try store.marks(for: rewritten)[rewritten.claims[1].fingerprint] == nil)
    }
}
