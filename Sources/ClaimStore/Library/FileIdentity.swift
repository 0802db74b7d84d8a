import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What tells, without reading a file, that it still holds what it held
/// when it was read: its size, inode, and modification and change times
/// to the nanosecond. Writing the file changes its change time, which no
/// tool can set back, so an edit that keeps the size and the
/// modification time is seen all the same.
public struct FileIdentity: Sendable, Equatable {
    /// The identity as the library stores it.
    public let key: String
    /// Seconds since 1970 of the last write to the file's bytes.
    let modified: Double

    /// How close to the moment it was looked at a file's last write may
    /// be for the identity to be trusted. A file written in the same
    /// tick of the file system's clock as it was looked at may be written
    /// again in that tick without its times changing; so one written
    /// this recently is read again next time instead (git's "racily
    /// clean" files). A second covers file systems that keep whole seconds.
    static let settlingTime = 1.0

    /// The file's identity now, or nil when it cannot be looked at.
    public static func of(path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
            let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return FileIdentity(
            key: "\(info.st_size) \(info.st_ino) \(modified.tv_sec).\(modified.tv_nsec) \(changed.tv_sec).\(changed.tv_nsec)",
            modified: Double(modified.tv_sec) + Double(modified.tv_nsec) / 1e9)
    }

    /// Whether the file was last written long enough before `moment`
    /// (when its identity was taken) for the identity to be kept.
    public func isSettled(at moment: Date) -> Bool {
        moment.timeIntervalSince1970 - modified >= Self.settlingTime
    }
}
