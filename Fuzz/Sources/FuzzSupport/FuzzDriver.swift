import Foundation

/// libFuzzer's driver, called from a target's own `main` (SwiftPM gives
/// every executable one, so libFuzzer's `main` stays out of the link).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

public enum FuzzDriver {
    /// The check one target runs on every input.
    nonisolated(unsafe) private static var check: ((UnsafeRawPointer, Int) -> Void)?

    /// Runs libFuzzer with the command line's options and corpora, calling
    /// `check` on every input, and exits with its status.
    public static func run(_ check: @escaping (UnsafeRawPointer, Int) -> Void) -> Never {
        FuzzDriver.check = check
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            // An empty input comes with no buffer at all.
            var empty: UInt8 = 0
            withUnsafePointer(to: &empty) { fallback in
                FuzzDriver.check?(UnsafeRawPointer(data ?? fallback), size)
            }
            return 0
        }
        exit(status)
    }
}
