import ArgumentParser
import ClaimStore

/// Lets `crosscheck mark` take a status as an argument and list the choices in its help.
extension MarkStatus: ExpressibleByArgument {}
