import ClaimKit
import Foundation
import Testing

@testable import ClaimStore

@Suite("Mark store: marking, notes, history and undo")
struct MarkStoreTests {
    @Test("a mark is the claim's current state, and survives reopening the database")
    func markSurvivesReopen() throws {
        let folder = try TemporaryFolder()
        let analysis = droneArticle()
        let claim = analysis.claims[0].fingerprint
        let article = analysis.article.fingerprint
        let written = try MarkStore(path: folder.databasePath).setMark(
            article: article, claim: claim, status: .verified, note: "port records", author: "ana")

        let reopened = try MarkStore(path: folder.databasePath)
        let state = try #require(try reopened.marks(for: analysis)[claim])
        #expect(state == ClaimMarkState(mark: written, isStale: false))
        #expect(state.mark.note == "port records")
        #expect(state.mark.author == "ana")
        #expect(try reopened.marks(for: analysis).count == 1)
    }

    @Test("setMark with no note keeps the note; an empty note removes it")
    func noteKeptOrCleared() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c", status: .disputed, note: "two sources disagree", author: "ana")
        let kept = try store.setMark(article: "a", claim: "c", status: .false, note: nil, author: "ana")
        #expect(kept.status == .false)
        #expect(kept.note == "two sources disagree")
        let cleared = try store.setMark(article: "a", claim: "c", status: .false, note: "", author: "ana")
        #expect(cleared.note == nil)
    }

    @Test("setNote changes the note and keeps the status")
    func noteKeepsStatus() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c", status: .verified, note: nil, author: "ana")
        let noted = try store.setNote(article: "a", claim: "c", note: "checked the filing", author: "ben")
        #expect(noted.status == .verified)
        #expect(noted.note == "checked the filing")
        #expect(noted.author == "ben")
        let onUnmarked = try store.setNote(article: "a", claim: "other", note: "look at this", author: "ana")
        #expect(onUnmarked.status == .unverified)
    }

    @Test("the history keeps every change in order; repeating the current mark adds nothing")
    func historyInOrder() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c1", status: .verified, note: nil, author: "ana")
        try store.setMark(article: "a", claim: "c2", status: .disputed, note: nil, author: "ana")
        try store.setMark(article: "a", claim: "c1", status: .false, note: "retracted", author: "ben")
        try store.setMark(article: "a", claim: "c1", status: .false, note: nil, author: "ben")
        try store.setMark(article: "b", claim: "c1", status: .verified, note: nil, author: "ana")

        #expect(try store.history(article: "a", claim: "c1").map(\.status) == [.verified, .false])
        #expect(try store.history(article: "a", claim: nil).map(\.claimFingerprint) == ["c1", "c2", "c1"])
        #expect(try store.history(article: "b", claim: nil).count == 1)
    }

    @Test("undo walks back through one article's changes, appending, never deleting")
    func undoWalksBack() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c1", status: .verified, note: "first", author: "ana")
        try store.setMark(article: "a", claim: "c2", status: .disputed, note: nil, author: "ana")
        try store.setMark(article: "b", claim: "c9", status: .false, note: nil, author: "ana")
        try store.setMark(article: "a", claim: "c1", status: .false, note: "second", author: "ana")

        let first = try #require(try store.undo(article: "a", scope: .author("ana"), author: "ana").restored)
        #expect(first.claimFingerprint == "c1")
        #expect(first.status == .verified)
        #expect(first.note == "first")

        let second = try #require(try store.undo(article: "a", scope: .author("ana"), author: "ana").restored)
        #expect(second.claimFingerprint == "c2")
        #expect(second.status == .unverified)

        let third = try #require(try store.undo(article: "a", scope: .author("ana"), author: "ana").restored)
        #expect(third.claimFingerprint == "c1")
        #expect(third.status == .unverified)
        #expect(third.note == nil)

        #expect(try store.undo(article: "a", scope: .author("ana"), author: "ana") == .nothingToUndo)
        // Article b was never touched by undoing a, and nothing was deleted.
        #expect(try store.history(article: "b", claim: nil).map(\.status) == [.false])
        #expect(try store.history(article: "a", claim: nil).count == 6)
    }

    @Test("a change after an undo is undone first, then the undo's target's predecessor")
    func undoAfterNewChange() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c1", status: .verified, note: nil, author: "ana")
        try store.setMark(article: "a", claim: "c1", status: .false, note: nil, author: "ana")
        try store.undo(article: "a", scope: .author("ana"), author: "ana")
        try store.setMark(article: "a", claim: "c1", status: .disputed, note: nil, author: "ana")

        #expect(try store.undo(article: "a", scope: .author("ana"), author: "ana").restored?.status == .verified)
        #expect(try store.undo(article: "a", scope: .author("ana"), author: "ana").restored?.status == .unverified)
        #expect(try store.undo(article: "a", scope: .author("ana"), author: "ana") == .nothingToUndo)
    }

    @Test("an undone mark no longer shows; the restored state does")
    func undoneMarkGone() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        let analysis = droneArticle()
        let article = analysis.article.fingerprint
        let claim = analysis.claims[1].fingerprint
        try store.setMark(article: article, claim: claim, status: .verified, note: nil, author: "ana")
        try store.undo(article: article, scope: .author("ana"), author: "ana")
        #expect(try store.marks(for: analysis)[claim]?.mark.status == .unverified)
    }
}
