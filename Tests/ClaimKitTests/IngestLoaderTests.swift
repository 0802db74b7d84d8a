import Foundation
import Testing

@testable import ClaimKit

@Suite("Article loader")
struct IngestLoaderTests {
    /// A fresh folder under the system's temporary folder, removed by `body`'s end.
    private func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    private func write(_ text: String, to name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test("the format comes from the content first, then the server's type, then the name")
    func detection() {
        let html = Data("<!DOCTYPE html><html><body><p>x</p></body></html>".utf8)
        let rss = Data("<?xml version=\"1.0\"?><!-- feed --><rss version=\"2.0\"></rss>".utf8)
        let atom = Data("\u{FEFF}<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>".utf8)
        let text = Data("Headline\nBody text.".utf8)
        #expect(ArticleFormat.detect(html, name: "page.txt") == .html)
        #expect(ArticleFormat.detect(rss, name: "-") == .feed)
        #expect(ArticleFormat.detect(atom, name: "news") == .feed)
        #expect(ArticleFormat.detect(Data("<div><p>x</p></div>".utf8), name: "-") == .html)
        #expect(ArticleFormat.detect(text, name: "https://x.org/story", mimeType: "text/markdown") == .markdown)
        #expect(ArticleFormat.detect(text, name: "https://x.org/story.md", mimeType: "text/plain") == .plainText)
        #expect(ArticleFormat.detect(text, name: "https://x.org/story.md") == .markdown)
        #expect(ArticleFormat.detect(text, name: "notes.MARKDOWN") == .markdown)
        #expect(ArticleFormat.detect(text, name: "page.htm") == .html)
        #expect(ArticleFormat.detect(text, name: "feed.atom") == .feed)
        #expect(ArticleFormat.detect(text, name: "story.txt") == .plainText)
        #expect(ArticleFormat.detect(text, name: "-") == .plainText)
        #expect(ArticleFormat.detect(Data("---\ntitle: X\n---\nBody".utf8), name: "-") == .markdown)
    }

    @Test("- reads standard input, in any format")
    func standardInput() throws {
        let pipe = Pipe()
        let loader = try IngestFixtures.loader(standardInput: pipe.fileHandleForReading)
        pipe.fileHandleForWriting.write(try IngestFixtures.data("feed-atom.xml"))
        try pipe.fileHandleForWriting.close()
        let articles = try loader.load("-")
        #expect(articles.map(\.title) == ["Dam operator says water levels are safe", "Mayor rejects claims of budget shortfall"])
        #expect(articles.map(\.path) == ["https://observer.example.net/dam-levels", "https://observer.example.net/budget"])

        let text = Pipe()
        text.fileHandleForWriting.write(Data("Headline from a pipe\nOfficials said it worked.\n".utf8))
        try text.fileHandleForWriting.close()
        let article = try #require(try IngestFixtures.loader(standardInput: text.fileHandleForReading).load("-").first)
        #expect(article.path == "-")
        #expect(article.blocks.map(\.kind) == [.title, .lede])
    }

    @Test("empty standard input is one clear error")
    func emptyStandardInput() throws {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.close()
        #expect(throws: ClaimKitError.notAnArticle(path: "-", reason: "it is empty")) {
            try IngestFixtures.loader(standardInput: pipe.fileHandleForReading).load("-")
        }
    }

    @Test("a folder gives every article inside, recursively and in path order, hidden and .json files aside")
    func folder() throws {
        try withTemporaryFolder { folder in
            try write("Zeta headline\nZeta body.", to: "z.txt", in: folder)
            try write("# Alpha headline\n\nAlpha body.", to: "a/alpha.md", in: folder)
            try write("<html><body><h1>Beta headline</h1><p>Beta body.</p></body></html>", to: "a/b/beta.html", in: folder)
            try write(String(decoding: try IngestFixtures.data("feed-rss.xml"), as: UTF8.self), to: "m/feed.xml", in: folder)
            try write("Hidden headline\nHidden body.", to: ".draft.txt", in: folder)
            try write("Hidden folder\nHidden body.", to: ".git/notes.txt", in: folder)
            try write("{\"marks\": []}", to: "a/alpha.gold.json", in: folder)
            try write("binary-ish", to: "picture.png", in: folder)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty.md"), withIntermediateDirectories: true)
            let articles = try IngestFixtures.loader().load(folder.path)
            #expect(articles.map(\.title) == [
                "Alpha headline", "Beta headline", "Fishermen say quota cut will close harbours",
                "Council denies plan to sell ferry company", "Storm warning lifted for the islands", "Zeta headline",
            ])
            #expect(articles[0].path == folder.appendingPathComponent("a/alpha.md").path)
            #expect(articles[5].path == folder.appendingPathComponent("z.txt").path)
        }
    }

    @Test("in a folder, a link to an article file is read and a link to a folder is not walked (it may lead back up)")
    func folderLinks() throws {
        try withTemporaryFolder { folder in
            try write("Inner headline\nInner body.", to: "inner/INNER.TXT", in: folder)
            try write("Outside headline\nOutside body.", to: "outside.txt", in: folder.appendingPathComponent("elsewhere"))
            let library = folder.appendingPathComponent("library")
            try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: library.appendingPathComponent("linked.txt").path,
                withDestinationPath: folder.appendingPathComponent("elsewhere/outside.txt").path)
            try FileManager.default.createSymbolicLink(
                atPath: library.appendingPathComponent("up").path, withDestinationPath: folder.path)
            try FileManager.default.createSymbolicLink(
                atPath: library.appendingPathComponent("inner").path,
                withDestinationPath: folder.appendingPathComponent("inner").path)
            let (files, isFolder) = try ArticleLoader.files(at: library.path + "/")
            #expect(isFolder)
            #expect(files == [library.appendingPathComponent("linked.txt").path])
            #expect(try IngestFixtures.loader().load(library.path).map(\.title) == ["Outside headline"])
            #expect(try ArticleLoader.files(at: folder.appendingPathComponent("inner").path).files == [
                folder.appendingPathComponent("inner/INNER.TXT").path
            ])
        }
    }

    @Test("a folder with no article files is one clear error")
    func emptyFolder() throws {
        try withTemporaryFolder { folder in
            try write("{}", to: "only.json", in: folder)
            try write("Hidden\nText.", to: ".hidden.txt", in: folder)
            #expect(throws: ClaimKitError.notAnArticle(path: folder.path, reason: "the folder holds no article files")) {
                try IngestFixtures.loader().load(folder.path)
            }
        }
    }

    @Test("missing, empty and binary files are each one clear error naming the file")
    func fileErrors() throws {
        try withTemporaryFolder { folder in
            let missing = folder.appendingPathComponent("missing.html").path
            #expect(throws: ClaimKitError.unreadable(path: missing, reason: "no such file or folder")) {
                try IngestFixtures.loader().load(missing)
            }
            try write("", to: "empty.md", in: folder)
            let empty = folder.appendingPathComponent("empty.md").path
            #expect(throws: ClaimKitError.notAnArticle(path: empty, reason: "it is empty")) {
                try IngestFixtures.loader().load(empty)
            }
            let binary = folder.appendingPathComponent("photo.html")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).write(to: binary)
            #expect(throws: ClaimKitError.notAnArticle(path: binary.path, reason: "binary data, not text")) {
                try IngestFixtures.loader().load(binary.path)
            }
            try write("   \n\n\t\n", to: "blank.txt", in: folder)
            let blank = folder.appendingPathComponent("blank.txt").path
            let error = try #require(throws: ClaimKitError.self) { try IngestFixtures.loader().load(blank) }
            #expect(error.description == "\(blank): not an article: no text in it")
        }
    }

    @Test("UTF-16 and UTF-32 with a byte-order mark are read, as text, pages and feeds")
    func byteOrderMarks() throws {
        let loader = try IngestFixtures.loader()
        let text = "Port reopens\nThe harbour master said the port would reopen on Monday, caf\u{E9}s too."
        let page = "<html><head><meta charset=\"utf-16\"><title>Port reopens</title></head><body>"
            + "<p>The harbour master said the port would reopen on Monday.</p></body></html>"
        let feed = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Port</title>"
            + "<item><title>Port reopens</title><description>The harbour master said the port would reopen on Monday."
            + "</description></item></channel></rss>"
        let encodings: [(mark: [UInt8], encoding: String.Encoding)] = [
            ([0xFF, 0xFE], .utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian),
            ([0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian), ([0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian),
        ]
        for (mark, encoding) in encodings {
            for (source, name) in [(text, "story.txt"), (page, "page.html"), (feed, "feed.xml")] {
                let bytes = Data(mark) + source.data(using: encoding)!
                let article = try #require(try loader.articles(fromBytes: bytes, path: name).first)
                #expect(article.title == "Port reopens", "\(name) in \(encoding)")
                #expect(article.text.contains("the port would reopen on Monday"), "\(name) in \(encoding)")
            }
        }
    }

    @Test("a stray NUL in a text file is replaced and reported; binary data is still refused")
    func strayNUL() throws {
        let bytes = Data("Port reopens\nThe harbour master said\u{0} the port would reopen.".utf8)
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: bytes, path: "story.txt").first)
        #expect(article.text.contains("said\u{FFFD} the port"))
        #expect(article.warnings.contains("replaced 1 NUL character(s) with U+FFFD"))
        let binary = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        #expect(throws: ClaimKitError.notAnArticle(path: "x.txt", reason: "binary data, not text")) {
            try IngestFixtures.loader().articles(fromBytes: binary, path: "x.txt")
        }
    }

    @Test("one bad file in a folder stops the load with its name, rather than a silent gap")
    func badFileInFolder() throws {
        try withTemporaryFolder { folder in
            try write("Good headline\nGood body.", to: "a.txt", in: folder)
            try write("", to: "b.md", in: folder)
            let bad = folder.appendingPathComponent("b.md").path
            #expect(throws: ClaimKitError.notAnArticle(path: bad, reason: "it is empty")) {
                try IngestFixtures.loader().load(folder.path)
            }
        }
    }

    @Test("loading one file expects one article; a feed of several entries is read with load")
    func singleFile() throws {
        let loader = try IngestFixtures.loader()
        #expect(try loader.loadFile(IngestFixtures.path("page.html")).title == "Larsholm port says grain shipments have resumed")
        let feed = IngestFixtures.path("feed-rss.xml")
        #expect(throws: ClaimKitError.notAnArticle(path: feed, reason: "a feed of 3 entries, not one article")) {
            try loader.loadFile(feed)
        }
    }

    @Test("plain text keeps its own layout rules through the shared block assembly")
    func plainText() throws {
        let text = "Talks end without deal\nOfficials said talks ended.\nSource: Harbour Herald\nBackground:\nThe talks began in May.\n- A bullet point\n"
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: Data(text.utf8), path: "t.txt").first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.blocks.map(\.kind) == [.title, .lede, .sourceline, .heading, .paragraph, .bullet])
        #expect(article.blocks.map(\.inBackground) == [false, false, false, false, true, true])
    }
}
