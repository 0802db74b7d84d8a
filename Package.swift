// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .library(name: "ClaimStore", targets: ["ClaimStore"]),
        .library(name: "ClaimMatch", targets: ["ClaimMatch"]),
        .executable(name: "crosscheck", targets: ["crosscheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The parsing library: article text in, claims, sources and denials out.
        .target(
            name: "ClaimKit",
            dependencies: ["CLibXML2"],
            resources: [.copy("Lexicons")]
        ),
        // libxml2's forgiving HTML parser, for pages and feed entries.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Claims matched across articles: who else says it, and who denies it.
        .target(
            name: "ClaimMatch",
            dependencies: ["ClaimKit"],
            resources: [.copy("Lexicons")]
        ),
        // Verification marks and their history in SQLite; the reports built from them;
        // the library of articles read, their claims matched across it.
        .target(
            name: "ClaimStore",
            dependencies: [
                "ClaimKit",
                "ClaimMatch",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The reader without a terminal: state, actions, update, layout, render, themes.
        .target(
            name: "ReaderCore",
            dependencies: ["ClaimKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // ncursesw as Swift sees it: the only C in the package. No pkgConfig:
        // SwiftPM would only warn about and drop the defines ncursesw.pc
        // asks for, and shim.h sets what is needed itself.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The ncurses backend: terminal setup and restore, events in, diffed frames out.
        .target(
            name: "TerminalUI",
            dependencies: ["ClaimKit", "ReaderCore", "CNcursesw"]
        ),
        // The reader's marks kept in ClaimStore: the one place the two meet.
        .target(
            name: "ReaderStore",
            dependencies: ["ClaimKit", "ClaimStore", "ReaderCore"]
        ),
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "ClaimKit",
                "ClaimMatch",
                "ClaimStore",
                "ReaderCore",
                "ReaderStore",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Samples")]
        ),
        // Release-mode throughput and memory figures: `swift run -c release crosscheck-bench`.
        .executableTarget(
            name: "crosscheck-bench",
            dependencies: ["ClaimKit", "HostileInputs", "GeneratedLibrary"],
            path: "Benchmarks/crosscheck-bench"
        ),
        // Inputs built to make a parser slow or greedy, for the scaling benchmark and the hostile-input tests.
        .target(name: "HostileInputs", path: "Benchmarks/HostileInputs"),
        // Folders of generated wire reports, for the reader's library benchmark and tests.
        .target(name: "GeneratedLibrary", path: "Benchmarks/GeneratedLibrary"),
        // Retrains ClaimKit's cue model from PolNeAR: `swift run -c release crosscheck-train ../shared/polnear`.
        .executableTarget(
            name: "crosscheck-train",
            dependencies: ["ClaimKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/crosscheck-train"
        ),
        // Release-mode ingest throughput per format: `swift run -c release crosscheck-ingest-bench`.
        .executableTarget(
            name: "crosscheck-ingest-bench",
            dependencies: ["ClaimKit"],
            path: "Benchmarks/crosscheck-ingest-bench"
        ),
        // Release-mode figures for matching claims across 1,000 to 10,000 articles: `swift run -c release crosscheck-match-bench`.
        .executableTarget(
            name: "crosscheck-match-bench",
            dependencies: ["ClaimKit", "ClaimMatch"],
            path: "Benchmarks/crosscheck-match-bench"
        ),
        // Release-mode figures for the article library: adding an article to, and looking
        // an article's claims up across, libraries of 1,000 and 10,000: `swift run -c release crosscheck-library-bench`.
        .executableTarget(
            name: "crosscheck-library-bench",
            dependencies: ["ClaimKit", "ClaimStore", "ReaderStore"],
            path: "Benchmarks/crosscheck-library-bench"
        ),
        // Release-mode figures for the mark store: `swift run -c release crosscheck-store-bench`.
        .executableTarget(
            name: "crosscheck-store-bench",
            dependencies: ["ClaimKit", "ClaimStore"],
            path: "Benchmarks/crosscheck-store-bench"
        ),
        // Test helper, not a product: marks claims in a loop and reports each
        // mark once the store has committed it, for the kill and concurrency tests.
        .executableTarget(
            name: "crosscheck-markstress",
            dependencies: ["ClaimStore"],
            path: "Tests/Support/crosscheck-markstress"
        ),
        // Article fixtures and their hand-made annotations, copied so tests can load them via Bundle.module.
        // Matching on paraphrases written for the tests and on real claim pairs (Fixtures/dev-pairs.tsv).
        .testTarget(name: "ClaimMatchTests", dependencies: ["ClaimMatch", "ClaimKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit", "HostileInputs"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ClaimStoreTests",
            dependencies: ["ClaimKit", "ClaimStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The mark commands end to end: runs the built crosscheck binary on article files
        // (GRDB only to make a database as an earlier version left it).
        .testTarget(name: "StoreCommandTests", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // Reader start-up and key-to-frame figures: `swift run -c release crosscheck-reader-bench`.
        .executableTarget(
            name: "crosscheck-reader-bench",
            dependencies: ["ClaimKit", "ClaimStore", "ReaderCore", "ReaderStore", "GeneratedLibrary"],
            path: "Benchmarks/crosscheck-reader-bench"
        ),
        // The reader through update and render; the shared-marks tests put
        // two readers on one real mark store.
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "ClaimKit", "ClaimStore", "ReaderStore"]),
        // Drives the built `crosscheck` binary inside tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["crosscheck", "ReaderCore", "GeneratedLibrary"]),
    ],
    swiftLanguageModes: [.v6]
)
