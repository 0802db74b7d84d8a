import Foundation

/// Writes a file so that readers only ever see the old content or the
/// whole new content: into a temporary file beside it, flushed to disk,
/// then renamed over it.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw AtomicFileError(path: path, reason: "cannot create a file in \(folder.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: path, reason: "write failed (disk full?)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: path, reason: reason)
        }
    }
}

struct AtomicFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "\(path): cannot write: \(reason)" }
}
