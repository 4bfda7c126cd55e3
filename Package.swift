// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ssotlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ssotlint", targets: ["ssotlint"]),
        .library(name: "PythonSource", targets: ["PythonSource"]),
        .library(name: "SSOTLint", targets: ["SSOTLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // Runs `git` for the git-aware commands (`check --new-since`, `report --git-history`).
        .package(url: "https://github.com/swiftlang/swift-subprocess", exact: "1.0.2"),
    ],
    targets: [
        // Bytes → decoded source → tokens. Knows nothing of rules or YAML.
        .target(name: "PythonSource"),
        // Configuration, rule kinds, analysis, scoring, reporters.
        .target(
            name: "SSOTLint",
            dependencies: [
                "PythonSource", .product(name: "Yams", package: "Yams"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        // The command line: parses options, calls the libraries, prints.
        .executableTarget(
            name: "ssotlint",
            dependencies: [
                "PythonSource", "SSOTLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release binary with the Swift runtime and Foundation linked in starts in
            // about half the time (no dynamic symbol binding): 11 → 6 ms for `--version`,
            // 34 → 24 ms for a warm-cache `check` of the standard library. `-static-stdlib`
            // links only the runtime's own libraries; Foundation's static libraries need
            // theirs named. Debug builds (and so the test bundles, which load XCTest's
            // runtime) stay dynamic.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "-lCoreFoundation", "-Xlinker", "-l_FoundationICU", "-Xlinker", "-l_FoundationCShims", "-Xlinker", "-l_FoundationCollections", "-Xlinker", "-lFoundationEssentials", "-Xlinker", "-lFoundationInternationalization", "-Xlinker", "-lswiftSynchronization", "-Xlinker", "-lstdc++"], .when(platforms: [.linux], configuration: .release))]
        ),
        .testTarget(name: "PythonSourceTests", dependencies: ["PythonSource"], exclude: ["Fixtures"]),
        .testTarget(name: "SSOTLintTests", dependencies: ["SSOTLint", "PythonSource"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ssotlint"]),
    ],
    swiftLanguageModes: [.v5]
)
