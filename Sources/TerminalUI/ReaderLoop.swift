import ReaderCore

/// Runs the reader on a terminal: events in, update, render, paint, until
/// the reader asks to quit.
public enum ReaderLoop {
    public static func run(_ state: inout ReaderState, on terminal: Terminal) {
        let size = terminal.size
        state.handle(.resize(width: size.width, height: size.height))
        terminal.paint(state.render(), theme: state.theme)
        while true {
            guard let event = terminal.nextEvent() else { continue }
            switch state.handle(event) {
            case .quit:
                return
            case .suspend:
                terminal.suspend()
                let size = terminal.size
                state.handle(.resize(width: size.width, height: size.height))
            case .unchanged:
                continue
            case nil:
                break
            }
            terminal.paint(state.render(), theme: state.theme)
        }
    }
}
