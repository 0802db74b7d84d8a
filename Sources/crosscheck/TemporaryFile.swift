import Foundation

/// The file a replacement is written into before it is renamed over the
/// original. On Linux it is created without a name (O_TMPFILE), so a
/// process killed while writing leaves nothing; it gets its name only for
/// the instant before the rename. While it has a name, the signals that
/// end a process remove it first; normal exits and errors remove it too.
/// Only SIGKILL in that instant can leave it behind, so each new one
/// first sweeps away those of processes that no longer run.
final class TemporaryFile {
    let descriptor: Int32
    /// The name it is given before the rename: `.NAME.PID.tmp` beside the target.
    private let name: String
    private let shownAs: String
    private var isNamed: Bool
    private var isDone = false

    private init(descriptor: Int32, name: String, isNamed: Bool, shownAs: String) {
        self.descriptor = descriptor
        self.name = name
        self.isNamed = isNamed
        self.shownAs = shownAs
    }

    /// A new, empty file in the folder of `target`, to be renamed over it.
    static func create(replacing target: String, shownAs path: String) throws -> TemporaryFile {
        let parent = (target as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        let base = (target as NSString).lastPathComponent
        removeLeftovers(of: base, in: folder)
        let name = "\(folder)/\(temporaryName(of: base, process: getpid()))"
        #if os(Linux)
            let unnamed = open(folder, unnamedFileFlag | O_WRONLY | O_CLOEXEC, 0o666)
            if unnamed >= 0 { return TemporaryFile(descriptor: unnamed, name: name, isNamed: false, shownAs: path) }
        #endif
        CleanupOnSignal.shared.arm(name)
        // A file of this name is a leftover of an earlier process with our id.
        unlink(name)
        let named = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard named >= 0 else {
            let code = errno
            CleanupOnSignal.shared.disarm()
            throw OutputFileError(path: path, reason: "cannot create a file in \(folder): \(String(cString: strerror(code)))")
        }
        return TemporaryFile(descriptor: named, name: name, isNamed: true, shownAs: path)
    }

    /// `.NAME.PID.tmp`: hidden, and naming the process that wrote it.
    private static func temporaryName(of base: String, process: pid_t) -> String {
        ".\(base).\(process).tmp"
    }

    /// Removes the temporary files for `base` that processes killed while
    /// they had a name left behind: those of a process id that no longer
    /// runs. (A live process's file is its own business.)
    private static func removeLeftovers(of base: String, in folder: String) {
        let prefix = ".\(base).", suffix = ".tmp"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) && entry.count > prefix.count + suffix.count {
            let digits = entry.dropFirst(prefix.count).dropLast(suffix.count)
            guard let process = pid_t(digits), temporaryName(of: base, process: process) == entry,
                process != getpid(), kill(process, 0) == -1, errno == ESRCH
            else { continue }
            unlink("\(folder)/\(entry)")
        }
    }

    /// Moves the finished file over `target`.
    func rename(to target: String) throws {
        if !isNamed {
            #if os(Linux)
                CleanupOnSignal.shared.arm(name)
                unlink(name)
                guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 else {
                    let code = errno
                    CleanupOnSignal.shared.disarm()
                    throw OutputFileError(path: shownAs, code: code)
                }
                isNamed = true
            #endif
        }
        guard Foundation.rename(name, target) == 0 else { throw OutputFileError(path: shownAs, code: errno) }
        isNamed = false
        discard()
    }

    /// Closes the file and removes its name, if it has one.
    func discard() {
        guard !isDone else { return }
        isDone = true
        if isNamed { unlink(name) }
        CleanupOnSignal.shared.disarm()
        close(descriptor)
    }

    deinit { discard() }

    #if os(Linux)
        /// O_TMPFILE, which Swift does not import: `__O_TMPFILE | O_DIRECTORY`.
        private static let unnamedFileFlag: Int32 = 0o20_000_000 | O_DIRECTORY
    #endif
}

/// Removes one path when a signal ends the process, then lets the signal
/// do what it did before. The handler may only call async-signal-safe
/// functions, so the path waits in a fixed C buffer.
final class CleanupOnSignal: @unchecked Sendable {
    static let shared = CleanupOnSignal()

    private static let signals: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2,
                                           SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP, SIGXCPU]
    private let path = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
    private let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    private var installed = false

    private init() {
        path.initialize(to: 0)
    }

    func arm(_ name: String) {
        let bytes = Array(name.utf8CString.prefix(Int(PATH_MAX)))
        path.update(from: bytes, count: bytes.count)
        path[bytes.count - 1] = 0
        guard !installed else { return }
        installed = true
        for signal in CleanupOnSignal.signals {
            var action = sigaction()
            #if os(Linux)
                action.__sigaction_handler.sa_handler = cleanupHandler
            #else
                action.__sigaction_u.__sa_handler = cleanupHandler
            #endif
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    func disarm() {
        path[0] = 0
    }

    fileprivate func handle(_ signal: Int32) {
        if path[0] != 0 { unlink(path) }
        sigaction(signal, previous + Int(signal), nil)
        raise(signal)
    }
}

private func cleanupHandler(_ signal: Int32) {
    CleanupOnSignal.shared.handle(signal)
}
