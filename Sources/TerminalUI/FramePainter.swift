import CNcursesw
import ReaderCore

/// Paints frames on a curses window, touching only the cells that differ
/// from the frame painted before; a new size, a new theme or a return
/// from suspension repaints everything.
final class FramePainter {
    private let window: UnsafeMutablePointer<WINDOW>
    private let colours: Int
    private var previous: Frame?
    private var theme: Theme?
    private var scheme: ColorScheme?
    /// Cells written by the last `paint`, for the benchmark and tests of diffing.
    private(set) var cellsWritten = 0

    init(window: UnsafeMutablePointer<WINDOW>, colours: Int) {
        self.window = window
        self.colours = colours
    }

    /// Forgets what is on screen, so the next paint draws every cell.
    func invalidate() {
        previous = nil
        clearok(window, true)
    }

    func paint(_ frame: Frame, theme: Theme) {
        if theme != self.theme || scheme == nil {
            scheme = ColorScheme(theme: theme, colours: colours)
            self.theme = theme
            previous = nil
        }
        guard let scheme else { return }
        let changed = FrameDiff.changedCells(from: previous, to: frame)
        if previous == nil || previous?.width != frame.width || previous?.height != frame.height {
            werase(window)
        }
        var buffer: [wchar_t] = []
        for (x, y) in changed {
            let cell = frame[x, y]
            let (attributes, pair) = scheme.attributes(for: cell.role, extra: cell.extra)
            buffer.removeAll(keepingCapacity: true)
            for scalar in cell.text.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
            buffer.append(0)
            _ = cc_put_cell(window, Int32(y), Int32(x), buffer, attributes, pair)
        }
        cellsWritten = changed.count
        if let cursor = frame.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        previous = frame
    }
}
