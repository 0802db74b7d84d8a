import ReaderCore

/// Runs the reader on a terminal: events in, update, render, paint, until
/// the reader asks to quit.
public enum ReaderLoop {
    /// `queue`, when the library is parsed in the background: what it
    /// hands over is taken in between keys, checked for more often while
    /// it runs, so the list fills in without a key ever waiting for it.
    public static func run(_ state: inout ReaderState, on terminal: Terminal, queue: ParseQueue? = nil) {
        let size = terminal.size
        state.handle(.resize(width: size.width, height: size.height))
        terminal.paint(state.render(), theme: state.theme)
        queue?.firstFrameDrawn()
        // What the first frame did not wait for (the library's matches of
        // the article shown) is started at once, as on an idle tick.
        if state.handle(.idle) != .unchanged { terminal.paint(state.render(), theme: state.theme) }
        var polling = false
        while true {
            let busy = queue.map { !$0.isDone } ?? false
            if busy != polling {
                terminal.setIdleWait(milliseconds: busy ? ReaderEvent.busyInterval : ReaderEvent.idleInterval)
                polling = busy
            }
            let event = terminal.nextEvent()
            let arrived = queue.map { state.receive($0.drain()) } ?? false
            guard let event else {
                if arrived { terminal.paint(state.render(), theme: state.theme) }
                continue
            }
            switch state.handle(event) {
            case .quit:
                return
            case .suspend:
                terminal.suspend()
                let size = terminal.size
                state.handle(.resize(width: size.width, height: size.height))
            case .unchanged:
                if !arrived { continue }
            case nil:
                break
            }
            terminal.paint(state.render(), theme: state.theme)
        }
    }
}
