/// Everything a reader can ask for. Each action's keys and help text live
/// in `ActionTable`, the one list the keymap, the help screen and the
/// README's key table come from.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case focusNext, focusPrevious
    case nextClaim, previousClaim
    case nextUnverified, previousUnverified
    case open
    case search
    case markVerified, markDisputed, markFalse, markUnverified
    case editNote
    case undo
    case nextArticle, previousArticle, articleList, sortList
    case corroboration
    case nextTheme
    case help
    case back
    case clear
    case quit
    case suspend
}
