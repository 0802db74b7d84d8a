import Foundation

/// Latin letters with diacritics folded to their plain lower-case letters
/// ("Dóra" → "dora", "Gérard" → "gerard"), so that word look-ups and name
/// matching do not depend on whether a text kept its accents. Covers
/// Latin-1 Supplement and Latin Extended-A/B, where European names live.
enum LatinFolding {
    static let range: Range<UInt32> = 0xC0..<0x250

    /// For each scalar in `range`, its folded ASCII bytes, or none when it
    /// folds to nothing plain (ß, ø and the like keep their own identity).
    static let table: [[UInt8]] = range.map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return [] }
        let folded = String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        guard folded.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return [] }
        return Array(folded.utf8)
    }

    /// The plain letters `scalar` folds to, when it is one of those.
    @inline(__always)
    static func plain(_ scalar: Unicode.Scalar) -> [UInt8]? {
        guard range.contains(scalar.value) else { return nil }
        let bytes = table[Int(scalar.value - range.lowerBound)]
        return bytes.isEmpty ? nil : bytes
    }
}
