import CNcursesw
import ClaimKit
import Foundation
import ReaderCore

/// Why the terminal could not be used.
public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
}

/// The one owner of curses: sets the terminal up, reads events, paints
/// frames and restores the terminal however the program ends. Every call
/// happens on the thread that made it, as curses requires.
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let painter: FramePainter
    /// The locale is UTF-8, so wide characters and box lines can be drawn.
    public let isUTF8: Bool
    public let colours: Int

    /// Enters curses mode. Restoring handlers go in first, so even a crash
    /// during setup leaves a usable terminal.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        setlocale(LC_ALL, "")
        isUTF8 = cc_is_utf8_locale() != 0
        cc_install_restoring_handlers()
        guard let screen = cc_open_screen() else {
            let name = environment["TERM"].map { "'\(Sanitizer.line($0))'" } ?? "(TERM is not set)"
            throw TerminalError(description: "cannot drive this terminal type \(name)")
        }
        cc_mark_curses_active()
        self.screen = screen
        guard let window = cc_stdscr() else {
            cc_restore_terminal()
            throw TerminalError(description: "curses gave no screen window")
        }
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        // Waking up now and then lets the reader notice marks other
        // processes write while nobody types.
        wtimeout(window, Int32(ReaderEvent.idleInterval))
        curs_set(0)
        mousemask(cc_mouse_events(), nil)
        mouseinterval(0)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
            colours = Int(cc_colors())
        } else {
            colours = 0
        }
        painter = FramePainter(window: window, colours: colours)
    }

    /// Leaves curses mode; the terminal is as it was before.
    public func close() {
        cc_restore_terminal()
        delscreen(screen)
    }

    /// How long `nextEvent` waits for input before it says `idle`.
    public func setIdleWait(milliseconds: Int) {
        wtimeout(window, Int32(milliseconds))
    }

    public var size: (width: Int, height: Int) {
        (Int(cc_width(window)), Int(cc_height(window)))
    }

    public func paint(_ frame: Frame, theme: Theme) {
        painter.paint(frame, theme: theme)
    }

    /// Waits for the next key, click or resize; `idle` when none came in time.
    public func nextEvent() -> ReaderEvent? {
        var value: wint_t = 0
        let kind = wget_wch(window, &value)
        if kind == KEY_CODE_YES {
            let code = Int32(bitPattern: value)
            if code == KEY_RESIZE {
                painter.invalidate()
                let size = self.size
                return .resize(width: size.width, height: size.height)
            }
            if code == KEY_MOUSE { return mouseEvent() }
            return KeyDecoder.functionKey(code).map(ReaderEvent.key)
        }
        guard kind == OK else { return kind == ERR ? .idle : nil }
        return KeyDecoder.character(UInt32(value)).map(ReaderEvent.key)
    }

    private func mouseEvent() -> ReaderEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let x = Int(event.x)
        let y = Int(event.y)
        if cc_is_wheel_up(state) != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if cc_is_wheel_down(state) != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        if cc_is_click(state) != 0 { return .mouse(MouseEvent(.click, x: x, y: y)) }
        return nil
    }

    /// Ctrl-Z: hands the terminal back to the shell until `fg`, then
    /// repaints everything.
    public func suspend() {
        cc_suspend()
        painter.invalidate()
        refresh()
    }
}
