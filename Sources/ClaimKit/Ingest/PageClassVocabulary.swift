import Foundation

/// What an element's class and id words say about it (see
/// `Lexicons/page-furniture.txt`).
struct ClassSignals: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    /// Holds no article text: navigation, comments, ads, page header and footer.
    static let furniture = ClassSignals(rawValue: 1)
    /// Names itself a column or the content, which outweighs `furniture`.
    static let keep = ClassSignals(rawValue: 2)
    /// Names the article's container.
    static let article = ClassSignals(rawValue: 4)
    /// Furniture as often as not: counts against the element.
    static let weak = ClassSignals(rawValue: 8)
    /// A line naming the article's authors.
    static let byline = ClassSignals(rawValue: 16)

    /// Readability's weight for an element's class: a container named
    /// for the article scores higher, one named for furniture lower.
    var weight: Int {
        (contains(.article) ? 25 : 0) - (contains(.furniture) || contains(.weak) ? 25 : 0)
    }
}

/// The class and id vocabulary of `page-furniture.txt`: whole words and
/// word parts, each with the signals it gives.
struct PageClassVocabulary: Sendable {
    static let fileName = "page-furniture.txt"

    private var words: [String: ClassSignals] = [:]
    private var parts: [(part: [UInt8], signals: ClassSignals)] = []

    init(directory: URL) throws {
        let sections: [String: ClassSignals] = [
            "furniture": .furniture, "keep": .keep, "article": .article, "weak": .weak, "byline": .byline,
        ]
        var section: String?
        for line in try LexiconFiles.lines(PageClassVocabulary.fileName, in: directory) {
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            let name = section ?? ""
            let isParts = name.hasSuffix(" parts")
            guard let signals = sections[isParts ? String(name.dropLast(" parts".count)) : name] else {
                throw ClaimKitError.lexicon(file: PageClassVocabulary.fileName, reason: "unknown section [\(name)]")
            }
            let entry = line.lowercased()
            if isParts {
                parts.append((Array(entry.utf8), signals))
            } else {
                words[entry, default: []].formUnion(signals)
            }
        }
    }

    /// The signals of a class or id attribute's value, given as bytes.
    func signals(of value: UnsafeBufferPointer<UInt8>) -> ClassSignals {
        var signals: ClassSignals = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var previousWasLower = false
        func endWord() {
            guard !word.isEmpty else { return }
            signals.formUnion(self.signals(ofWord: word))
            word.removeAll(keepingCapacity: true)
        }
        for byte in value {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isUpper && previousWasLower { endWord() }
            if isUpper {
                word.append(byte + 0x20)
            } else if isLower || isDigit || byte >= 0x80 {
                word.append(byte)
            } else {
                endWord()
            }
            previousWasLower = isLower || isDigit
        }
        endWord()
        return signals
    }

    private func signals(ofWord word: [UInt8]) -> ClassSignals {
        var signals = words[String(decoding: word, as: UTF8.self)] ?? []
        for (part, partSignals) in parts where !signals.isSuperset(of: partSignals) && word.count >= part.count {
            if word.containsBytes(part) { signals.formUnion(partSignals) }
        }
        return signals
    }
}

/// The vocabulary's answers for one page, remembered by attribute value:
/// a page repeats the same few class names on thousands of elements.
final class ClassSignalCache {
    let vocabulary: PageClassVocabulary
    private var entries: [Int: (value: [UInt8], signals: ClassSignals)] = [:]

    init(_ vocabulary: PageClassVocabulary) {
        self.vocabulary = vocabulary
    }

    func signals(of value: UnsafeBufferPointer<UInt8>) -> ClassSignals {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(value))
        let key = hasher.finalize()
        if let entry = entries[key], entry.value.elementsEqual(value) { return entry.signals }
        let signals = vocabulary.signals(of: value)
        if entries.count < 10_000 { entries[key] = (Array(value), signals) }
        return signals
    }
}
