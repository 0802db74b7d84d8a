import Foundation
import Testing

@testable import ClaimStore

@Suite("Undo takes back only its own changes")
struct UndoScopeTests {
    @Test("an author's undo skips other people's later changes to other claims")
    func authorScope() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c1", status: .verified, note: nil, author: "ana")
        try store.setMark(article: "a", claim: "c2", status: .false, note: nil, author: "ben")

        let undone = try #require(try store.undo(article: "a", scope: .author("ana"), author: "ana").restored)
        #expect(undone.claimFingerprint == "c1")
        #expect(undone.status == .unverified)
        #expect(undone.author == "ana")
        #expect(try store.history(article: "a", claim: "c2").last?.status == .false, "ben's mark stays")
        #expect(try store.undo(article: "a", scope: .author("ana"), author: "ana") == .nothingToUndo)
        #expect(try store.undo(article: "a", scope: .author("ben"), author: "ben").restored?.claimFingerprint == "c2")
    }

    @Test("when someone else changed the claim since, nothing is written unless forced")
    func changedSince() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c1", status: .disputed, note: "one source", author: "ana")
        try store.setMark(article: "a", claim: "c1", status: .verified, note: nil, author: "ana")
        try store.setMark(article: "a", claim: "c1", status: .false, note: nil, author: "ben")

        let refused = try store.undo(article: "a", scope: .author("ana"), author: "ana")
        guard case .changedSince(let target, let later) = refused else {
            Issue.record("expected a refusal, got \(refused)")
            return
        }
        #expect(target.status == .verified)
        #expect(later.map(\.author) == ["ben"])
        #expect(try store.history(article: "a", claim: "c1").count == 3, "nothing written")

        let forced = try #require(try store.undo(article: "a", scope: .author("ana"), author: "ana", force: true).restored)
        #expect(forced.status == .disputed)
        #expect(forced.note == "one source")
        #expect(try store.history(article: "a", claim: "c1").last?.status == .disputed)
    }

    @Test("someone else's change that was undone again leaves nothing to ask about")
    func changeUndoneSince() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c1", status: .verified, note: nil, author: "ana")
        try store.setMark(article: "a", claim: "c1", status: .false, note: nil, author: "ben")
        try store.undo(article: "a", scope: .author("ben"), author: "ben")
        #expect(try store.undo(article: "a", scope: .author("ana"), author: "ana").restored?.status == .unverified)
    }

    @Test("a reader's scope is the entries it wrote, its undos included")
    func changeScope() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        let mine = try store.setMark(article: "a", claim: "c1", status: .verified, note: nil, author: "ana")
        // Another reader running under the same name.
        try store.setMark(article: "a", claim: "c2", status: .false, note: nil, author: "ana")
        let again = try store.setMark(article: "a", claim: "c1", status: .false, note: nil, author: "ana")
        var ids: Set<Int64> = [try #require(mine.id), try #require(again.id)]

        let first = try #require(try store.undo(article: "a", scope: .changes(ids), author: "ana").restored)
        #expect(first.claimFingerprint == "c1")
        #expect(first.status == .verified)
        ids.insert(try #require(first.id))
        let second = try #require(try store.undo(article: "a", scope: .changes(ids), author: "ana").restored)
        #expect(second.status == .unverified, "its own undo is no one else's change")
        #expect(try store.undo(article: "a", scope: .changes(ids), author: "ana") == .nothingToUndo)
        #expect(try store.history(article: "a", claim: "c2").last?.status == .false)
    }

    @Test("the outside-change counter moves for other connections' commits only")
    func outsideChangeCounter() throws {
        let folder = try TemporaryFolder()
        let mine = try MarkStore(path: folder.databasePath)
        let theirs = try MarkStore(path: folder.databasePath)
        let start = try mine.outsideChangeCounter()
        try mine.setMark(article: "a", claim: "c1", status: .verified, note: nil, author: "ana")
        #expect(try mine.outsideChangeCounter() == start)
        try theirs.setMark(article: "a", claim: "c2", status: .false, note: nil, author: "ben")
        #expect(try mine.outsideChangeCounter() != start)
    }
}
