/// One action's keys and what the help screen says about it.
public struct ActionBinding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var help: String

    public var keyLabels: String { keys.map(\.label).joined(separator: " ") }
}

/// The one list of actions: the keymap, the `?` screen and the README's
/// key table are all generated from it, so they cannot disagree.
public enum ActionTable {
    public static let bindings: [ActionBinding] = [
        ActionBinding(action: .lineDown, keys: [.character("j"), .down], help: "scroll down / next item in the pane"),
        ActionBinding(action: .lineUp, keys: [.character("k"), .up], help: "scroll up / previous item in the pane"),
        ActionBinding(action: .pageDown, keys: [.pageDown, .character(" "), .control("f")], help: "page down"),
        ActionBinding(action: .pageUp, keys: [.pageUp, .character("b"), .control("b")], help: "page up"),
        ActionBinding(action: .halfPageDown, keys: [.control("d")], help: "half a page down"),
        ActionBinding(action: .halfPageUp, keys: [.control("u")], help: "half a page up"),
        ActionBinding(action: .top, keys: [.character("g"), .home], help: "go to the top of the pane"),
        ActionBinding(action: .bottom, keys: [.character("G"), .end], help: "go to the bottom of the pane"),
        ActionBinding(action: .focusNext, keys: [.tab], help: "focus the next pane"),
        ActionBinding(action: .focusPrevious, keys: [.backTab], help: "focus the previous pane"),
        ActionBinding(
            action: .nextClaim, keys: [.character("n")],
            help: "next claim (the article jumps there; after the last, the first); during a search, next match"),
        ActionBinding(
            action: .previousClaim, keys: [.character("N")],
            help: "previous claim (before the first, the last); during a search, previous match"),
        ActionBinding(action: .nextUnverified, keys: [.character("]")], help: "next claim still unverified (wrapping as n does)"),
        ActionBinding(
            action: .previousUnverified, keys: [.character("[")], help: "previous claim still unverified (wrapping as N does)"),
        ActionBinding(
            action: .open, keys: [.enter],
            help: "on a claim: read it in the article; on a source: show only its claims; on a denial: open the claim it disputes"),
        ActionBinding(
            action: .search, keys: [.character("/")],
            help: "search the article (Enter keeps, Esc clears); in the article list, filter it as you type"),
        ActionBinding(action: .markVerified, keys: [.character("v")], help: "mark the selected claim verified"),
        ActionBinding(action: .markDisputed, keys: [.character("d")], help: "mark the selected claim disputed"),
        ActionBinding(action: .markFalse, keys: [.character("x")], help: "mark the selected claim false"),
        ActionBinding(action: .markUnverified, keys: [.character("u")], help: "mark the selected claim unverified"),
        ActionBinding(action: .editNote, keys: [.character("a")], help: "add or edit a note on the selected claim"),
        ActionBinding(action: .undo, keys: [.character("U")], help: "undo the last mark this reader made (never anyone else's)"),
        ActionBinding(action: .nextArticle, keys: [.character("J")], help: "next article in the list's order"),
        ActionBinding(action: .previousArticle, keys: [.character("K")], help: "previous article in the list's order"),
        ActionBinding(
            action: .articleList, keys: [.character("l")],
            help: "list of open articles: title, outlet or folder, date, claims checked, disputed; Enter opens"),
        ActionBinding(
            action: .sortList, keys: [.character("s")],
            help: "sort the article list by name, date, outlet or unchecked claims, or as opened, in turn"),
        ActionBinding(
            action: .corroboration, keys: [.character("c")],
            help: "the selected claim in other articles of the library: who else says it, who denies it (Enter opens one)"),
        ActionBinding(action: .nextTheme, keys: [.character("t")], help: "next colour theme"),
        ActionBinding(action: .help, keys: [.character("?")], help: "this help"),
        ActionBinding(
            action: .back, keys: [.character("q")], help: "back (close help, list or source filter) or quit"),
        ActionBinding(action: .clear, keys: [.escape], help: "clear the search, the source filter or the article list's filter"),
        ActionBinding(action: .quit, keys: [.control("c")], help: "quit at once"),
        ActionBinding(action: .suspend, keys: [.control("z")], help: "suspend to the shell (fg resumes)"),
    ]

    public static func binding(for action: Action) -> ActionBinding {
        guard let binding = bindings.first(where: { $0.action == action }) else {
            preconditionFailure("the action table has no entry for \(action)")
        }
        return binding
    }

    /// The key table as Markdown, for the README.
    public static var markdownTable: String {
        var lines = ["| key | action |", "| --- | --- |"]
        for binding in bindings {
            let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(binding.help) |")
        }
        return lines.joined(separator: "\n")
    }
}
