import ArgumentParser
import ClaimKit
import Foundation

@main
struct Crosscheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Read the news claim by claim: who says so, who denies it, and what you have checked.",
        version: CrosscheckVersion.current,
        subcommands: [Read.self, Parse.self, Index.self, Cache.self, Claims.self, Search.self, MarkClaim.self, ListMarks.self, UndoMark.self, Export.self, Themes.self],
        defaultSubcommand: Read.self
    )

    /// Runs the command line with SPEC's exit codes: 0 ok, 1 a runtime
    /// error, 2 a usage error; every error is one line on stderr.
    static func main() {
        // Past the file size limit a write fails with EFBIG and is reported
        // like any other failed write, instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        if RootHelp.isRequested(by: Array(CommandLine.arguments.dropFirst())) {
            print(RootHelp.text(), terminator: "")
            Foundation.exit(0)
        }
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Diagnostics.error("\(message(for: error)) (see 'crosscheck --help')")
            Foundation.exit(2)
        }
        do {
            var runnable = command
            try runnable.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as OutputError {
            // A reader that went away wants no message; a full disk does.
            if !error.isClosedPipe { Diagnostics.error(error.description) }
            Foundation.exit(1)
        } catch let error as ValidationError {
            Diagnostics.error("\(error.message) (see 'crosscheck --help')")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Diagnostics.error(String(describing: error))
            Foundation.exit(1)
        }
    }
}
