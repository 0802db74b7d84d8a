// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for ClaimKit, one per input format, kept out of the
// main package so that `swift test` never builds them. On Linux:
//     cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address
//     .build/release/fuzz-html corpus/html ../Tests/ClaimKitTests/Fixtures/Ingest
// (see README.md beside this file).
let fuzzerTarget: (String) -> Target = { name in
    .executableTarget(
        name: name, dependencies: ["FuzzSupport"], path: "Sources/\(name)",
        // gold stops with an internal error on the sanitizers' objects.
        linkerSettings: [.unsafeFlags(["-Xclang-linker", "-fuse-ld=lld"], .when(platforms: [.linux]))])
}

let package = Package(
    name: "CrosscheckFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Crosscheck", path: "..")],
    targets: [
        // What every target checks of an analysis, and the loader they share.
        .target(name: "FuzzSupport", dependencies: [.product(name: "ClaimKit", package: "Crosscheck")]),
        fuzzerTarget("fuzz-text"),
        fuzzerTarget("fuzz-markdown"),
        fuzzerTarget("fuzz-html"),
        fuzzerTarget("fuzz-feed"),
        fuzzerTarget("fuzz-sniffed"),
    ],
    swiftLanguageModes: [.v6]
)
