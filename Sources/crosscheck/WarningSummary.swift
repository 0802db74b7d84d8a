/// Warnings about the articles of one run, each kind said once: "removed
/// 3 control or escape character(s)" in four files is one line naming the
/// count of files, not four lines.
enum WarningSummary {
    /// One line per kind of warning; `warnings` pairs a path with what was said about it.
    static func lines(_ warnings: [(path: String, warning: String)]) -> [String] {
        var order: [String] = []
        var byKind: [String: [(path: String, warning: String)]] = [:]
        for item in warnings {
            let kind = self.kind(of: item.warning)
            if byKind[kind] == nil { order.append(kind) }
            byKind[kind, default: []].append(item)
        }
        return order.map { kind in
            let items = byKind[kind] ?? []
            guard items.count > 1 else { return "\(items[0].path): \(items[0].warning)" }
            var paths: [String] = []
            for item in items where !paths.contains(item.path) { paths.append(item.path) }
            let named = paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? ", …" : "")
            return "\(kind) in \(paths.count) files (\(named))"
        }
    }

    /// The warning without its counts: "removed control or escape characters".
    static func kind(of warning: String) -> String {
        warning.split(separator: " ").filter { !$0.allSatisfy(\.isNumber) }.joined(separator: " ")
            .replacingOccurrences(of: "(s)", with: "s")
    }
}
