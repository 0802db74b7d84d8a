/// What on a web page is furniture rather than the article: navigation,
/// page headers and footers, scripts, forms, figure captions, share and
/// subscribe widgets, cookie banners, related-story boxes.
enum HTMLBoilerplate {
    /// How sure a rule is that an element holds no article text.
    enum Verdict {
        case article
        /// Always furniture (a script, a nav bar, a hidden element).
        case furniture
        /// Furniture by its class, id or form: dropped unless it holds
        /// most of the article, since some sites wrap their whole body in
        /// a `<form>` or give it a class like `has-social-tools`.
        case likelyFurniture
    }

    static func verdict(for element: HTMLNode, name: String) -> Verdict {
        if alwaysDropped.contains(name) { return .furniture }
        var verdict: Verdict = name == "form" ? .likelyFurniture : .article
        for (attribute, value) in element.attributes {
            switch attribute {
            case "hidden": return .furniture
            case "aria-hidden" where value == "true": return .furniture
            case "style" where hidesElement(value): return .furniture
            case "role" where furnitureRoles.contains(value.lowercased()): return .furniture
            case "class" where namesWidget(value), "id" where namesWidget(value): verdict = .likelyFurniture
            default: break
            }
        }
        return verdict
    }

    /// Elements whose content is never article text.
    static let alwaysDropped: Set<String> = [
        "head", "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "figure",
        "figcaption", "button", "iframe", "svg", "math", "select", "textarea", "input", "label", "dialog", "menu",
        "object", "embed", "video", "audio", "canvas", "map", "link", "meta",
    ]

    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "button",
    ]

    /// Class and id words that name page widgets, matched as whole words
    /// of the attribute (`share-bar` → `share`, `bar`).
    private static let widgetWords: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "banner", "breadcrumb", "breadcrumbs", "comment",
        "comments", "consent", "cookie", "cookies", "gdpr", "menu", "nav", "navbar", "navigation", "newsletter",
        "outbrain", "paywall", "popup", "promo", "promotion", "related", "share", "sharing", "sidebar", "signup",
        "social", "sponsor", "sponsored", "subscribe", "subscription", "taboola", "toolbar",
    ]

    /// Beginnings of run-together class words (`shareBar`, `cookieNotice`).
    private static let widgetPrefixes = [
        "share", "social", "cookie", "newsletter", "subscribe", "advert", "sponsor", "paywall", "breadcrumb",
        "consent",
    ]

    static func namesWidget(_ attribute: String) -> Bool {
        for word in attribute.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if widgetWords.contains(String(word)) { return true }
            if widgetPrefixes.contains(where: { word.hasPrefix($0) }) { return true }
        }
        return false
    }

    private static func hidesElement(_ style: String) -> Bool {
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
