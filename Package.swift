// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .library(name: "ClaimStore", targets: ["ClaimStore"]),
        .executable(name: "crosscheck", targets: ["crosscheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        // Verification marks and their history in SQLite; the reports built from them.
        .target(
            name: "ClaimStore",
            dependencies: [
                "ClaimKit",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "ClaimKit",
                "ClaimStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Samples")]
        ),
        // Release-mode throughput and memory figures: `swift run -c release crosscheck-bench`.
        .executableTarget(
            name: "crosscheck-bench",
            dependencies: ["ClaimKit"],
            path: "Benchmarks/crosscheck-bench"
        ),
        // Release-mode ingest throughput per format: `swift run -c release crosscheck-ingest-bench`.
        .executableTarget(
            name: "crosscheck-ingest-bench",
            dependencies: ["ClaimKit"],
            path: "Benchmarks/crosscheck-ingest-bench"
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
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ClaimStoreTests",
            dependencies: ["ClaimKit", "ClaimStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The mark commands end to end: runs the built crosscheck binary on article files.
        .testTarget(name: "StoreCommandTests"),
    ],
    swiftLanguageModes: [.v6]
)
