import Foundation

/// Turns the values pages give for their metadata into the forms
/// `ArticleMetadata` promises: one clean line, a byline without its "By",
/// an ISO 8601 date, a BCP 47 language tag.
enum MetadataValues {
    /// One line of text, cleaned of control characters and escape
    /// sequences, white space collapsed; nil when nothing is left.
    static func line(_ value: String?) -> String? {
        guard let value else { return nil }
        let clean = Sanitizer.line(TextNormalizer.normalize(value).text)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return clean.isEmpty ? nil : clean
    }

    /// A byline: no leading "By", no web address (some pages put the
    /// author's page there), at most a short line.
    static func byline(_ value: String?) -> String? {
        guard var text = line(value) else { return nil }
        for prefix in ["by ", "by: ", "written by "] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        guard !text.isEmpty, text.count <= longestByline, !isWebAddress(text) else { return nil }
        return text
    }

    /// A line longer than this is prose, not a byline.
    static let longestByline = 100

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    // MARK: Dates

    /// The date in ISO 8601: an ISO date or date-time is kept to the
    /// precision given (a space before the time becomes `T`); dates in the
    /// usual other forms (`Mon, 04 Mar 2024 09:00:00 GMT`, `March 4, 2024`,
    /// `4 March 2024`) are converted. Nil for anything else.
    static func date(_ value: String?) -> String? {
        guard let text = line(value) else { return nil }
        if let iso = isoPrefix(Array(text.utf8)) { return iso }
        for format in otherDateFormats {
            guard let date = formatter(format.pattern).date(from: text) else { continue }
            return formatter(format.hasTime ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd").string(from: date)
        }
        return nil
    }

    /// A fixed-format formatter in UTC, whatever the machine's locale.
    private static func formatter(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter
    }

    private static let otherDateFormats: [(pattern: String, hasTime: Bool)] = [
        ("EEE, dd MMM yyyy HH:mm:ss zzz", true), ("EEE, d MMM yyyy HH:mm:ss Z", true), ("dd MMM yyyy HH:mm:ss Z", true),
        ("MMMM d, yyyy", false), ("MMM d, yyyy", false), ("d MMMM yyyy", false), ("d MMM yyyy", false),
        ("yyyy/MM/dd", false),
    ]

    /// `YYYY-MM-DD`, then optionally `T` or a space and `HH:MM`, `:SS`,
    /// a fraction, and `Z` or an offset: the longest such start of the text.
    private static func isoPrefix(_ bytes: [UInt8]) -> String? {
        func digits(_ start: Int, _ count: Int) -> Bool {
            start + count <= bytes.count && bytes[start..<start + count].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func byte(_ index: Int, _ ascii: Character) -> Bool { index < bytes.count && bytes[index] == ascii.asciiValue! }
        guard digits(0, 4), byte(4, "-"), digits(5, 2), byte(7, "-"), digits(8, 2) else { return nil }
        guard let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)), (1...12).contains(month),
            let day = Int(String(decoding: bytes[8..<10], as: UTF8.self)), (1...31).contains(day)
        else { return nil }
        var iso = Array(bytes[0..<10])
        var index = 10
        guard index < bytes.count, byte(index, "T") || byte(index, " "), digits(index + 1, 2), byte(index + 3, ":"),
            digits(index + 4, 2)
        else { return String(decoding: iso, as: UTF8.self) }
        iso.append(UInt8(ascii: "T"))
        iso += bytes[(index + 1)..<(index + 6)]
        index += 6
        if byte(index, ":"), digits(index + 1, 2) {
            iso += bytes[index..<(index + 3)]
            index += 3
            if byte(index, "."), digits(index + 1, 1) {
                var end = index + 1
                while digits(end, 1) { end += 1 }
                iso += bytes[index..<end]
                index = end
            }
        }
        if byte(index, "Z") {
            iso.append(UInt8(ascii: "Z"))
        } else if byte(index, "+") || byte(index, "-"), digits(index + 1, 2) {
            iso += bytes[index..<(index + 3)]
            if byte(index + 3, ":"), digits(index + 4, 2) {
                iso += bytes[(index + 3)..<(index + 6)]
            } else if digits(index + 3, 2) {
                iso.append(UInt8(ascii: ":"))
                iso += bytes[(index + 3)..<(index + 5)]
            }
        }
        return String(decoding: iso, as: UTF8.self)
    }

    // MARK: Languages

    /// A BCP 47 tag: `en_US` and `EN-us` become `en-US`; nil for a value
    /// that is not a language tag.
    static func language(_ value: String?) -> String? {
        guard let text = line(value) else { return nil }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy(\.isASCIILetter),
            parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit } })
        else { return nil }
        var tag = [primary.lowercased()]
        for part in parts.dropFirst() {
            switch part.count {
            case 2: tag.append(part.uppercased())  // a region
            case 4: tag.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())  // a script
            default: tag.append(part.lowercased())
            }
        }
        return tag.joined(separator: "-")
    }
}

extension Character {
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
