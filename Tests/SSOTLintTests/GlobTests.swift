import XCTest
@testable import SSOTLint

final class GlobTests: XCTestCase {
    /// One expectation: `pattern` against `path` (a folder when it ends in `/`).
    private func check(
        _ pattern: String, _ expectations: [String: Bool], file: StaticString = #filePath, line: UInt = #line
    ) {
        let glob: Glob
        do {
            glob = try Glob(pattern)
        } catch {
            return XCTFail("\(pattern): \(error)", file: file, line: line)
        }
        for (path, expected) in expectations.sorted(by: { $0.key < $1.key }) {
            let isDirectory = path.hasSuffix("/")
            let relative = isDirectory ? String(path.dropLast()) : path
            XCTAssertEqual(
                glob.matches(relative, isDirectory: isDirectory), expected,
                "'\(pattern)' vs '\(path)'", file: file, line: line
            )
        }
    }

    func testUnanchoredNameMatchesAtAnyDepth() {
        check("conftest.py", [
            "conftest.py": true, "tests/unit/conftest.py": true,
            "tests/conftest.pyx": false, "myconftest.py": false, "conftest.py.bak": false,
        ])
        check("build", [
            "build/": true, "build": true, "a/build/x.py": true, "a/b/build/": true,
            "builder/x.py": false, "a/rebuild": false, "buil": false,
        ])
    }

    func testStarAndQuestionMarkStayWithinOneSegment() {
        check("*.py", [
            "a.py": true, "src/deep/a.py": true, ".hidden.py": true, "a.pyc": false, "apy": false,
        ])
        check("src/*.py", ["src/a.py": true, "src/sub/a.py": false, "lib/src/a.py": false, "src/a.pyi": false])
        check("?.py", ["a.py": true, "é.py": true, "ab.py": false, ".py": false])
        check("test_*", ["test_": true, "test_a.py": true, "a/test_b/c.py": true, "atest_a.py": false])
        check("a*b*c", ["abc": true, "axxbyyc": true, "abcbc": true, "acb": false, "a/b/c": false])
        check("*", ["x": true, "a/b/c.py": true])
    }

    func testGlobstarAsWholeSegment() {
        check("**/test_*.py", ["test_a.py": true, "a/b/test_a.py": true, "a/b/atest_a.py": false])
        check("a/**/b", [
            "a/b": true, "a/x/b": true, "a/x/y/b": true, "a/b/c": true,
            "a/xb": false, "x/a/b": false, "a": false,
        ])
        check("src/**", ["src/a.py": true, "src/a/b/c.py": true, "src/": false, "lib/src/a.py": false])
        check("**", ["x": true, "a/b/c": true])
        check("**/**/x", ["x": true, "a/b/x": true, "a/b/y": false])
        check("/**", ["x": true, "a/b/c": true])
    }

    func testDoubleStarInsideASegmentActsAsStar() {
        check("a**b", ["ab": true, "axyb": true, "ax/yb": false])
        check("src/**.py", ["src/a.py": true, "src/a/b.py": false])
        // Unlike git's matcher (see GitIgnoreTests), a glob's `a**` never spans folders.
        check("a**/x", ["ab/x": true, "ax": false, "ab/c/x": false])
        check("***/x", ["x": true, "p/q/x": true])
    }

    func testCharacterClasses() {
        check("[abc].py", ["a.py": true, "c.py": true, "d.py": false, "ab.py": false])
        check("[a-c]x", ["bx": true, "dx": false, "Bx": false])
        check("[!abc].py", ["d.py": true, "a.py": false, "é.py": true])
        check("[^abc].py", ["d.py": true, "b.py": false])
        check("[]]x", ["]x": true, "x": false])
        check("[a-]x", ["-x": true, "ax": true, "bx": false])
        check("[[:digit:]]*.py", ["1a.py": true, "a1.py": false])
        check("[é-ë].py", ["ê.py": true, "e.py": false])
        check("a[!x]b", ["a/b": false, "acb": true])
    }

    func testCaseSensitive() {
        check("*.PY", ["a.py": false, "a.PY": true])
        check("Build", ["build/x.py": false, "Build/x.py": true])
    }

    func testAnchoring() {
        check("/build", ["build/": true, "build/x.py": true, "a/build/": false])
        check("./src/*.py", ["src/a.py": true, "x/src/a.py": false])
        check("docs/api", ["docs/api/x.md": true, "a/docs/api/x.md": false])
    }

    func testTrailingSlashMatchesFoldersOnly() {
        check("build/", [
            "build/": true, "build": false, "build/x.py": true, "a/build/b/c.py": true, "a/build": false,
        ])
        check("src/gen/", ["src/gen/": true, "src/gen": false, "src/gen/a.py": true, "x/src/gen/a.py": false])
        check("*.egg-info/", ["pkg.egg-info/PKG-INFO": true, "pkg.egg-info": false])
    }

    func testEscapesSpacesAndNonASCII() {
        check("\\*.py", ["*.py": true, "a.py": false])
        check("a\\?", ["a?": true, "ab": false])
        check("my dir/*.py", ["my dir/a b.py": true, "mydir/a.py": false])
        check("données/*.py", ["données/ü.py": true, "donnees/u.py": false])
    }

    func testMatchesItselfIgnoresParents() throws {
        let glob = try Glob("build/")
        XCTAssertTrue(glob.matchesItself("a/build", isDirectory: true))
        XCTAssertFalse(glob.matchesItself("a/build/x.py", isDirectory: false))
        XCTAssertTrue(glob.matches("a/build/x.py", isDirectory: false))
        XCTAssertTrue(glob.isDirectoryOnly)
        XCTAssertTrue(try Glob("src").namesPathLiterally)
        XCTAssertFalse(try Glob("**/*.py").namesPathLiterally)
    }

    func testBadGlobsThrowClearErrors() {
        let cases: [(String, Int, String)] = [
            ("src/[a", 5, "unterminated '['"),
            ("[[:foo:]]", 2, "unknown character class"),
            ("a\\", 2, "escapes nothing"),
            ("", 1, "names no path"),
            ("/", 1, "names no path"),
            ("./", 1, "names no path"),
        ]
        for (pattern, column, message) in cases {
            XCTAssertThrowsError(try Glob(pattern), pattern) { error in
                guard let error = error as? GlobError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.column, column, pattern)
                XCTAssertTrue(error.description.contains(message), error.description)
                XCTAssertTrue(error.description.contains("'\(pattern)'"), error.description)
            }
        }
    }

    func testDeepPathsAndManyGlobstarsStayCheap() throws {
        let path = Array(repeating: "d", count: 5_000).joined(separator: "/") + "/x.py"
        let glob = try Glob("**/a/**/b/**/c/**/*.py")
        let start = Date()
        XCTAssertFalse(glob.matches(path, isDirectory: false))
        XCTAssertTrue(try Glob("**/d/**/*.py").matches(path, isDirectory: false))
        XCTAssertTrue(try Glob("d").matches(path, isDirectory: false))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testEqualityIsByPattern() throws {
        XCTAssertEqual(try Glob("*.py"), try Glob("*.py"))
        XCTAssertNotEqual(try Glob("*.py"), try Glob("**/*.py"))
        XCTAssertEqual(try Glob("a/*").description, "a/*")
    }
}
