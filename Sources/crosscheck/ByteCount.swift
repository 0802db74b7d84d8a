import ArgumentParser
import Foundation
import ReaderCore

/// A size given on the command line: `20M`, `20MiB`, `512k`, `1G` or a
/// number of bytes; the units are binary (1M = 1,048,576 bytes).
struct ByteCount: ExpressibleByArgument, CustomStringConvertible, Sendable {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        guard let bytes = ByteSize.parse(argument) else { return nil }
        self.bytes = bytes
    }

    var description: String { ByteSize.describe(bytes) }
}
