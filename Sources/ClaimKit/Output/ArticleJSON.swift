/// Writes a `crosscheck.article/1` document straight into UTF-8 bytes, in
/// exactly the layout `JSONEncoder` gives it with sorted keys and
/// unescaped slashes, pretty-printed or compact. The Codable encoder builds
/// a tree of boxed values and sorts every object's keys for each article,
/// which took a fifth of `parse FOLDER --format json`; the document's shape
/// is fixed, so its keys are written here in their sorted order.
public enum ArticleJSON {
    /// The document's bytes. `pretty` lays it out one value a line,
    /// indented by two spaces a level, starting at `level` (1 for an
    /// element of an array of documents).
    public static func bytes(_ document: ArticleDocument, pretty: Bool, level: Int = 0) -> [UInt8] {
        var writer = Writer(pretty: pretty, level: level)
        writer.output.reserveCapacity(document.text.utf8.count * 2 + 4096)
        if pretty { writer.indent() }
        writer.document(document)
        return writer.output
    }

    private struct Writer {
        let pretty: Bool
        var level: Int
        var output: [UInt8] = []

        init(pretty: Bool, level: Int) {
            self.pretty = pretty
            self.level = level
        }

        mutating func document(_ document: ArticleDocument) {
            object { writer in
                writer.key("blocks", first: true)
                writer.array(document.blocks) { writer, block in
                    writer.object { writer in
                        writer.key("kind", first: true)
                        writer.string(block.kind.rawValue)
                        writer.key("range")
                        writer.range(block.range)
                    }
                }
                writer.key("byline")
                writer.optional(document.byline)
                writer.key("claims")
                writer.array(document.claims) { writer, claim in writer.claim(claim) }
                writer.key("denials")
                writer.array(document.denials) { writer, denial in writer.denial(denial) }
                writer.key("fingerprint")
                writer.string(document.fingerprint)
                writer.key("language")
                writer.optional(document.language)
                writer.key("path")
                writer.optional(document.path)
                writer.key("published")
                writer.optional(document.published)
                writer.key("schema")
                writer.string(document.schema)
                writer.key("site")
                writer.optional(document.site)
                writer.key("sources")
                writer.array(document.sources) { writer, source in writer.source(source) }
                writer.key("text")
                writer.string(document.text)
                writer.key("title")
                writer.string(document.title)
            }
        }

        mutating func claim(_ claim: ArticleDocument.ClaimEntry) {
            object { writer in
                writer.key("cue", first: true)
                writer.optional(claim.cue)
                writer.key("fingerprint")
                writer.string(claim.fingerprint)
                writer.key("hedges")
                writer.strings(claim.hedges)
                writer.key("id")
                writer.string(claim.id)
                writer.key("quoted")
                writer.raw(claim.quoted ? "true" : "false")
                writer.key("range")
                writer.range(claim.range)
                writer.key("sources")
                writer.strings(claim.sources)
                writer.key("text")
                writer.string(claim.text)
            }
        }

        mutating func denial(_ denial: ArticleDocument.DenialEntry) {
            object { writer in
                writer.key("cue", first: true)
                writer.string(denial.cue)
                writer.key("disputes")
                writer.strings(denial.disputes)
                writer.key("id")
                writer.string(denial.id)
                writer.key("range")
                writer.range(denial.range)
                writer.key("source")
                writer.optional(denial.source)
                writer.key("text")
                writer.string(denial.text)
            }
        }

        mutating func source(_ source: ArticleDocument.SourceEntry) {
            object { writer in
                writer.key("aliases", first: true)
                writer.strings(source.aliases)
                writer.key("id")
                writer.string(source.id)
                writer.key("kind")
                writer.string(source.kind.rawValue)
                writer.key("mentions")
                writer.array(source.mentions) { writer, range in writer.range(range) }
                writer.key("name")
                writer.string(source.name)
            }
        }

        // MARK: Layout

        mutating func object(_ members: (inout Writer) -> Void) {
            output.append(UInt8(ascii: "{"))
            level += 1
            members(&self)
            level -= 1
            newline()
            output.append(UInt8(ascii: "}"))
        }

        /// A member's key, after the comma that separates it from the one before.
        mutating func key(_ name: StaticString, first: Bool = false) {
            if !first { output.append(UInt8(ascii: ",")) }
            newline()
            output.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { output.append(contentsOf: $0) }
            raw(pretty ? "\" : " : "\":")
        }

        mutating func array<Element>(_ elements: [Element], _ write: (inout Writer, Element) -> Void) {
            output.append(UInt8(ascii: "["))
            level += 1
            if elements.isEmpty, pretty {
                // JSONEncoder leaves an empty line, unindented, inside an empty array.
                output.append(0x0A)
            }
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline()
                write(&self, element)
            }
            level -= 1
            if !elements.isEmpty || pretty { newline() }
            output.append(UInt8(ascii: "]"))
        }

        mutating func strings(_ values: [String]) {
            array(values) { writer, value in writer.string(value) }
        }

        mutating func range(_ range: TextRange) {
            array([range.start, range.end]) { writer, value in writer.raw(String(value)) }
        }

        mutating func newline() {
            guard pretty else { return }
            output.append(0x0A)
            indent()
        }

        mutating func indent() {
            for _ in 0..<(level * 2) { output.append(0x20) }
        }

        mutating func raw(_ text: String) {
            output.append(contentsOf: text.utf8)
        }

        mutating func optional(_ value: String?) {
            if let value { string(value) } else { raw("null") }
        }

        /// A string literal, escaped as JSONEncoder escapes it: quotation
        /// marks, backslashes and control characters; slashes and every
        /// other character as they are.
        mutating func string(_ value: String) {
            output.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { bytes in
                var runStart = 0
                for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    runStart = index + 1
                    output.append(UInt8(ascii: "\\"))
                    switch byte {
                    case 0x22, 0x5C: output.append(byte)
                    case 0x08: output.append(UInt8(ascii: "b"))
                    case 0x0C: output.append(UInt8(ascii: "f"))
                    case 0x0A: output.append(UInt8(ascii: "n"))
                    case 0x0D: output.append(UInt8(ascii: "r"))
                    case 0x09: output.append(UInt8(ascii: "t"))
                    default:
                        raw("u00")
                        output.append(Writer.hexDigits[Int(byte >> 4)])
                        output.append(Writer.hexDigits[Int(byte & 0x0F)])
                    }
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
            output.append(UInt8(ascii: "\""))
        }

        static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    }
}
