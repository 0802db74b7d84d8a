import Foundation

/// Sizes as people write them: `20M`, `20MiB`, `512k`, `1G` or a number
/// of bytes; the units are binary (1M = 1,048,576 bytes). The command
/// line and the config file read them alike.
public enum ByteSize {
    /// The bytes `text` says, or nil when it is no size.
    public static func parse(_ text: String) -> Int? {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = text.prefix { $0.isNumber }
        var unit = text.dropFirst(digits.count)
        if unit.hasSuffix("ib") { unit = unit.dropLast(2) } else if unit.hasSuffix("b") { unit = unit.dropLast() }
        let shift: Int
        switch unit {
        case "": shift = 0
        case "k": shift = 10
        case "m": shift = 20
        case "g": shift = 30
        default: return nil
        }
        guard let count = Int(digits), count > 0, count <= Int.max >> shift else { return nil }
        return count << shift
    }

    /// `20MiB` for an exact number of binary units, else the bytes.
    public static func describe(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(unit)"
        }
        return "\(bytes)"
    }
}
