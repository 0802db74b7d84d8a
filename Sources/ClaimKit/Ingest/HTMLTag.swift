/// The HTML elements the extractor tells apart, and what each one is to it.
enum HTMLTag: UInt8 {
    case other
    case html, head, body, title, meta, time
    case p, div, section, article, main, blockquote, pre, address, center, details, summary, hgroup, hr, fieldset
    case form, br, ul, ol, dl, dt, dd, li, table, thead, tbody, tfoot, tr, td, th, caption
    case h1, h2, h3, h4, h5, h6
    case a, img, picture
    case nav, header, footer, aside, script, style, noscript, template, figure, figcaption, button, iframe, svg
    case math, select, textarea, input, label, dialog, menu, object, embed, video, audio, canvas, map, link

    init(_ node: HTMLNode) {
        self = node.withNameBytes { bytes in
            // Names are short ASCII; a small String keeps the look-up allocation-free.
            HTMLTag.byName[String(decoding: bytes, as: UTF8.self)] ?? .other
        }
    }

    private static let byName: [String: HTMLTag] = {
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .time, .p, .div, .section, .article, .main, .blockquote, .pre,
            .address, .center, .details, .summary, .hgroup, .hr, .fieldset, .form, .br, .ul, .ol, .dl, .dt, .dd,
            .li, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .h1, .h2, .h3, .h4, .h5, .h6, .a, .img,
            .picture, .nav, .header, .footer, .aside, .script, .style, .noscript, .template, .figure, .figcaption,
            .button, .iframe, .svg, .math, .select, .textarea, .input, .label, .dialog, .menu, .object, .embed,
            .video, .audio, .canvas, .map, .link,
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ("\($0)", $0) })
    }()

    /// Elements whose content is never article text.
    var isAlwaysDropped: Bool {
        switch self {
        case .head, .nav, .header, .footer, .aside, .script, .style, .noscript, .template, .figure, .figcaption,
            .button, .iframe, .svg, .math, .select, .textarea, .input, .label, .dialog, .menu, .object, .embed,
            .video, .audio, .canvas, .map, .link, .meta, .title:
            true
        default: false
        }
    }

    /// Elements that start and end a line of their own.
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .blockquote, .pre, .address, .center, .details, .summary,
            .hgroup, .hr, .fieldset, .form, .br, .ul, .ol, .dl, .dt, .dd, .li, .table, .thead, .tbody, .tfoot,
            .tr, .td, .th, .caption, .h1, .h2, .h3, .h4, .h5, .h6, .body, .html, .figure, .header, .footer, .nav,
            .aside, .menu, .noscript, .iframe:
            true
        default: false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    var isList: Bool { self == .ul || self == .ol || self == .dl }

    /// Elements that are one paragraph of text: their words count for
    /// the element around them, as a `<p>`'s do for its container.
    var isParagraph: Bool {
        switch self {
        case .p, .pre, .td, .th, .li, .dd, .dt, .caption, .address: true
        default: isHeading
        }
    }

    /// Readability's starting score for a candidate container: divisions
    /// and preformatted or quoted text are likely homes of an article;
    /// lists, forms and headings are not.
    var baseScore: Int {
        switch self {
        case .div: 5
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
        default: 0
        }
    }

    /// Containers the reader may drop when their content looks like a
    /// widget rather than prose (readability's "clean conditionally").
    var isConditional: Bool {
        switch self {
        case .table, .ul, .ol, .dl, .div, .form, .fieldset, .section: true
        default: false
        }
    }
}
