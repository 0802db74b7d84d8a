import Foundation

/// Where the reader was in each article, kept between runs in
/// `$XDG_STATE_HOME/crosscheck/places.json` (else
/// `~/.local/state/crosscheck/places.json`): the selected claim of each
/// article, the most recently read first few hundred only.
struct PlaceFile {
    static let kept = 500

    let path: String

    struct Place: Codable {
        var claim: String
        /// Seconds since 1970, to keep the most recent.
        var seen: Double
    }

    init(environment: [String: String]) {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = home + "/.local/state"
        }
        path = base + "/crosscheck/places.json"
    }

    /// Article fingerprint → claim fingerprint; empty when there is no file
    /// or it cannot be read (a lost place is no reason not to start).
    func load() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path),
            let places = try? JSONDecoder().decode([String: Place].self, from: data)
        else { return [:] }
        return places.mapValues(\.claim)
    }

    /// Adds or updates these articles' places, keeping the file small.
    func save(_ updated: [String: String]) throws {
        var places = (FileManager.default.contents(atPath: path)).flatMap {
            try? JSONDecoder().decode([String: Place].self, from: $0)
        } ?? [:]
        let now = Date().timeIntervalSince1970
        for (article, claim) in updated { places[article] = Place(claim: claim, seen: now) }
        if places.count > Self.kept {
            let newest = places.sorted { $0.value.seen > $1.value.seen }.prefix(Self.kept)
            places = Dictionary(uniqueKeysWithValues: newest.map { ($0.key, $0.value) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(places)
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try OutputFile.write(data, to: path)
    }
}
