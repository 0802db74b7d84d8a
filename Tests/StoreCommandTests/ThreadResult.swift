import Foundation

/// A value computed on a thread of its own. A test that must read or
/// write the other end of a pipe or FIFO while the command runs cannot use
/// a `Task` for it: tests that block (waiting for a command) hold the
/// concurrency pool's threads, one per core, and a task waiting for a free
/// one would then wait for ever, and the command with it.
final class ThreadResult<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let finished = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () -> Value) {
        Thread { [self] in
            value = body()
            finished.signal()
        }.start()
    }

    /// Waits for the thread and returns what it computed.
    func wait() -> Value {
        finished.wait()
        return value!
    }
}
