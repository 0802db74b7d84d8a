import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The article files under a folder, found by reading its directories
/// alone: the kind of each entry comes with its name (`d_type`), so a
/// folder of thousands of files is listed without looking at each file
/// (FileManager's enumerator made a URL and a stat of every one, half a
/// second for 10,000 files). Only entries whose kind the directory does
/// not say (symbolic links, some file systems) are looked at.
enum FolderListing {
    /// Every file under `folder` whose name ends in one of `extensions`
    /// (any case), hidden files and folders aside, as absolute paths in
    /// path order. A folder named like an article file is walked, not
    /// read; a link is followed to a file, never into a folder (a link
    /// may lead back up). Nil when `folder` itself cannot be listed.
    static func files(in folder: String, extensions: Set<String>) -> [String]? {
        var root = URL(fileURLWithPath: folder).path
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        var found: [String] = []
        guard walk(root, extensions: extensions, into: &found) else { return nil }
        return found.sorted()
    }

    /// Adds the article files under `directory` to `found`; false when it cannot be opened.
    private static func walk(_ directory: String, extensions: Set<String>, into found: inout [String]) -> Bool {
        guard let stream = opendir(directory) else { return false }
        defer { closedir(stream) }
        let prefix = directory == "/" ? "/" : directory + "/"
        var folders: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: kind = Int32(DT_DIR)
                case S_IFREG: kind = Int32(DT_REG)
                default: kind = Int32(DT_LNK)
                }
            }
            if kind == Int32(DT_DIR) {
                folders.append(path)
                continue
            }
            guard let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased())
            else { continue }
            if kind == Int32(DT_REG) || isFile(path) { found.append(path) }
        }
        // A folder that cannot be opened inside is passed over, as before.
        for folder in folders { _ = walk(folder, extensions: extensions, into: &found) }
        return true
    }

    /// Whether `path`, links followed, is anything but a folder (as FileManager's `fileExists` tells).
    private static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR
    }
}
