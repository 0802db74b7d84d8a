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

/// How much room the side panes' content asks for: the columns of their
/// natural rows, and how many rows the sources and denials lists have.
public struct SideContent: Hashable, Sendable {
    public var width: Int
    public var sourceRows: Int
    public var denialRows: Int

    public init(width: Int, sourceRows: Int, denialRows: Int) {
        self.width = width
        self.sourceRows = sourceRows
        self.denialRows = denialRows
    }

    /// Content that takes whatever it is given.
    public static let unlimited = SideContent(width: .max / 4, sourceRows: .max / 4, denialRows: .max / 4)
}

/// Where everything goes on a screen of a given size: a title bar, the
/// article pane on the left, the claims, sources and denials panes on the
/// right (stacked when there is room, one at a time behind tabs when
/// not), the card of the selected item across the bottom, and the status
/// line.
public struct ScreenLayout: Hashable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    /// Below this width the side panes share one place, as tabs.
    public static let stackedWidth = 100
    /// Stacked panes below this many rows would each be too short to use.
    static let stackedHeight = 18
    /// Article lines longer than this are hard to read; wider screens give the rest to the side panes.
    static let longestArticleLine = 92

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
    /// The area the article and side panes share, between the title bar and the card.
    public let body: Rect
    /// The card of the selected claim, source or denial, its title row included.
    public let card: Rect
    /// Everything between the title bar and the status line, for help and lists.
    public let overlay: Rect
    public var titleRow: Int { 0 }
    public var statusRow: Int { height - 1 }

    public init(width: Int, height: Int, content: SideContent = .unlimited) {
        self.width = width
        self.height = height
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        overlay = Rect(x: 0, y: 1, width: width, height: height - 2)
        let cardHeight = max(4, min(9, 3 + height / 7))
        let bodyHeight = max(0, height - 2 - cardHeight)
        body = Rect(x: 0, y: 1, width: width, height: bodyHeight)
        card = Rect(x: 0, y: 1 + bodyHeight, width: width, height: height - 2 - bodyHeight)
        isTabbed = width < Self.stackedWidth || bodyHeight < Self.stackedHeight
        // The article gets at least about half the screen; the side panes
        // get what their rows need beyond that, and everything past a
        // readable line length.
        let articleFloor = min(width / 2 + 4, Self.longestArticleLine)
        let articleWidth = min(Self.longestArticleLine, max(articleFloor, width - 1 - content.width))
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
            // Sources and denials take the rows they have (a title row and
            // at least two), up to a quarter each; claims take the rest.
            let quarter = bodyHeight / 4
            let sourcesHeight = max(3, min(quarter, content.sourceRows + 1))
            let denialsHeight = max(3, min(quarter, content.denialRows + 1))
            let claimsHeight = bodyHeight - sourcesHeight - denialsHeight
            claims = Rect(x: sideX, y: 1, width: sideWidth, height: claimsHeight)
            sources = Rect(x: sideX, y: 1 + claimsHeight, width: sideWidth, height: sourcesHeight)
            denials = Rect(x: sideX, y: 1 + claimsHeight + sourcesHeight, width: sideWidth, height: denialsHeight)
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
