import Foundation

/// Windows-1252 as the WHATWG Encoding standard defines it (what browsers
/// read Latin-1 pages as): Latin-1, except that 0x80–0x9F hold quotes,
/// dashes and a few letters; the five bytes it leaves undefined stand for
/// the C1 control of the same value (removed later with other controls).
enum Windows1252 {
    static func decode(_ data: Data) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(data.count)
        for byte in data {
            let value = (0x80...0x9F).contains(byte) ? highControls[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The characters of 0x80–0x9F.
    private static let highControls: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
