import Foundation

/// Writes a report to a path the way a user expects of `-o`: a regular
/// file is replaced in one step (a temporary file beside it, flushed, then
/// renamed over it) and keeps its mode and owner; a symbolic link has its
/// target written the same way and stays a link; a FIFO, a terminal or
/// another device is written in place and never replaced. A file whose
/// owner cannot be kept (someone else's, writable by you) is written in
/// place too, as `>` would. Nothing half-written is ever left behind, and
/// the temporary file goes away however the command ends.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        // `/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1` name a descriptor the
        // command already has, whatever it is open on (a pipe, a terminal,
        // a file the shell opened with `>>`): written to, never replaced.
        if try linkChain(path).contains(where: isDescriptorAlias) {
            return try writeInPlace(path, data, shownAs: path, appending: true)
        }
        let target = try resolvingLinks(path)
        var status = stat()
        guard lstat(target, &status) == 0 else {
            guard errno == ENOENT else { throw OutputFileError(path: path, code: errno) }
            return try replace(target, with: data, keeping: nil, shownAs: path)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: try replace(target, with: data, keeping: status, shownAs: path)
        case S_IFDIR: throw OutputFileError(path: path, reason: "it is a folder")
        default: try writeInPlace(target, data, shownAs: path)
        }
    }

    /// The path a chain of symbolic links ends at (which may not exist
    /// yet); relative links are read from the folder that holds them.
    static func resolvingLinks(_ path: String) throws -> String {
        try linkChain(path).last ?? path
    }

    /// The path and every path its links lead to, in order.
    private static func linkChain(_ path: String) throws -> [String] {
        var chain = [path]
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, Int(PATH_MAX))
            guard length >= 0 else {
                if errno == EINVAL || errno == ENOENT { return chain }
                throw OutputFileError(path: path, code: errno)
            }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : (current as NSString).deletingLastPathComponent + "/" + link
            chain.append(current)
        }
        throw OutputFileError(path: path, code: ELOOP)
    }

    // MARK: Replacing a regular file

    private static func replace(_ target: String, with data: Data, keeping existing: stat?, shownAs path: String) throws {
        let folder = (target as NSString).deletingLastPathComponent
        let file = try TemporaryFile.create(replacing: target, shownAs: path)
        defer { file.discard() }
        if let code = FileDescriptorWriter.write(data, to: file.descriptor) ?? (fsync(file.descriptor) == 0 ? nil : errno) {
            throw OutputFileError(path: path, code: code)
        }
        if let existing {
            // The replacement is the same file to everyone who had it: its
            // permissions, and its owner when that is in our power.
            guard fchmod(file.descriptor, existing.st_mode & 0o7777) == 0 else { throw OutputFileError(path: path, code: errno) }
            if existing.st_uid != geteuid() || existing.st_gid != getegid(),
                fchown(file.descriptor, existing.st_uid, existing.st_gid) != 0
            {
                file.discard()
                return try writeInPlace(target, data, shownAs: path)
            }
        }
        try file.rename(to: target)
        // The rename itself survives a crash once the folder is flushed.
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func isDescriptorAlias(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return ["/dev/stdout", "/dev/stderr"].contains(path) || path.hasPrefix("/dev/fd/")
            || path.hasPrefix("/") && parts.count >= 4 && parts[0] == "proc" && parts[2] == "fd"
    }

    // MARK: Writing in place

    private static func writeInPlace(_ target: String, _ data: Data, shownAs path: String, appending: Bool = false)
        throws
    {
        // A FIFO waits here for its reader, as the shell's `>` does. A
        // descriptor's alias is appended to, as writing to it would.
        let flags = appending ? O_WRONLY | O_APPEND : O_WRONLY | O_TRUNC
        let descriptor = open(target, flags | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw OutputFileError(path: path, code: errno) }
        defer { close(descriptor) }
        if let code = FileDescriptorWriter.write(data, to: descriptor) { throw OutputFileError(path: path, code: code) }
    }
}

struct OutputFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    var description: String { "\(path): cannot write: \(reason)" }
}
