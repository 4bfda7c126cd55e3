@testable import SSOTLint
import XCTest

/// `RequiredLiteralSet` may only say "cannot match" when the engine agrees.
final class RequiredLiteralSetTests: XCTestCase {
    func words(_ pattern: String) -> [String]? {
        RequiredLiteralSet.anyOf(in: pattern)?.map { String(decoding: $0, as: UTF8.self) }
    }

    func testWordsOfTheBuiltinFactoryPattern() {
        XCTAssertEqual(words(#"(create|get|make|build)_\w+_(factory|manager)|\w+(Factory|Manager)"#),
                       ["factory", "manager", "Factory", "Manager"])
        XCTAssertEqual(words(#"get_\w+"#), ["get_"])
        XCTAssertEqual(words(#"(a|b)?x+yz"#), ["yz"])
        XCTAssertEqual(words(#"Base\.(One|Two)+"#), ["Base."])
        XCTAssertEqual(words(#"ab?c"#), ["a"], "b may be absent, so only a run before it counts")
    }

    func testPatternsItCannotReadGiveNil() {
        for pattern in [".*", #"\w+"#, "(?i)factory", "a|.*", "caf\u{E9}", "(?:x|y)z", "((a|b)c)", "[A-Z]+", "a{2}"] {
            XCTAssertNil(words(pattern), pattern)
        }
    }

    func testNeverRejectsANameTheEngineMatches() throws {
        let patterns = [
            #"(create|get|make|build)_\w+_(factory|manager)|\w+(Factory|Manager)"#, #"get_\w+"#, #"(a|b)?x+yz"#,
            #"Base\.(One|Two)+"#, "ab?c", #"\w*(Enum|Flag)"#, "x[yz]+w|q", #"_+init_+"#, "(ab|cd)(ef|gh)",
        ]
        let names = [
            "get_session_factory", "make_x_manager", "SessionFactory", "AuthManager", "factory", "Manager", "get_",
            "get_x", "xyz", "axxyz", "bxyz", "yz", "Base.One", "Base.OneTwo", "ac", "abc", "abbc", "ColorEnum", "Flag",
            "xyw", "xzzw", "q", "__init__", "_init_", "abef", "cdgh", "abgh", "efab", "build_factory", "build__factory",
        ]
        for pattern in patterns {
            let regex = try Regex(pattern)
            let required = RequiredLiteralSet.anyOf(in: pattern)
            for name in names {
                let matches = (try regex.wholeMatch(in: name)) != nil
                if let required, matches {
                    XCTAssertTrue(RequiredLiteralSet.containsAny(required, in: name), "\(pattern) matches \(name)")
                }
            }
        }
    }
}
