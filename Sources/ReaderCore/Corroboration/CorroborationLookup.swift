import ClaimKit
import Foundation

/// One article's claims looked up in the library on a thread of its own:
/// across a library of thousands of articles a look-up takes seconds, and
/// neither a key nor the list filling in waits for it. The reader takes
/// the answer in on its next event or idle tick.
final class CorroborationLookup: @unchecked Sendable {
    /// The list entry whose article is looked up.
    let entry: Int
    private let condition = NSCondition()
    private var answer: Result<[[Corroboration]], any Error>?

    /// Starts looking `analysis` up in `book`. The book is used by this
    /// thread alone until the answer is in (the reader starts one look-up
    /// at a time, and asks nothing else of the book meanwhile but the
    /// stores behind it, which are safe to share).
    init(entry: Int, analysis: Analysis, book: any CorroborationBook) {
        self.entry = entry
        nonisolated(unsafe) let book = book
        let thread = Thread { [self] in
            let result = Result { try book.corroboration(of: analysis) }
            condition.lock()
            answer = result
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// The answer, when it is in.
    var answerIfReady: Result<[[Corroboration]], any Error>? {
        condition.lock()
        defer { condition.unlock() }
        return answer
    }

    /// Waits for the answer.
    func waitForAnswer() {
        condition.lock()
        while answer == nil { condition.wait() }
        condition.unlock()
    }
}
