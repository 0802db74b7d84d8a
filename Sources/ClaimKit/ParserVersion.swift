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
