import Foundation

extension ClaimParser {
    /// What an analysis depends on besides its article: the lexicons and
    /// model this parser reads, and the build of the code that reads them.
    /// A stored analysis is reused only under the same version, so a new
    /// lexicon line or a rebuilt parser re-parses. The build is known by
    /// the running executable's size and modification time: hashing its
    /// bytes would cost more than many parses.
    public var version: String {
        "\(lexicon.digest)-\(ClaimParser.buildIdentity)"
    }

    /// The `version` of a parser with the bundled lexicons (`init()`),
    /// known without loading them: their files are hashed, not read into
    /// tables. A reader opening a folder from its parse cache needs this
    /// before its first frame, and the lexicons only once it must parse.
    public static func bundledVersion() throws -> String {
        try bundledVersionResult.get()
    }

    private static let bundledVersionResult: Result<String, ClaimKitError> = {
        do {
            return .success("\(try LexiconFiles.digest(of: LexiconFiles.directory()))-\(buildIdentity)")
        } catch let error as ClaimKitError {
            return .failure(error)
        } catch {
            return .failure(.lexicon(file: "Lexicons", reason: "\(error)"))
        }
    }()

    private static let buildIdentity: String = {
        guard let executable = Bundle.main.executablePath,
            let attributes = try? FileManager.default.attributesOfItem(atPath: executable),
            let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return "unknown" }
        var hash = ByteFingerprint()
        hash.feed("\(size.int64Value) \(modified.timeIntervalSince1970)")
        return hash.hex
    }()
}
