import Foundation

/// Everything a command prints goes through here, so that a standard
/// output that is closed (`| head -c1`), full (`> /dev/full`) or over the
/// file size limit ends the command with one line and exit status 1
/// instead of a crash, and a pipe whose reader left ends it quietly, as
/// Unix tools do.
enum StandardOutput {
    static func write(_ data: Data) throws {
        if let code = FileDescriptorWriter.write(data, to: STDOUT_FILENO) { throw OutputError(code) }
    }

    static func write(_ text: String) throws {
        try write(Data(text.utf8))
    }

    /// The text and a line break.
    static func line(_ text: String) throws {
        try write(Data((text + "\n").utf8))
    }
}

/// Why standard output took no more.
struct OutputError: Error, CustomStringConvertible {
    let code: Int32

    init(_ code: Int32) { self.code = code }

    /// The reader went away: nothing to say to anyone.
    var isClosedPipe: Bool { code == EPIPE }

    var description: String { "standard output: cannot write: \(String(cString: strerror(code)))" }
}

/// `write(2)` until every byte is out, retrying interrupted calls.
enum FileDescriptorWriter {
    /// The errno of the first failure, or nil when all was written.
    static func write(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            guard var pointer = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Foundation.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                pointer += written
                remaining -= written
            }
            return nil
        }
    }
}
