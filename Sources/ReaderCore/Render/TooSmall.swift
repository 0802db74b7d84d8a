/// What a terminal too small for the panes shows instead of them.
extension ReaderState {
    func drawTooSmall(into frame: inout Frame) {
        let need = "\(ScreenLayout.minimumWidth)x\(ScreenLayout.minimumHeight)"
        let words = "Terminal too small: \(screen.width)x\(screen.height), the reader needs \(need). q quits."
            .split(separator: " ").map(String.init)
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty && line.count + 1 + word.count > screen.width {
                lines.append(line)
                line = word
            } else {
                line = line.isEmpty ? word : line + " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        for (row, text) in lines.prefix(screen.height).enumerated() {
            frame.put(text, x: 0, y: row, role: .status)
        }
    }
}
