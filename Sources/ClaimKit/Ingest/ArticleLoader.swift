import Foundation

/// Reads articles from where a user points: a file, a folder (every
/// article inside, recursively), or `-` for standard input.
public struct ArticleLoader: Sendable {
    /// File name endings read when walking a folder.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    let plainText: PlainTextIngest

    public init(lexicon: Lexicon) {
        plainText = PlainTextIngest(lexicon: lexicon)
    }

    /// Every article at `location`, in a stable order.
    public func load(_ location: String) throws -> [Article] {
        if location == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [try article(fromBytes: data, path: "-")]
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory) else {
            throw ClaimKitError.unreadable(path: location, reason: "no such file or folder")
        }
        if isDirectory.boolValue {
            return try loadFolder(location)
        }
        return [try loadFile(location)]
    }

    public func loadFile(_ path: String) throws -> Article {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ClaimKitError.unreadable(path: path, reason: "permission denied")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ClaimKitError.unreadable(path: path, reason: "read failed")
        }
        return try article(fromBytes: data, path: path)
    }

    /// An article from raw bytes, after checking they can be one.
    public func article(fromBytes data: Data, path: String) throws -> Article {
        if data.isEmpty {
            throw ClaimKitError.notAnArticle(path: path, reason: "the file is empty")
        }
        if data.prefix(8192).contains(0) {
            throw ClaimKitError.notAnArticle(path: path, reason: "binary data, not text")
        }
        let article = plainText.article(fromBytes: data, path: path)
        if article.title.isEmpty {
            throw ClaimKitError.notAnArticle(path: path, reason: "no text in it")
        }
        return article
    }

    private func loadFolder(_ folder: String) throws -> [Article] {
        let root = URL(fileURLWithPath: folder)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw ClaimKitError.unreadable(path: folder, reason: "cannot list the folder")
        }
        var paths: [String] = []
        for case let url as URL in enumerator
        where ArticleLoader.articleExtensions.contains(url.pathExtension.lowercased()) {
            paths.append(url.path)
        }
        guard !paths.isEmpty else {
            throw ClaimKitError.notAnArticle(path: folder, reason: "the folder holds no article files")
        }
        return try paths.sorted().map(loadFile)
    }
}
