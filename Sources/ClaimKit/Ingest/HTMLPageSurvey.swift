/// One pass over a parsed page that records what choosing its article
/// needs: every element with its verdict and class signals, and every
/// run of text (a paragraph, or the text between two blocks) with its
/// length, link text and commas, owned by the block element it sits in.
/// Elements are numbered in document order, so a parent comes before its
/// children and a subtree's runs are consecutive.
struct HTMLPageSurvey {
    /// What a run of text or a subtree holds.
    struct Counts {
        /// Characters, white space collapsed.
        var text: Int32 = 0
        /// Characters inside links.
        var link: Int32 = 0
        var commas: Int32 = 0
        var paragraphs: Int32 = 0
        var listItems: Int32 = 0
        var images: Int32 = 0
        var inputs: Int32 = 0
        var embeds: Int32 = 0
        /// Runs of prose: long enough and mostly not links.
        var longRuns: Int32 = 0
        /// Characters inside list items, and inside headings.
        var listText: Int32 = 0
        var headingText: Int32 = 0
        var endsSentence = false

        static func += (total: inout Counts, more: Counts) {
            total.text += more.text
            total.link += more.link
            total.commas += more.commas
            total.paragraphs += more.paragraphs
            total.listItems += more.listItems
            total.images += more.images
            total.inputs += more.inputs
            total.embeds += more.embeds
            total.longRuns += more.longRuns
            total.listText += more.listText
            total.headingText += more.headingText
            total.endsSentence = total.endsSentence || more.endsSentence
        }

        /// Share of the text inside links.
        var linkDensity: Double { text > 0 ? Double(link) / Double(text) : 0 }
    }

    struct Element {
        let node: HTMLNode
        /// The parent's index; -1 for the root.
        let parent: Int32
        let tag: HTMLTag
        let verdict: HTMLBoilerplate.Verdict
        let signals: ClassSignals
        let classHash: Int
        /// Deeper than `depthLimit`: its subtree is one run, read flat.
        let readsFlat: Bool
        /// The runs it owns and the elements it counts itself as.
        var own = Counts()
        /// Its subtree's runs: `runs[firstRun..<endRun]`.
        var firstRun: Int32 = 0
        var endRun: Int32 = 0
    }

    struct Run {
        let owner: Int32
        let length: Int32
        let linkLength: Int32
        let commas: Int32
    }

    /// Runs this long and with at most half their text in links are prose.
    static let longRun: Int32 = 80
    /// Deeper than this the tree is not explored element by element; a
    /// hostile page cannot exhaust the stack.
    static let depthLimit = 200

    private(set) var elements: [Element] = []
    private(set) var runs: [Run] = []
    /// Prefix hashes of the runs' words, for `contentKey(of:)`; runs
    /// inside furniture named by class are left out of them, so two
    /// copies of an article with different widgets still match.
    private var runHashes: [UInt64] = [0]
    /// How many runs each prefix hash covers.
    private var hashedRuns: [Int32] = [0]
    private var hashPowers: [UInt64] = [1]
    /// How many elements named as furniture enclose the current one.
    private var furnitureDepth = 0
    /// How many elements saying they hold the article enclose the current one.
    private var articleDepth = 0
    private(set) var body: Int?
    private(set) var headlines: [Int] = []
    /// Elements that say they hold the article: `itemprop="articleBody"`,
    /// `<article>`, `<main>` or `role="main"`.
    private(set) var declaredArticles: [Int] = []
    private(set) var metadata = HTMLMetadataSurvey()

    private let classes: ClassSignalCache
    private var run = HTMLTextRun()

    init(root: HTMLNode, vocabulary: PageClassVocabulary) {
        classes = ClassSignalCache(vocabulary)
        visit(root, parent: -1, owner: -1, depth: 0, inLink: false)
    }

    /// The element's index, for an element the survey visited.
    func index(of node: HTMLNode) -> Int? {
        let mark = node.mark
        return mark > 0 && mark <= elements.count && elements[mark - 1].node == node ? mark - 1 : nil
    }

    /// A key that two subtrees share when they hold the same runs of text
    /// (a page that carries a second copy of its article), with how many
    /// runs that is.
    func contentKey(of index: Int) -> (hash: UInt64, runs: Int) {
        let element = elements[index]
        let start = Int(element.firstRun)
        let end = Int(element.endRun)
        let count = Int(hashedRuns[end] - hashedRuns[start])
        return (runHashes[end] &- runHashes[start] &* hashPowers[count], count)
    }

    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = Int(elements[current].parent)
        }
        return false
    }

    // MARK: The pass

    private mutating func visit(_ node: HTMLNode, parent: Int, owner: Int, depth: Int, inLink: Bool) {
        let tag = HTMLTag(node)
        if tag == .head {
            metadata.read(node)
            return
        }
        let attributes = HTMLBoilerplate.Attributes(of: node, classes: classes)
        let verdict = HTMLBoilerplate.verdict(tag: tag, attributes: attributes, insideArticle: articleDepth > 0)
        switch tag {
        case .html: metadata.readLanguage(of: node)
        case .meta: metadata.readMeta(node)
        case .script: metadata.readScript(node)
        case .title: metadata.readTitle(node)
        default: break
        }
        if verdict == .furniture {
            if tag == .header || tag == .footer || tag == .aside, !attributes.isHidden {
                metadata.scanFurniture(
                    node, classes: classes, position: elements.count, inFurniture: furnitureDepth > 0)
            }
            // Form fields and embedded players still tell what a box is.
            if parent >= 0 {
                switch tag {
                case .input, .select, .textarea: elements[parent].own.inputs += 1
                case .object, .embed, .iframe, .video: elements[parent].own.embeds += 1
                default: break
                }
            }
            return
        }
        let declaresArticle = tag == .article || tag == .main || attributes.isArticleBody
        if declaresArticle { articleDepth += 1 }
        defer { if declaresArticle { articleDepth -= 1 } }
        let index = elements.count
        elements.append(
            Element(
                node: node, parent: Int32(parent), tag: tag, verdict: verdict, signals: attributes.signals,
                classHash: attributes.classHash, readsFlat: depth > HTMLPageSurvey.depthLimit))
        node.mark = index + 1
        metadata.note(
            node, tag: tag, isByline: attributes.isByline, position: index,
            inFurniture: furnitureDepth > 0 || verdict == .likelyFurniture)
        switch tag {
        case .body where body == nil: body = index
        case .h1: headlines.append(index)
        case .article, .main: declaredArticles.append(index)
        default: if attributes.isArticleBody || attributes.role == .main { declaredArticles.append(index) }
        }
        // A box named as furniture has runs of its own, so it can be
        // left out of its container's measure.
        let startsRuns = tag.isBlock || verdict == .likelyFurniture
        if startsRuns { flushRun(owner: owner) }
        if verdict == .likelyFurniture { furnitureDepth += 1 }
        defer { if verdict == .likelyFurniture { furnitureDepth -= 1 } }
        elements[index].firstRun = Int32(runs.count)
        let runOwner = startsRuns ? index : owner
        let linked = inLink || tag == .a
        if depth > HTMLPageSurvey.depthLimit {
            // Read flat, as `HTMLBlockReader` reads it: one run.
            HTMLText.forEachText(in: node) { text in text.withTextBytes { run.add($0, inLink: linked) } }
        } else {
            for child in node.children {
                if child.isText {
                    child.withTextBytes { run.add($0, inLink: linked) }
                } else if child.isElement {
                    visit(child, parent: index, owner: runOwner, depth: depth + 1, inLink: linked)
                }
            }
        }
        if startsRuns { flushRun(owner: index) }
        elements[index].endRun = Int32(runs.count)
        switch tag {
        case .p: elements[index].own.paragraphs += 1
        case .li: elements[index].own.listItems += 1
        case .img, .picture: elements[index].own.images += 1
        default: break
        }
    }

    /// Ends the run of text gathered so far, which belongs to `owner`.
    private mutating func flushRun(owner: Int) {
        defer { run = HTMLTextRun() }
        run.finish()
        guard !run.isEmpty, owner >= 0, owner < elements.count else { return }
        let measured = Run(
            owner: Int32(owner), length: Int32(clamping: run.length), linkLength: Int32(clamping: run.linkLength),
            commas: Int32(clamping: run.commas))
        runs.append(measured)
        let previous = runHashes[runHashes.count - 1]
        let hashed = hashedRuns[hashedRuns.count - 1]
        if furnitureDepth == 0 {
            runHashes.append(previous &* HTMLPageSurvey.hashBase &+ run.hash)
            hashedRuns.append(hashed + 1)
            hashPowers.append(hashPowers[hashPowers.count - 1] &* HTMLPageSurvey.hashBase)
        } else {
            runHashes.append(previous)
            hashedRuns.append(hashed)
        }
        var own = Counts(text: measured.length, link: measured.linkLength, commas: measured.commas)
        if measured.length >= HTMLPageSurvey.longRun && measured.linkLength * 2 < measured.length { own.longRuns = 1 }
        own.endsSentence = run.endsSentence
        elements[owner].own += own
    }

    private static let hashBase: UInt64 = 0x9E37_79B9_7F4A_7C15
}

/// Text gathered from a whole subtree without recursion, skipping what
/// is never article text.
enum HTMLText {
    static func text(of element: HTMLNode) -> String {
        var text = ""
        forEachText(in: element) { text += $0.text }
        return text
    }

    static func forEachText(in element: HTMLNode, _ body: (HTMLNode) -> Void) {
        var stack = Array(element.children.reversed())
        while let node = stack.popLast() {
            if node.isText {
                body(node)
            } else if node.isElement, !HTMLTag(node).isAlwaysDropped {
                stack.append(contentsOf: node.children.reversed())
            }
        }
    }
}
