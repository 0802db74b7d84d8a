extension Unicode.Scalar {
    /// Whether the scalar is white space: the same set as
    /// `properties.isWhitespace`, answered without a table look-up, which
    /// matters in the loops that touch every character of a page.
    var isWhitespace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: true
        case 0x00...0x7F: false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without white space at either end.
    func trimmingWhitespace() -> SubSequence {
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.isWhitespace, !last.isWhitespace {
            return self[startIndex..<endIndex]
        }
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }

    /// Whether there is anything but white space in the text.
    var hasVisibleText: Bool {
        unicodeScalars.contains { !$0.isWhitespace }
    }
}
