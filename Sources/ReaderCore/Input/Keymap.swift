/// Finds the action a key stands for: the action table, with a user's
/// own bindings (from the config file) on top.
public struct Keymap: Sendable {
    private let actions: [Key: Action]
    /// Every action with the keys that reach it now, in the table's
    /// order: what the help screen lists.
    public let bindings: [ActionBinding]

    /// `overrides` bind keys to actions, or unbind them (nil), replacing
    /// whatever the table gave those keys; an action keeps its other keys.
    public init(bindings table: [ActionBinding] = ActionTable.bindings, overrides: [KeyBinding] = []) {
        var actions: [Key: Action] = [:]
        for binding in table {
            for key in binding.keys where actions[key] == nil { actions[key] = binding.action }
        }
        for override in overrides { actions[override.key] = override.action }
        self.actions = actions
        bindings = table.map { binding in
            var keys = binding.keys.filter { actions[$0] == binding.action }
            for override in overrides where override.action == binding.action && !keys.contains(override.key) {
                keys.append(override.key)
            }
            return ActionBinding(action: binding.action, keys: keys, help: binding.help)
        }
    }

    public func action(for key: Key) -> Action? { actions[key] }

    public static let standard = Keymap()
}

/// One `bind` entry of the config file: a key and the action it does, or
/// none (the key does nothing).
public struct KeyBinding: Hashable, Sendable {
    public var key: Key
    public var action: Action?

    public init(key: Key, action: Action?) {
        self.key = key
        self.action = action
    }
}
