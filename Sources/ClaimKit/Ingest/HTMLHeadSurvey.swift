/// What a page's `<head>` says about its article: the `<title>` and the
/// Open Graph title, which sites fill with the bare headline.
struct HTMLHeadSurvey {
    private(set) var pageTitle: String?
    private(set) var openGraphTitle: String?

    mutating func read(_ head: HTMLNode) {
        for child in head.children where child.isElement {
            switch HTMLTag(child) {
            case .title where pageTitle == nil:
                pageTitle = HTMLText.text(of: child)
            case .meta where openGraphTitle == nil:
                let attributes = child.attributes
                let isOpenGraphTitle = attributes.contains {
                    ($0.name == "property" || $0.name == "name") && $0.value.lowercased() == "og:title"
                }
                if isOpenGraphTitle { openGraphTitle = attributes.first { $0.name == "content" }?.value }
            default:
                break
            }
        }
    }
}
