@testable import SSOTLint
import XCTest

/// Patterns that can backtrack exponentially are refused when the configuration loads.
final class RegexSafetyTests: XCTestCase {
    func testNestedRepetitionIsRefused() {
        for pattern in ["(a+)+$", "(a|aa)+$", "(\\w|\\d)+", "(a*)*", "(\\w+\\s?)+x", "((ab)+c)*", "(a{2,})+", "(?:x+y)+"] {
            XCTAssertNotNil(RegexSafety.problem(in: pattern), pattern)
        }
    }

    func testOrdinaryPatternsAreAccepted() {
        for pattern in ["print\\(", "(create|get)_\\w+_(factory|manager)|\\w+Factory", "(ab)+", "(a+)?",
                        "[(+)]+", "\\(a+\\)+", "os\\.environ\\[.*\\]", "(a+)b+", "x{1,3}"] {
            XCTAssertNil(RegexSafety.problem(in: pattern), pattern)
        }
    }
}
