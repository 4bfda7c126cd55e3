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
    ],
    targets: [
        // Bytes → decoded source → tokens. Knows nothing of rules or YAML.
        .target(name: "PythonSource"),
        // Configuration, rule kinds, analysis, scoring, reporters.
        .target(
            name: "SSOTLint",
            dependencies: ["PythonSource", .product(name: "Yams", package: "Yams")]
        ),
        // The command line: parses options, calls the libraries, prints.
        .executableTarget(
            name: "ssotlint",
            dependencies: [
                "PythonSource", "SSOTLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PythonSourceTests", dependencies: ["PythonSource"], exclude: ["Fixtures"]),
        .testTarget(name: "SSOTLintTests", dependencies: ["SSOTLint", "PythonSource"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ssotlint"]),
    ],
    swiftLanguageModes: [.v5]
)
