import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program and waits for it with `waitpid`. Foundation's `Process`
/// on Linux learns of a child's exit through a descriptor the child
/// inherits; tmux's server, forked from the client, keeps it open, and
/// `waitUntilExit` then never returns.
///
/// The child gets descriptors 0–2 only. Foundation opens the files a test
/// writes without close-on-exec, and tests run in parallel: a child that
/// inherited another test's script, still open for writing, would keep it
/// "busy" (ETXTBSY) for as long as it lives, and a tmux server lives long.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// With `errorPath`, the child's standard error goes to that file
    /// (a pipe would never reach end of file when the child forks a
    /// server that inherits it); otherwise to /dev/null.
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34), which the
    /// Glibc module does not import.
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let closeFrom: CloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: CloseFrom.self) }

    static func run(
        _ path: String, _ arguments: [String], environment: [String: String], captureOutput: Bool,
        errorPath: String? = nil
    ) throws -> (status: Int32, output: String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var fds: [Int32] = [-1, -1]
        if captureOutput {
            guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed") }
            // Neither end may leak into the child beyond its standard output.
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 2, errorPath ?? "/dev/null", errorPath == nil ? O_WRONLY : O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard let closeFrom, closeFrom(&actions, 3) == 0 else {
            throw Failure(description: "cannot keep descriptors from \(path): the tests need glibc 2.34 or later")
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner's threads block signals, and a blocked mask is
        // inherited: start children the way a shell would, with none
        // blocked and default handlers, or Ctrl-Z could never stop the reader.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        // A binary copied a moment ago can be "busy" while a child that
        // Foundation started for a test running in parallel still holds the
        // copy's descriptor; it lets go when that child execs or exits.
        let deadline = Date().addingTimeInterval(30)
        while spawned == ETXTBSY && Date() < deadline {
            usleep(20_000)
            spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        }
        if captureOutput { close(fds[1]) }
        guard spawned == 0 else {
            if captureOutput { close(fds[0]) }
            throw Failure(description: "cannot start \(path): error \(spawned)")
        }
        var output = Data()
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(fds[0], &buffer, buffer.count)
                if count > 0 {
                    output.append(contentsOf: buffer[0..<count])
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, String(decoding: output, as: UTF8.self))
    }
}
