/// Finds the element holding a page's article the way Mozilla's
/// Readability does: every paragraph of prose adds to the score of its
/// container (in full), of the container's parent (in half) and, less and
/// less, of three more ancestors; a container's class can add or take
/// away; link text lowers a score. The best-scoring container, moved up
/// when its parent holds as much, is the article, together with the
/// siblings that continue it.
///
/// One reading of the page under a set of rules: whether furniture named
/// by class is left out, whether widget-like boxes are dropped, and
/// whether lists of other stories are.
struct HTMLContentScore {
    struct Rules {
        var leavesOutFurniture: Bool
        var dropsWidgets: Bool
        var dropsLinkLists = true

        /// Strictest first; each next one is tried when the article found
        /// under the one before is too short to be the page's. Lists of
        /// links and teasers are kept only by the last, for a page that is
        /// nothing but such lists (a section front): a looser reading
        /// wins by length, and another story's headlines are not more of
        /// this one.
        static let sequence = [
            Rules(leavesOutFurniture: true, dropsWidgets: true),
            Rules(leavesOutFurniture: true, dropsWidgets: false),
            Rules(leavesOutFurniture: false, dropsWidgets: true),
            Rules(leavesOutFurniture: false, dropsWidgets: false),
            Rules(leavesOutFurniture: true, dropsWidgets: false, dropsLinkLists: false),
        ]
    }

    let survey: HTMLPageSurvey
    let rules: Rules
    /// Each element's subtree, less what these rules leave out.
    private(set) var totals: [HTMLPageSurvey.Counts]
    /// Left out with an ancestor (or itself) under these rules.
    private(set) var excluded: [Bool]
    /// How many of its children hold text.
    private var childrenWithText: [Int32]
    /// List items among its children, and how many of them are links.
    private var items: [Int32]
    private var linkedItems: [Int32]
    /// Headings below it whose text is a link (another story's headline),
    /// and, for a list, its items holding one.
    private var linkedHeadings: [Int32]
    private var teaserItems: [Int32]
    /// Content scores, for the elements that have one.
    private(set) var scores: [Double?]

    init(survey: HTMLPageSurvey, rules: Rules) {
        self.survey = survey
        self.rules = rules
        let count = survey.elements.count
        totals = survey.elements.map(\.own)
        excluded = Array(repeating: false, count: count)
        childrenWithText = Array(repeating: 0, count: count)
        items = Array(repeating: 0, count: count)
        linkedItems = Array(repeating: 0, count: count)
        linkedHeadings = Array(repeating: 0, count: count)
        teaserItems = Array(repeating: 0, count: count)
        scores = Array(repeating: nil, count: count)
        for index in 0..<count {
            let parent = Int(survey.elements[index].parent)
            excluded[index] = (parent >= 0 && excluded[parent]) || leavesOut(index)
        }
        // Children come after their parent: summing from the end adds each
        // finished subtree into its parent.
        for index in stride(from: count - 1, through: 0, by: -1) {
            let parent = Int(survey.elements[index].parent)
            guard parent >= 0 else { continue }
            let total = totals[index]
            let tag = survey.elements[index].tag
            // Another story's linked headline marks its teaser even when
            // the heading's own class (`feature-header`) leaves it out.
            if tag.isHeading && total.text > 0 && total.link * 2 >= total.text { linkedHeadings[index] += 1 }
            linkedHeadings[parent] += linkedHeadings[index]
            guard !leavesOut(index) else { continue }
            totals[parent] += total
            if total.text > 0 { childrenWithText[parent] += 1 }
            if tag == .li { totals[parent].listText += total.text - total.listText }
            if tag.isHeading { totals[parent].headingText += total.text - total.headingText }
            if (tag == .li || tag == .dt || tag == .dd) && total.text > 0 {
                items[parent] += 1
                if total.link * 2 >= total.text { linkedItems[parent] += 1 }
                if linkedHeadings[index] > 0 { teaserItems[parent] += 1 }
            }
        }
        scoreRuns()
    }

    private func leavesOut(_ index: Int) -> Bool {
        rules.leavesOutFurniture && survey.elements[index].verdict == .likelyFurniture
    }

    // MARK: Scores

    /// A run of prose is worth one point, one more per comma and per
    /// hundred characters (up to three).
    static let shortestScoredRun: Int32 = 25

    private mutating func scoreRuns() {
        let elements = survey.elements
        for run in survey.runs {
            let owner = Int(run.owner)
            guard !excluded[owner], run.length >= HTMLContentScore.shortestScoredRun, run.linkLength * 2 <= run.length
            else { continue }
            let points = 1 + Double(run.commas) + Double(min(run.length / 100, 3))
            var ancestor = elements[owner].tag.isParagraph ? Int(elements[owner].parent) : owner
            var level = 0
            while ancestor >= 0, level < 5, elements[ancestor].tag != .html {
                let start = scores[ancestor] ?? Double(elements[ancestor].tag.baseScore + elements[ancestor].signals.weight)
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor] = start + points / divider
                ancestor = Int(elements[ancestor].parent)
                level += 1
            }
        }
        for index in scores.indices {
            if let score = scores[index] { scores[index] = score * (1 - totals[index].linkDensity) }
        }
    }

    // MARK: The article's container

    /// The element holding the article, nil when no run of text scores.
    func topCandidate() -> Int? {
        var candidates = scores.indices.compactMap { index in scores[index].map { (index, $0) } }
        guard !candidates.isEmpty else { return nil }
        candidates.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var top = candidates[0].0
        let topScore = candidates[0].1
        let elements = survey.elements
        // Several close runners-up under one ancestor: the article is
        // split into boxes and that ancestor holds it all.
        if topScore > 0 {
            // The top's own ancestors score near it when their classes
            // name the content; they are the same box, not more parts.
            let close = candidates.dropFirst().prefix(4).filter { candidate in
                candidate.1 / topScore >= 0.75 && !survey.isInside(top, candidate.0)
                    && !survey.isInside(candidate.0, top)
            }.map(\.0)
            if close.count >= 3 {
                var ancestor = Int(elements[top].parent)
                while ancestor >= 0, elements[ancestor].tag != .body {
                    if close.filter({ survey.isInside($0, ancestor) }).count >= 3 {
                        top = ancestor
                        break
                    }
                    ancestor = Int(elements[ancestor].parent)
                }
            }
        }
        // Move up while the parent scores about as well: it holds more of
        // the same article.
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        var parent = Int(elements[top].parent)
        while parent >= 0, elements[parent].tag != .body {
            guard let parentScore = scores[parent] else {
                parent = Int(elements[parent].parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = Int(elements[parent].parent)
        }
        // An only child with text stands for its parent.
        while elements[top].tag != .body, case let parent = Int(elements[top].parent), parent >= 0,
            elements[parent].tag != .body, elements[parent].tag != .html, childrenWithText[parent] == 1
        {
            top = parent
        }
        return top
    }

    /// The top candidate and the siblings that continue the article:
    /// boxes scoring near it or sharing its class, and paragraphs of prose.
    func articleParts(top: Int) -> [Int] {
        let elements = survey.elements
        let parent = Int(elements[top].parent)
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        var parts: [Int] = []
        for child in elements[parent].node.children where child.isElement {
            guard let sibling = survey.index(of: child) else { continue }
            if sibling == top {
                parts.append(sibling)
                continue
            }
            let element = elements[sibling]
            let total = totals[sibling]
            guard !excluded[sibling], element.verdict == .article, total.text > 0 else { continue }
            let sameClass = element.classHash != 0 && element.classHash == elements[top].classHash
            if let score = scores[sibling], score + (sameClass ? topScore * 0.2 : 0) >= threshold {
                parts.append(sibling)
            } else if sameClass && total.longRuns >= 2 && total.linkDensity < 0.25 {
                // The article cut into boxes of one class (between pictures
                // or pull quotes), its prose nested deeper than scores reach.
                parts.append(sibling)
            } else if element.tag == .p {
                let density = total.linkDensity
                if (total.text > 80 && density < 0.25) || (total.text < 80 && density == 0 && total.endsSentence) {
                    parts.append(sibling)
                }
            }
        }
        return parts
    }

    /// A `<header>` before the article's container, at most three levels
    /// up, that holds a paragraph of prose: the standfirst under the
    /// headline, which the scores leave out for being short.
    func standfirst(before top: Int) -> Int? {
        let elements = survey.elements
        var child = top
        for _ in 0..<3 {
            let parent = Int(elements[child].parent)
            guard parent >= 0, elements[parent].tag != .body else { break }
            for node in elements[parent].node.children where node.isElement {
                guard let sibling = survey.index(of: node) else { continue }
                if sibling == child { break }
                let total = totals[sibling]
                if elements[sibling].tag == .header, !excluded[sibling], total.longRuns >= 1,
                    total.linkDensity < 0.25
                {
                    return sibling
                }
            }
            child = parent
        }
        return nil
    }

    // MARK: Widgets inside the article

    /// Whether a box inside the article is a widget rather than prose
    /// (Readability's "clean conditionally"): a list of links, a box whose
    /// class counts against it, or one with more images, list items, form
    /// fields, embeds or link text than its paragraphs carry.
    func isWidget(_ index: Int) -> Bool {
        let element = survey.elements[index]
        guard element.tag.isConditional else { return false }
        if rules.dropsLinkLists && isLinkList(index) { return true }
        guard rules.dropsWidgets else { return false }
        let weight = element.signals.weight
        // A class word counting against the box is outweighed by the
        // prose it holds: its score, which starts from the class's weight,
        // has come back above zero (a section whose id names its subject,
        // `sharing-with-a-team`, is not a share bar).
        if weight < 0 && (scores[index] ?? -1) < 0 { return true }
        let total = totals[index]
        if total.commas >= 10 { return false }
        // A box that is nearly all list items reads as a list.
        let isList = element.tag.isList || total.listText * 10 > total.text * 9
        let paragraphs = Double(total.paragraphs)
        let images = Double(total.images)
        let density = total.linkDensity
        let headingDensity = total.text > 0 ? Double(total.headingText) / Double(total.text) : 0
        var isWidget = false
        if images > 1 && paragraphs / images < 0.5 { isWidget = true }
        if !isList && Double(total.listItems - 100) > paragraphs { isWidget = true }
        if Double(total.inputs) > (paragraphs / 3).rounded(.down) { isWidget = true }
        if !isList && headingDensity < 0.9 && total.text < 25 && (total.images == 0 || total.images > 2)
            && density > 0
        {
            isWidget = true
        }
        if !isList && weight < 25 && density > 0.2 { isWidget = true }
        if weight >= 25 && density > 0.5 { isWidget = true }
        if (total.embeds == 1 && total.text < 75) || total.embeds > 1 { isWidget = true }
        // A list of pictures, one to an item, stays.
        if isList && isWidget && total.images == total.listItems && total.images > 0 { return false }
        return isWidget
    }

    /// A list whose items are links (more stories, tags, pages of a site),
    /// or teasers: each item another story's linked headline, with or
    /// without a line of summary under it.
    func isLinkList(_ index: Int) -> Bool {
        guard survey.elements[index].tag.isList, items[index] >= 1 else { return false }
        // A lone teaser is another story as much as a row of them.
        if teaserItems[index] * 10 >= items[index] * 8 { return true }
        guard items[index] >= 2 else { return false }
        let total = totals[index]
        return linkedItems[index] * 10 >= items[index] * 8 && total.link * 2 >= total.text
    }
}
