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
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "ClaimKit",
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
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
