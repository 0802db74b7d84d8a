/// Stand-ins for non-ASCII characters when the terminal's locale is not
/// UTF-8, so a wrong locale gives a readable screen rather than mojibake
/// or misplaced columns.
enum AsciiFallback {
    static func replacement(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2026: return "."
        case 0x2022, 0x00B7: return "*"
        default: break
        }
        // Latin letters with accents keep their base letter.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        if let base = decomposed.first, base.value < 0x7F, base.value >= 0x20 { return String(base) }
        return "?"
    }
}
