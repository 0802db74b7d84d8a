import Foundation

/// A linear model over hashed features, as `crosscheck-train` writes it:
/// a weight per feature hash, kept in an open-addressing table so that
/// scoring a token costs a few array reads per feature and no strings.
struct LinearModel: Sendable {
    /// The file's first bytes, with the format's version.
    static let magic: [UInt8] = Array("CCLM0001".utf8)

    /// A feature hash and its weight side by side, so that a look-up in
    /// a table of megabytes costs one cache miss, not one per array.
    private struct Slot {
        var key: UInt64
        var value: Float
    }

    /// Slots by feature hash; a key of 0 marks an empty slot (no feature hashes to 0).
    private let slots: [Slot]
    private let mask: Int
    let count: Int

    init(weights: [UInt64: Float]) {
        var table = Table(capacityFor: weights.count)
        for (key, value) in weights where key != 0 { table.insert(key, value) }
        self.init(table)
    }

    private init(_ table: Table) {
        slots = table.slots
        mask = table.slots.count - 1
        count = table.count
    }

    /// The open-addressing table as it is filled.
    private struct Table {
        var slots: [Slot]
        var count = 0

        init(capacityFor entries: Int) {
            var capacity = 16
            while capacity < entries * 2 { capacity <<= 1 }
            slots = Array(repeating: Slot(key: 0, value: 0), count: capacity)
        }

        /// Sets the weight of `key`; a key met again keeps its last weight.
        mutating func insert(_ key: UInt64, _ value: Float) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            if slots[slot].key == 0 { count += 1 }
            slots[slot] = Slot(key: key, value: value)
        }
    }

    func weight(_ feature: UInt64) -> Float {
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let entry = slots[slot]
            if entry.key == feature { return entry.value }
            if entry.key == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// The sum of the features' weights, added in order. Every feature's
    /// home slot is read first, with nothing waiting on what is found, so
    /// that the cache misses of a table of megabytes overlap instead of
    /// following one another; the sum then reads slots already cached.
    func score(_ features: [UInt64]) -> Float {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { homeKeys in
            for (index, feature) in features.enumerated() {
                homeKeys[index] = slots[Int(truncatingIfNeeded: feature) & mask].key
            }
            var total: Float = 0
            for (index, feature) in features.enumerated() {
                let home = homeKeys[index]
                if home == feature {
                    total += slots[Int(truncatingIfNeeded: feature) & mask].value
                } else {
                    total += home == 0 ? 0 : weight(feature)
                }
            }
            return total
        }
    }

    /// The weights in file form: the magic, a count, then each feature
    /// hash and weight little-endian, sorted by hash so that the same
    /// weights always make the same bytes.
    static func serialize(_ weights: [UInt64: Float]) -> [UInt8] {
        var bytes = magic
        let entries = weights.filter { $0.key != 0 && $0.value != 0 }.sorted { $0.key < $1.key }
        append(UInt64(entries.count), to: &bytes)
        for (key, value) in entries {
            append(key, to: &bytes)
            append(UInt64(value.bitPattern), to: &bytes, width: 4)
        }
        return bytes
    }

    /// Reads weights written by `serialize`; a damaged file is an error
    /// that names it, never a model that silently scores nothing. The
    /// weights go straight from the bytes into the table, with no
    /// dictionary between: the model is read at every start-up.
    init(bytes: some Collection<UInt8>, file: String) throws {
        func damaged(_ reason: String) -> ClaimKitError { .lexicon(file: file, reason: reason) }
        let table: Table? = try bytes.withContiguousStorageIfAvailable { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            let magicCount = LinearModel.magic.count
            guard raw.count >= magicCount + 8, raw.prefix(magicCount).elementsEqual(LinearModel.magic) else {
                throw damaged("not a Crosscheck model file (expected it to start with CCLM0001)")
            }
            let announced = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: magicCount, as: UInt64.self))
            let offset = magicCount + 8
            let count = Int(truncatingIfNeeded: announced)
            guard count >= 0, count <= raw.count, raw.count - offset == count * 12 else {
                throw damaged("truncated or damaged: \(count) weights announced, \(raw.count - offset) bytes follow")
            }
            var table = Table(capacityFor: count)
            for entry in 0..<count {
                let at = offset + entry * 12
                let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                let value = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: UInt32.self)))
                guard key != 0, value.isFinite else { throw damaged("holds an invalid weight") }
                table.insert(key, value)
            }
            return table
        }
        guard let table else { try self.init(bytes: Array(bytes), file: file); return }
        self.init(table)
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8], width: Int = 8) {
        for shift in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(shift)))) }
    }
}
