/// Reduces Markdown's inline markup to the text a reader sees: emphasis
/// markers, link targets, images, inline HTML tags and escapes go;
/// link texts, code spans and decoded entities stay.
enum MarkdownInline {
    /// How far a closing bracket, parenthesis or backtick run is looked
    /// for, so a paragraph full of unmatched openers stays linear.
    static let lookahead = 2000

    static func text(_ markdown: some StringProtocol) -> String {
        // Most paragraphs of an article have no markup at all.
        guard markdown.utf8.contains(where: isMarkupByte) else { return String(markdown) }
        var reducer = Reducer(Array(markdown.unicodeScalars))
        reducer.run()
        return reducer.result()
    }

    /// The bytes that can begin an inline construct.
    private static func isMarkupByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "!"), UInt8(ascii: "["), UInt8(ascii: "<"),
            UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private struct Delimiter {
        var character: Unicode.Scalar
        var start: Int
        var length: Int
        var canOpen: Bool
        var canClose: Bool
    }

    private struct Reducer {
        let input: [Unicode.Scalar]
        var output: [Unicode.Scalar] = []
        var delimiters: [Delimiter] = []
        /// Links whose text is being read: where each text ends, and
        /// where its target (dropped) ends.
        var openLinks: [(closingBracket: Int, afterTarget: Int)] = []

        init(_ input: [Unicode.Scalar]) {
            self.input = input
            output.reserveCapacity(input.count)
        }

        mutating func run() {
            var index = 0
            while index < input.count {
                index = step(at: index)
            }
        }

        /// Handles the construct at `index`; returns where the next begins.
        private mutating func step(at index: Int) -> Int {
            if let link = openLinks.last, link.closingBracket == index {
                openLinks.removeLast()
                return link.afterTarget
            }
            let scalar = input[index]
            switch scalar {
            case "\\":
                if index + 1 < input.count, isEscapable(input[index + 1]) {
                    output.append(input[index + 1])
                    return index + 2
                }
            case "`":
                if let end = codeSpan(at: index) { return end }
            case "!":
                if index + 1 < input.count, input[index + 1] == "[", let end = linkEnd(openingAt: index + 1) {
                    return end.afterTarget
                }
            case "[":
                if let end = linkEnd(openingAt: index) {
                    if input[index + 1] == "^" { return end.afterTarget }
                    openLinks.append(end)
                    return index + 1
                }
            case "<":
                if let end = angleBracket(at: index) { return end }
            case "&":
                if let (decoded, end) = entity(at: index) {
                    output.append(decoded)
                    return end
                }
            case "*", "_", "~":
                return delimiterRun(at: index)
            default:
                break
            }
            output.append(scalar)
            return index + 1
        }

        /// CommonMark lets a backslash escape any ASCII punctuation.
        private func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
            ##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.unicodeScalars.contains(scalar)
        }

        // MARK: Code spans

        /// `` `code` ``: its content kept as it is.
        private mutating func codeSpan(at start: Int) -> Int? {
            let length = runLength(of: "`", at: start)
            var index = start + length
            let limit = min(input.count, index + MarkdownInline.lookahead)
            while index < limit {
                if input[index] == "`" {
                    let closing = runLength(of: "`", at: index)
                    if closing == length {
                        var content = input[(start + length)..<index]
                        if content.count > 1, content.first == " ", content.last == " " {
                            content = content.dropFirst().dropLast()
                        }
                        output.append(contentsOf: content)
                        return index + closing
                    }
                    index += closing
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: input[start..<(start + length)])
            return start + length
        }

        // MARK: Links and images

        /// The end of `[text](target)`, `[text][ref]`, `[text][]` or a
        /// footnote `[^1]`, given the index of the opening bracket.
        private func linkEnd(openingAt open: Int) -> (closingBracket: Int, afterTarget: Int)? {
            var depth = 0
            var index = open
            let limit = min(input.count, open + MarkdownInline.lookahead)
            var closing: Int?
            while index < limit {
                switch input[index] {
                case "\\": index += 1
                case "[": depth += 1
                case "]":
                    depth -= 1
                    if depth == 0 { closing = index }
                default: break
                }
                if closing != nil { break }
                index += 1
            }
            guard let closing else { return nil }
            let after = closing + 1
            if after < input.count, input[after] == "(", let end = matching(")", opening: "(", from: after) {
                return (closing, end + 1)
            }
            if after < input.count, input[after] == "[", let end = matching("]", opening: "[", from: after) {
                return (closing, end + 1)
            }
            if open + 1 < closing, input[open + 1] == "^" { return (closing, after) }
            return nil
        }

        private func matching(_ close: Unicode.Scalar, opening: Unicode.Scalar, from start: Int) -> Int? {
            var depth = 0
            let limit = min(input.count, start + MarkdownInline.lookahead)
            var index = start
            while index < limit {
                let scalar = input[index]
                if scalar == "\\" {
                    index += 2
                    continue
                }
                if scalar == opening { depth += 1 }
                if scalar == close {
                    depth -= 1
                    if depth == 0 { return index }
                }
                index += 1
            }
            return nil
        }

        // MARK: Autolinks and inline HTML

        /// `<https://…>` keeps its address; an HTML tag or comment goes.
        private mutating func angleBracket(at start: Int) -> Int? {
            let limit = min(input.count, start + MarkdownInline.lookahead)
            guard start + 1 < limit else { return nil }
            let first = input[start + 1]
            guard first.properties.isAlphabetic || first == "/" || first == "!" else { return nil }
            var index = start + 1
            while index < limit, input[index] != ">" {
                if input[index] == "<" || input[index] == "\n" { return nil }
                index += 1
            }
            guard index < limit else { return nil }
            let inner = input[(start + 1)..<index]
            if inner.contains(":") && !inner.contains(" ") && first != "/" && first != "!" {
                output.append(contentsOf: inner)
            } else if inner.contains("@") && !inner.contains(" ") {
                output.append(contentsOf: inner)
            }
            return index + 1
        }

        // MARK: Entities

        /// `&amp;`, `&eacute;`, `&#8217;`, `&#x2019;`.
        private func entity(at start: Int) -> (Unicode.Scalar, Int)? {
            var index = start + 1
            let limit = min(input.count, start + 34)
            var name = String.UnicodeScalarView()
            while index < limit, input[index].properties.isAlphabetic || input[index] == "#"
                || ("0"..."9").contains(input[index])
            {
                name.append(input[index])
                index += 1
            }
            guard index < limit, input[index] == ";", !name.isEmpty else { return nil }
            let text = String(name)
            let scalar: Unicode.Scalar?
            if text.hasPrefix("#x") || text.hasPrefix("#X") {
                scalar = UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if text.hasPrefix("#") {
                scalar = UInt32(text.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = HTMLDocument.entity(named: text)
            }
            return scalar.map { ($0, index + 1) }
        }

        // MARK: Emphasis

        /// A run of `*`, `_` or `~~` is kept in the output for now and
        /// noted; matched pairs are taken out at the end, so a lone `*` or
        /// a `snake_case` word stays as written.
        private mutating func delimiterRun(at start: Int) -> Int {
            let character = input[start]
            let length = runLength(of: character, at: start)
            let before: Unicode.Scalar = start > 0 ? input[start - 1] : " "
            let after: Unicode.Scalar = start + length < input.count ? input[start + length] : " "
            var canOpen = !after.isWhitespace
            var canClose = !before.isWhitespace
            if character == "_" {
                canOpen = canOpen && !isWordCharacter(before)
                canClose = canClose && !isWordCharacter(after)
            }
            if character == "~" && length != 2 {
                canOpen = false
                canClose = false
            }
            if canOpen || canClose {
                delimiters.append(
                    Delimiter(
                        character: character, start: output.count, length: length, canOpen: canOpen,
                        canClose: canClose))
            }
            output.append(contentsOf: input[start..<(start + length)])
            return start + length
        }

        private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }

        private func runLength(of character: Unicode.Scalar, at start: Int) -> Int {
            var end = start
            while end < input.count, input[end] == character { end += 1 }
            return end - start
        }

        /// The output with matched emphasis delimiters removed.
        func result() -> String {
            var removed: [Range<Int>] = []
            var openers: [Delimiter] = []
            for delimiter in delimiters {
                if delimiter.canClose, let match = openers.lastIndex(where: { $0.character == delimiter.character }) {
                    let opener = openers[match]
                    removed.append(opener.start..<(opener.start + opener.length))
                    removed.append(delimiter.start..<(delimiter.start + delimiter.length))
                    openers.removeSubrange(match...)
                } else if delimiter.canOpen {
                    openers.append(delimiter)
                }
            }
            removed.sort { $0.lowerBound < $1.lowerBound }
            // Encoded to UTF-8 by hand: appending scalars to a String one
            // by one costs more than the whole reduction.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(output.count)
            var position = 0
            for range in removed + [output.count..<output.count] {
                for scalar in output[position..<range.lowerBound] {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
                position = range.upperBound
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
