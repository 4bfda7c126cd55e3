import PythonSource
import XCTest

/// SPEC §3 "Module names".
final class ModuleNameTests: XCTestCase {
    func testPathsRelativeToTheProjectRoot() {
        XCTAssertEqual(ModuleName.of(relativePath: "a/b/c.py", srcRoots: ["."]), "a.b.c")
        XCTAssertEqual(ModuleName.of(relativePath: "a/b/__init__.py", srcRoots: ["."]), "a.b")
        XCTAssertEqual(ModuleName.of(relativePath: "m.py", srcRoots: []), "m")
        XCTAssertEqual(ModuleName.of(relativePath: "./a/m.py", srcRoots: []), "a.m")
        XCTAssertEqual(ModuleName.of(relativePath: "__init__.py", srcRoots: []), "")
        XCTAssertEqual(ModuleName.of(relativePath: "a/stub.pyi", srcRoots: []), "a.stub")
        XCTAssertEqual(ModuleName.of(relativePath: "a/pkg/__init__.pyi", srcRoots: []), "a.pkg")
        XCTAssertEqual(ModuleName.of(relativePath: "a//b/./c.py", srcRoots: []), "a.b.c")
        XCTAssertEqual(ModuleName.of(relativePath: "a/b.pyx", srcRoots: []), "a.b.pyx")
        XCTAssertEqual(ModuleName.of(relativePath: "a/.py", srcRoots: []), "a.")
        XCTAssertEqual(ModuleName.of(relativePath: "café/ünï.py", srcRoots: []), "café.ünï")
    }

    func testTheDeepestContainingSourceRootWins() {
        let roots = ["src", "src/vendor", "."]
        XCTAssertEqual(ModuleName.of(relativePath: "src/pkg/m.py", srcRoots: roots), "pkg.m")
        XCTAssertEqual(ModuleName.of(relativePath: "src/vendor/lib/__init__.py", srcRoots: roots), "lib")
        XCTAssertEqual(ModuleName.of(relativePath: "tests/test_x.py", srcRoots: roots), "tests.test_x")
        // A root must be a whole folder: `srcx` is not inside `src`.
        XCTAssertEqual(ModuleName.of(relativePath: "srcx/m.py", srcRoots: roots), "srcx.m")
    }

    func testRootsAreNormalised() {
        for root in ["src", "./src/", "src/", "./src", "/src", "src//"] {
            XCTAssertEqual(ModuleName.of(relativePath: "src/pkg/m.py", srcRoots: [root]), "pkg.m", root)
        }
        for root in [".", "./", ""] {
            XCTAssertEqual(ModuleName.of(relativePath: "src/pkg/m.py", srcRoots: [root]), "src.pkg.m", root)
        }
    }

    func testPackageInitializers() {
        XCTAssertTrue(ModuleName.isPackageInitializer(relativePath: "a/b/__init__.py"))
        XCTAssertTrue(ModuleName.isPackageInitializer(relativePath: "__init__.py"))
        XCTAssertFalse(ModuleName.isPackageInitializer(relativePath: "a/b/init.py"))
    }
}
