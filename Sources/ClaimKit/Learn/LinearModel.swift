import Foundation

/// A linear model over hashed features, as `crosscheck-train` writes it:
/// a weight per feature hash, kept in an open-addressing table so that
/// scoring a token costs a few array reads per feature and no strings.
struct LinearModel: Sendable {
    /// The file's first bytes, with the format's version.
    static let magic: [UInt8] = Array("CCLM0001".utf8)

    /// Feature hashes by slot; 0 marks an empty slot (no feature hashes to 0).
    private let keys: [UInt64]
    private let values: [Float]
    private let mask: Int
    let count: Int

    init(weights: [UInt64: Float]) {
        var capacity = 16
        while capacity < weights.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Float](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, value) in weights where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        count = weights.filter { $0.key != 0 }.count
    }

    func weight(_ feature: UInt64) -> Float {
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let key = keys[slot]
            if key == feature { return values[slot] }
            if key == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    func score(_ features: [UInt64]) -> Float {
        var total: Float = 0
        for feature in features { total += weight(feature) }
        return total
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
    /// that names it, never a model that silently scores nothing.
    init(bytes: [UInt8], file: String) throws {
        func damaged(_ reason: String) -> ClaimKitError { .lexicon(file: file, reason: reason) }
        guard bytes.count >= LinearModel.magic.count + 8, Array(bytes[0..<LinearModel.magic.count]) == LinearModel.magic else {
            throw damaged("not a Crosscheck model file (expected it to start with CCLM0001)")
        }
        var offset = LinearModel.magic.count
        let count = Int(LinearModel.read(bytes, at: &offset, width: 8))
        guard count >= 0, bytes.count - offset == count * 12 else {
            throw damaged("truncated or damaged: \(count) weights announced, \(bytes.count - offset) bytes follow")
        }
        var weights: [UInt64: Float] = [:]
        weights.reserveCapacity(count)
        for _ in 0..<count {
            let key = LinearModel.read(bytes, at: &offset, width: 8)
            let value = Float(bitPattern: UInt32(LinearModel.read(bytes, at: &offset, width: 4)))
            guard key != 0, value.isFinite else { throw damaged("holds an invalid weight") }
            weights[key] = value
        }
        self.init(weights: weights)
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8], width: Int = 8) {
        for shift in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(shift)))) }
    }

    private static func read(_ bytes: [UInt8], at offset: inout Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for shift in 0..<width { value |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
        offset += width
        return value
    }
}
