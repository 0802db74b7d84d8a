import CLibXML2

/// A page parsed by libxml2's forgiving HTML parser. This file is the
/// only one that touches libxml2's C API; the tree is freed with the
/// document, so its nodes are used only while the document is alive.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `bytes` as HTML, converting from `encoding` (nil: let the
    /// document's own `<meta charset>` decide). Nil when libxml2 builds no
    /// tree, e.g. for a charset it cannot convert.
    init?(bytes: [UInt8], encoding: String?) {
        HTMLDocument.prepareLibrary()
        guard !bytes.isEmpty else { return nil }
        // HUGE lifts the 256-level nesting limit, past which libxml2 drops
        // the rest of the page; the tree is flattened below afterwards.
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue
        let parsed = bytes.withUnsafeBytes { raw in
            htmlReadMemory(
                // libxml2 takes an int size: a page past 2 GiB is read up to there.
                raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(clamping: raw.count), nil, encoding,
                Int32(bitPattern: options))
        }
        guard let parsed else { return nil }
        document = parsed
        if let root = xmlDocGetRootElement(parsed) { HTMLDocument.limitDepth(below: root) }
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The `<html>` element (libxml2 adds one when the page leaves it out).
    var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }

    /// libxml2 asks to be initialised once, before any thread parses.
    private static let libraryReady: Void = xmlInitParser()

    private static func prepareLibrary() {
        HTMLDocument.libraryReady
        crosscheck_libxml2_silence()
    }

    /// How deep elements may nest once parsed: far deeper than any page's
    /// layout, shallow enough for every walk over the tree.
    static let maximumDepth = 192

    /// Unwraps every element nested deeper than `maximumDepth` — its
    /// children take its place — so that a page nested thousands deep keeps
    /// all its text in a tree of bounded depth. Paragraphs, headings, list
    /// items and quotations are kept whole until twice that depth.
    ///
    /// Plain wrappers (`div`, `span`, `font`, …) whose subtree would reach
    /// past the limit are unwrapped first, from the top down: a page of
    /// unclosed `<div>`s, one paragraph in each, flattens into its first
    /// container, all its paragraphs side by side. Unwrapped only at the
    /// bottom, the paragraphs past the limit would pile into the deepest
    /// kept wrapper, which then outscores the rest and is read alone.
    private static func limitDepth(below root: xmlNodePtr) {
        // Most pages are far shallower: one walk tells, and they are left alone.
        guard depth(below: root) > maximumDepth else { return }
        let heights = subtreeHeights(below: root)
        var stack: [(node: xmlNodePtr, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            var child = node.pointee.children
            while let current = child {
                child = current.pointee.next
                guard current.pointee.type == XML_ELEMENT_NODE else { continue }
                let name = HTMLNode(pointer: current).name
                let keep = depth + heights[current, default: 1] <= maximumDepth
                    || depth < maximumDepth && !wrapperNames.contains(name)
                    || depth < 2 * maximumDepth && blockNames.contains(name)
                if keep {
                    stack.append((current, depth + 1))
                    continue
                }
                // Its children become siblings in its place and are looked at
                // next, as children of `node` (a moved text node may merge
                // into the text before it).
                let before = current.pointee.prev
                var grandchild = current.pointee.children
                while let moving = grandchild {
                    grandchild = moving.pointee.next
                    xmlUnlinkNode(moving)
                    xmlAddPrevSibling(current, moving)
                }
                // Unlinked before the next child is found: an element with
                // no children would otherwise be found again, freed.
                xmlUnlinkNode(current)
                xmlFreeNode(current)
                child = before.map { $0.pointee.next } ?? node.pointee.children
            }
        }
    }

    /// How many levels of elements the tree below `root` holds, `root` included.
    private static func depth(below root: xmlNodePtr) -> Int {
        var deepest = 0
        var stack: [(node: xmlNodePtr, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            deepest = max(deepest, depth)
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append((current, depth + 1)) }
                child = current.pointee.next
            }
        }
        return deepest
    }

    /// How many levels of elements each element's subtree holds (1 for
    /// one without element children), found without recursion.
    private static func subtreeHeights(below root: xmlNodePtr) -> [xmlNodePtr: Int] {
        // Parents come before their children in `order`, so reading it
        // backwards finishes every subtree before its parent.
        var order: [xmlNodePtr] = []
        var stack = [root]
        while let node = stack.popLast() {
            order.append(node)
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append(current) }
                child = current.pointee.next
            }
        }
        var heights: [xmlNodePtr: Int] = [:]
        heights.reserveCapacity(order.count)
        for node in order.reversed() {
            let height = heights[node, default: 1]
            heights[node] = height
            if node != root, let parent = node.pointee.parent {
                heights[parent] = max(heights[parent, default: 1], height + 1)
            }
        }
        return heights
    }

    /// Elements that only wrap their content: unwrapping one changes how
    /// nothing reads.
    private static let wrapperNames: Set<String> = [
        "div", "span", "font", "center", "b", "i", "u", "s", "em", "strong", "small", "big",
    ]

    private static let blockNames: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dt", "dd", "figcaption",
    ]

    /// The character an HTML named entity (`amp`, `eacute`) stands for.
    static func entity(named name: String) -> Unicode.Scalar? {
        let bytes = Array(name.utf8) + [0]
        guard let entry = bytes.withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress) }) else { return nil }
        return Unicode.Scalar(entry.pointee.value)
    }
}

/// An element or text node of an `HTMLDocument`'s tree.
struct HTMLNode: Hashable {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's tag name; libxml2's HTML parser lower-cases it.
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// A text node's text.
    var text: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// A text node's length in UTF-8 bytes, without making a String.
    var textByteCount: Int {
        guard let content = pointer.pointee.content else { return 0 }
        return Int(xmlStrlen(content))
    }

    /// A text node's UTF-8 bytes, read in place.
    func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let content = pointer.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }

    /// The tag name's UTF-8 bytes, read in place (empty for a nameless node).
    func withNameBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let name = pointer.pointee.name else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
    }

    /// A number the extractor keeps on the node (its index in a survey),
    /// held in libxml2's field for application data; 0 until set.
    var mark: Int {
        get { Int(bitPattern: pointer.pointee._private) }
        nonmutating set { pointer.pointee._private = UnsafeMutableRawPointer(bitPattern: newValue) }
    }

    var parent: HTMLNode? {
        pointer.pointee.parent.map(HTMLNode.init)
    }

    var children: UnfoldSequence<HTMLNode, xmlNodePtr?> {
        sequence(state: pointer.pointee.children) { next in
            guard let node = next else { return nil }
            next = node.pointee.next
            return HTMLNode(pointer: node)
        }
    }

    /// Whether `ancestor` is this node or encloses it.
    func isInside(_ ancestor: HTMLNode) -> Bool {
        var current: HTMLNode? = self
        while let node = current {
            if node == ancestor { return true }
            current = node.parent
        }
        return false
    }

    /// The first element below this one, in page order, that `matches`.
    func firstDescendant(where matches: (HTMLNode) -> Bool) -> HTMLNode? {
        var stack = Array(children.filter(\.isElement).reversed())
        while let node = stack.popLast() {
            if matches(node) { return node }
            stack += node.children.filter(\.isElement).reversed()
        }
        return nil
    }

    /// The value of an attribute (names are lower-cased by the parser).
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Calls `body` with each attribute's name and value as UTF-8 bytes,
    /// read in place where the value is one piece of text.
    func forEachAttribute(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name else { continue }
            let nameBytes = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
            let first = current.pointee.children
            if let first, first.pointee.next == nil {
                let content = first.pointee.content
                body(nameBytes, UnsafeBufferPointer(start: content, count: content.map { Int(xmlStrlen($0)) } ?? 0))
            } else {
                var value: [UInt8] = []
                var child = first
                while let text = child {
                    if let content = text.pointee.content {
                        value.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                    }
                    child = text.pointee.next
                }
                value.withUnsafeBufferPointer { body(nameBytes, $0) }
            }
        }
    }

    /// Every attribute, in document order.
    var attributes: [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((current.pointee.name.map { String(cString: $0) } ?? "", value))
            attribute = current.pointee.next
        }
        return result
    }
}
