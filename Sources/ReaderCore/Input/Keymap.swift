/// Finds the action a key stands for, from the action table.
public struct Keymap: Sendable {
    private let actions: [Key: Action]

    public init(bindings: [ActionBinding] = ActionTable.bindings) {
        var actions: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where actions[key] == nil { actions[key] = binding.action }
        }
        self.actions = actions
    }

    public func action(for key: Key) -> Action? { actions[key] }

    public static let standard = Keymap()
}
