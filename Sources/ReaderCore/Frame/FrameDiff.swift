/// Which cells of a frame must be written to bring the screen from the
/// previous frame to this one. The right half of a wide character is
/// never written: the character itself covers it, and when a wide
/// character replaces two narrow ones its own cell has changed too.
public enum FrameDiff {
    public static func changedCells(from previous: Frame?, to frame: Frame) -> [(x: Int, y: Int)] {
        let comparable = previous.map { $0.width == frame.width && $0.height == frame.height } ?? false
        var changed: [(x: Int, y: Int)] = []
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.isContinuation { continue }
                if comparable, let previous, previous[x, y] == cell { continue }
                changed.append((x, y))
            }
        }
        return changed
    }
}
