import Foundation

/// Reads a whole file, standard input, a FIFO or a process substitution
/// (`<(…)`), up to a size limit: a regular file over the limit is refused
/// before a byte is read, anything else is read in pieces and refused as
/// soon as it passes the limit, so an endless stream (`yes | crosscheck
/// parse -`) or a huge sparse file never fills memory.
enum BoundedRead {
    /// The bytes at `path`, or a `ClaimKitError` naming `shownAs`.
    static func contents(of path: String, limit: Int, shownAs: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
            throw ClaimKitError.unreadable(path: shownAs, reason: reason)
        }
        defer { close(descriptor) }
        return try contents(of: descriptor, limit: limit, shownAs: shownAs)
    }

    static func contents(of descriptor: Int32, limit: Int, shownAs: String) throws -> Data {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ClaimKitError.unreadable(path: shownAs, reason: String(cString: strerror(errno)))
        }
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        if status.st_mode & S_IFMT == S_IFDIR { throw ClaimKitError.unreadable(path: shownAs, reason: "it is a folder") }
        if isRegular, status.st_size > limit { throw tooLarge(shownAs, limit) }
        var data = Data()
        if isRegular { data.reserveCapacity(Int(status.st_size)) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ClaimKitError.unreadable(path: shownAs, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return data }
            guard data.count + count <= limit else { throw tooLarge(shownAs, limit) }
            data.append(contentsOf: buffer[..<count])
        }
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> ClaimKitError {
        .unreadable(path: path, reason: "larger than the size limit of \(sizeDescription(limit))")
    }

    /// "20 MiB", "512 KiB", "1000 bytes".
    static func sizeDescription(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
