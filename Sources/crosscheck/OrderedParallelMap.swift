import Foundation

/// Transforms items on several threads and hands the results to the
/// calling thread in the items' order. At most `window` results wait to
/// be handed over, so memory holds a few items, not all of them, and a
/// slow item holds back the others only that far.
struct OrderedParallelMap<Output: Sendable> {
    let jobs: Int
    let count: Int

    /// Calls `transform(index)` for every index in `0..<count` on `jobs`
    /// threads and `consume(index, output)` on this thread in order; when
    /// `consume` throws, no further item is started and the error is
    /// rethrown once the threads have finished what they had begun.
    func run(transform: @escaping @Sendable (Int) -> Output, consume: (Int, Output) throws -> Void) throws {
        guard jobs > 1, count > 1 else {
            for index in 0..<count { try consume(index, transform(index)) }
            return
        }
        let state = SharedState<Output>(window: jobs * 2)
        let threads = min(jobs, count)
        let finished = DispatchGroup()
        for _ in 0..<threads {
            finished.enter()
            let thread = Thread {
                while let index = state.nextIndex(below: count) {
                    state.deliver(index, transform(index))
                }
                finished.leave()
            }
            // Extraction recurses over long sentences; the default 512 KiB
            // of a secondary thread is less than the main thread has.
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer {
            state.stop()
            finished.wait()
        }
        for index in 0..<count { try consume(index, state.take(index)) }
    }
}

/// What the threads share: the next index to start, the results not yet
/// handed over, and the first index the consumer has not taken.
private final class SharedState<Output>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var next = 0
    private var taken = 0
    private var stopped = false
    private var results: [Int: Output] = [:]

    init(window: Int) { self.window = window }

    /// The next index to transform, once it is within the window of the
    /// consumer; nil when all are started or the run was stopped.
    func nextIndex(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && next < count && next >= taken + window { condition.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ index: Int, _ output: Output) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    func take(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
