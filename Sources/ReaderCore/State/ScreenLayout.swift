/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < x + width && row >= y && row < y + height
    }

    /// The rectangle without its first row (a pane without its title row).
    var belowTitle: Rect { Rect(x: x, y: y + 1, width: width, height: height - 1) }
}

/// Where everything goes on a screen of a given size: a title bar, the
/// article pane on the left, the claims, sources and denials panes on the
/// right (stacked when wide, one at a time behind tabs when narrow), a
/// line about the selected claim and the status line.
public struct ScreenLayout: Hashable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    /// Below this width the side panes share one place, as tabs.
    public static let stackedWidth = 100

    public let width: Int
    public let height: Int
    public let isTooSmall: Bool
    public let isTabbed: Bool
    /// The article pane, its title row included.
    public let article: Rect
    /// The column of the line between the article and the side panes.
    public let separatorX: Int
    public let claims: Rect
    public let sources: Rect
    public let denials: Rect
    /// The whole area between the title bar and the detail line, for help and lists.
    public let body: Rect
    public var titleRow: Int { 0 }
    public var detailRow: Int { height - 2 }
    public var statusRow: Int { height - 1 }

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        isTabbed = width < Self.stackedWidth
        let bodyHeight = max(0, height - 3)
        body = Rect(x: 0, y: 1, width: width, height: bodyHeight)
        // Tabs need less room than stacked panes' long rows, so a narrow
        // screen gives the article a little more.
        let articleWidth = isTabbed ? width * 11 / 20 : width * 3 / 5
        article = Rect(x: 0, y: 1, width: articleWidth, height: bodyHeight)
        separatorX = articleWidth
        let sideX = articleWidth + 1
        let sideWidth = width - sideX
        if isTabbed {
            let shared = Rect(x: sideX, y: 1, width: sideWidth, height: bodyHeight)
            claims = shared
            sources = shared
            denials = shared
        } else {
            let claimsHeight = bodyHeight / 2
            let sourcesHeight = (bodyHeight - claimsHeight) / 2
            claims = Rect(x: sideX, y: 1, width: sideWidth, height: claimsHeight)
            sources = Rect(x: sideX, y: 1 + claimsHeight, width: sideWidth, height: sourcesHeight)
            denials = Rect(
                x: sideX, y: 1 + claimsHeight + sourcesHeight, width: sideWidth,
                height: bodyHeight - claimsHeight - sourcesHeight)
        }
    }

    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .article: article
        case .claims: claims
        case .sources: sources
        case .denials: denials
        }
    }

    /// The article's text area: below the title row, one column of margin each side.
    public var articleText: Rect {
        Rect(x: article.x + 1, y: article.y + 1, width: article.width - 2, height: article.height - 1)
    }

    /// Rows a list pane shows its items in.
    public func listRows(of pane: Pane) -> Rect { rect(of: pane).belowTitle }
}
