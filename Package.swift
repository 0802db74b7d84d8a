// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .executable(name: "crosscheck", targets: ["crosscheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The parsing library: article text in, claims, sources and denials out.
        .target(
            name: "ClaimKit",
            resources: [.copy("Lexicons")]
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
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "ClaimKit",
                "ReaderCore",
                "TerminalUI",
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
        // Reader start-up and key-to-frame figures: `swift run -c release crosscheck-reader-bench`.
        .executableTarget(
            name: "crosscheck-reader-bench",
            dependencies: ["ClaimKit", "ReaderCore", "TerminalUI"],
            path: "Benchmarks/crosscheck-reader-bench"
        ),
        // Article fixtures and their hand-made annotations, copied so tests can load them via Bundle.module.
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "ClaimKit"]),
        // Drives the built `crosscheck` binary inside tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["crosscheck", "ReaderCore"]),
    ],
    swiftLanguageModes: [.v6]
)
