/// A colour as a theme file gives it: the terminal's default, one of the
/// 256 indexed colours (the first 16 also by name), or `#rrggbb`.
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(red: Int, green: Int, blue: Int)

    /// The names of the first 16 indexed colours.
    public static let names: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// Reads `"default"`, a colour name, `"#rrggbb"` or a number 0–255;
    /// nil when it is none of those.
    public init?(name: String) {
        let lowered = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if lowered == "default" || lowered == "none" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: lowered) {
            self = .indexed(index)
        } else if lowered == "gray" || lowered == "grey" {
            self = .indexed(8)
        } else if lowered.hasPrefix("#"), lowered.count == 7, let value = Int(lowered.dropFirst(), radix: 16) {
            self = .rgb(red: value >> 16 & 0xFF, green: value >> 8 & 0xFF, blue: value & 0xFF)
        } else {
            return nil
        }
    }

    public init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self = .indexed(index)
    }

    /// The colour as a terminal with `available` colours can show it:
    /// direct colour keeps `#rrggbb`, others get the nearest palette entry.
    /// Returns -1 for the terminal's default colour, as curses expects.
    public func terminalColor(available: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .indexed(let index):
            return index < available ? index : Self.nearest(rgb: Self.rgbOfIndexed(index), within: available)
        case .rgb(let red, let green, let blue):
            if available >= 0x100_0000 { return red << 16 | green << 8 | blue }
            return Self.nearest(rgb: (red, green, blue), within: available)
        }
    }

    /// The palette entry closest to a colour among the first `available`
    /// (8, 16 or 256), by squared distance in RGB.
    static func nearest(rgb: (Int, Int, Int), within available: Int) -> Int {
        let limit = min(max(available, 8), 256)
        var best = 0
        var bestDistance = Int.max
        for index in 0..<limit {
            let candidate = rgbOfIndexed(index)
            let distance =
                (candidate.0 - rgb.0) * (candidate.0 - rgb.0) + (candidate.1 - rgb.1) * (candidate.1 - rgb.1)
                + (candidate.2 - rgb.2) * (candidate.2 - rgb.2)
            if distance < bestDistance {
                bestDistance = distance
                best = index
            }
        }
        return best
    }

    /// The xterm palette: 16 system colours, a 6×6×6 cube, 24 greys.
    static func rgbOfIndexed(_ index: Int) -> (Int, Int, Int) {
        let system: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return system[max(0, index)] }
        if index < 232 {
            let cube = index - 16
            let level = { (step: Int) in step == 0 ? 0 : 55 + step * 40 }
            return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
        }
        let grey = 8 + (index - 232) * 10
        return (grey, grey, grey)
    }
}
