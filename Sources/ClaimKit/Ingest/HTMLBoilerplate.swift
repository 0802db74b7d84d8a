/// What on a web page is furniture rather than the article: navigation,
/// page headers and footers, scripts, forms, figure captions, hidden
/// elements, and whatever its class or id names as furniture.
enum HTMLBoilerplate {
    /// How sure the rules are that an element holds no article text.
    enum Verdict: UInt8 {
        case article
        /// Never article text: a script, a nav bar, a hidden element.
        case furniture
        /// Furniture by its class or id: left out while the article is
        /// looked for, read again only when nothing else reads as one.
        case likelyFurniture
    }

    /// What one pass over an element's attributes tells.
    struct Attributes {
        var signals: ClassSignals = []
        /// A hash of the class attribute, 0 without one: siblings sharing
        /// a class are parts of one thing.
        var classHash = 0
        var isHidden = false
        var role: Role = .none
        var isArticleBody = false
        /// Names the article's authors: `rel="author"`, `itemprop="author"`
        /// or a class or id saying so.
        var isByline = false

        enum Role {
            case none, furniture, main
        }

        init(of element: HTMLNode, classes: ClassSignalCache) {
            element.forEachAttribute { name, value in
                switch HTMLBoilerplate.attributeName(name) {
                case .class:
                    signals.formUnion(classes.signals(of: value))
                    var hasher = Hasher()
                    hasher.combine(bytes: UnsafeRawBufferPointer(value))
                    classHash = hasher.finalize() | 1
                case .id:
                    signals.formUnion(classes.signals(of: value))
                case .hidden:
                    isHidden = true
                case .ariaHidden:
                    if value.elementsEqual("true".utf8) { isHidden = true }
                case .style:
                    if HTMLBoilerplate.hidesElement(value) { isHidden = true }
                case .role:
                    let role = String(decoding: value, as: UTF8.self).lowercased()
                    if HTMLBoilerplate.furnitureRoles.contains(role) {
                        self.role = .furniture
                    } else if role == "main" {
                        self.role = .main
                    }
                case .itemprop:
                    let names = value.split(separator: UInt8(ascii: " "))
                    if names.contains(where: { $0.elementsEqual("articleBody".utf8) }) { isArticleBody = true }
                    if names.contains(where: { $0.elementsEqual("author".utf8) }) { isByline = true }
                case .rel:
                    if value.elementsEqual("author".utf8) { isByline = true }
                case nil:
                    break
                }
            }
            if signals.contains(.byline) { isByline = true }
        }
    }

    /// `insideArticle`: an `<article>`, `<main>` or `itemprop="articleBody"`
    /// encloses the element. There a `<header>` is the article's own (its
    /// headline, standfirst and byline), not the page's, and is judged by
    /// its class like a division.
    static func verdict(tag: HTMLTag, attributes: Attributes, insideArticle: Bool = false) -> Verdict {
        if attributes.isHidden || attributes.role == .furniture { return .furniture }
        if tag.isAlwaysDropped && !(tag == .header && insideArticle) { return .furniture }
        switch tag {
        // Readability's exceptions: the page itself, links, and the parts
        // of tables and paragraphs are never dropped for their class.
        case .html, .body, .a, .p, .table, .tbody, .tr, .td, .th: return .article
        default: break
        }
        let signals = attributes.signals
        return signals.contains(.furniture) && !signals.contains(.keep) ? .likelyFurniture : .article
    }

    private enum AttributeName {
        case `class`, id, hidden, ariaHidden, style, role, itemprop, rel
    }

    private static func attributeName(_ name: UnsafeBufferPointer<UInt8>) -> AttributeName? {
        switch name.count {
        case 2 where name.elementsEqual("id".utf8): .id
        case 3 where name.elementsEqual("rel".utf8): .rel
        case 4 where name.elementsEqual("role".utf8): .role
        case 5 where name.elementsEqual("class".utf8): .class
        case 5 where name.elementsEqual("style".utf8): .style
        case 6 where name.elementsEqual("hidden".utf8): .hidden
        case 8 where name.elementsEqual("itemprop".utf8): .itemprop
        case 11 where name.elementsEqual("aria-hidden".utf8): .ariaHidden
        default: nil
        }
    }

    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "button",
    ]

    /// `display: none` or `visibility: hidden` in an inline style.
    static func hidesElement(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for byte in style where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return compact.containsBytes(Array("display:none".utf8)) || compact.containsBytes(Array("visibility:hidden".utf8))
    }
}
