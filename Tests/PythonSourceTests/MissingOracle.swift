import Foundation
import XCTest

/// What a test does when its oracle (python3 and CPython's `tokenize`/`ast`, python3.12,
/// git, jsonschema) cannot run: locally it skips; in CI (`CI=true`) it fails, because a
/// skipped differential test there would let the comparison silently stop happening.
/// (One copy per test target: they share no support module.)
enum MissingOracle {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The error to throw: `XCTSkip` locally; in CI a recorded failure, then an error that ends the test.
    static func error(_ reason: String, file: StaticString = #filePath, line: UInt = #line) -> Error {
        guard isCI else { return XCTSkip(reason, file: file, line: line) }
        XCTFail("\(reason); CI=true, where the oracle must be installed (see .ci/run)", file: file, line: line)
        return Unavailable(reason: reason)
    }

    struct Unavailable: Error, CustomStringConvertible {
        var reason: String
        var description: String { "oracle unavailable: \(reason)" }
    }
}
