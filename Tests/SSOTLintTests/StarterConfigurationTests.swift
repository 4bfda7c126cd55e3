import Foundation
import XCTest
@testable import SSOTLint

/// `ssotlint init`'s starter `.ssotlint.yml`: it loads as written and with every example
/// uncommented, and it reflects the layout found on disk.
final class StarterConfigurationTests: FolderTestCase {

    /// Creates files (and, for paths ending in `/`, folders) under the root.
    private func make(_ paths: String...) throws {
        for path in paths {
            let url = URL(fileURLWithPath: root + "/" + path)
            if path.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("x = 1\n".utf8).write(to: url)
            }
        }
    }

    private func load(_ text: String) throws -> Configuration {
        try ConfigurationLoader.parse(text, file: root + "/.ssotlint.yml")
    }

    static let layouts = [
        ProjectLayout(),
        ProjectLayout(srcRoots: ["src"], testFolders: ["tests/**"]),
        ProjectLayout(srcRoots: ["."], testFolders: ["tests/**", "test/**", "**/tests/**"]),
    ]

    func testTheStarterLoadsForEveryLayout() throws {
        for layout in Self.layouts {
            let configuration = try load(StarterConfiguration.text(for: layout))
            XCTAssertEqual(configuration.rules.map(\.common.id), ["ENV001"])
            XCTAssertEqual(configuration.srcRoots, layout.srcRoots)
            XCTAssertEqual(configuration.categories.map(\.name), ["Tests", "Source"])
            XCTAssertEqual(configuration.categories.first?.patterns,
                           layout.testFolders + ["test_*.py", "*_test.py", "conftest.py"])
            XCTAssertEqual(configuration.include, ["**/*.py"])
            XCTAssertEqual(configuration.exclude, ["build/", "dist/"])
            XCTAssertEqual(configuration.countSeverities, [.error, .warning])
            XCTAssertEqual(configuration.baseline, ".ssotlint-baseline.json")
            XCTAssertEqual(configuration.cacheDir, ".ssotlint_cache")
            XCTAssertEqual(configuration.thresholds, Thresholds())
            XCTAssertFalse(configuration.requireReason)
        }
    }

    func testEveryExampleLoadsWhenUncommented() throws {
        let configuration = try load(StarterConfiguration.text(for: ProjectLayout(), examplesEnabled: true))
        XCTAssertEqual(configuration.rules.map(\.common.id),
                       ["ENV001", "DUP001", "DUP002", "SSOT010", "SSOT020", "SSOT030", "SSOT040", "SSOT050"])
        XCTAssertEqual(Set(configuration.rules.map(\.common.kind)), Set(RuleRegistry.kinds.map { $0.name }),
                       "one example per rule kind")
        XCTAssertEqual(configuration.thresholds, Thresholds(overall: 95, categories: ["Source": 100]))
        XCTAssertTrue(configuration.requireReason)
        let env = try XCTUnwrap(configuration.rules.first { $0.common.id == "ENV001" })
        XCTAssertFalse(env.common.applies(to: "myapp/settings.py"), "the override's exclude applies")
    }

    func testUncommentingTheExamplesChangesOnlyTheCommentMarks() {
        let commented = StarterConfiguration.text(for: ProjectLayout()).split(separator: "\n", omittingEmptySubsequences: false)
        let enabled = StarterConfiguration.text(for: ProjectLayout(), examplesEnabled: true)
            .split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(commented.count, enabled.count)
        for (line, live) in zip(commented, enabled) where line != live {
            XCTAssertEqual(line.replacingOccurrences(of: "# ", with: "", options: [], range: line.range(of: "# ")), String(live))
        }
    }

    func testEveryLineIsShortEnoughToRead() {
        for line in StarterConfiguration.text(for: Self.layouts[2]).split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 110, "\(line)")
        }
    }

    // MARK: layout detection

    func testAnEmptyProjectHasNoSrcLayoutAndNoTestFolders() {
        XCTAssertEqual(ProjectLayout.detect(root: root), ProjectLayout(srcRoots: ["."], testFolders: []))
    }

    func testSrcHoldingPythonPackagesIsASrcLayout() throws {
        try make("src/app/__init__.py", "src/app/db.py")
        XCTAssertEqual(ProjectLayout.detect(root: root).srcRoots, ["src"])
    }

    func testSrcHoldingAModuleIsASrcLayout() throws {
        try make("src/tool.py")
        XCTAssertEqual(ProjectLayout.detect(root: root).srcRoots, ["src"])
    }

    func testSrcWithoutPythonIsNotASrcLayout() throws {
        try make("src/main.c", "src/assets/", "app/m.py")
        XCTAssertEqual(ProjectLayout.detect(root: root).srcRoots, ["."])
    }

    func testTestFoldersThatArePresentAreListed() throws {
        try make("tests/", "test/", "services/billing/tests/test_x.py")
        XCTAssertEqual(ProjectLayout.detect(root: root).testFolders, ["tests/**", "test/**", "**/tests/**"])
    }

    func testOnlyTheNestedTestFoldersArePresent() throws {
        try make("pkg/tests/", "pkg/a.py")
        XCTAssertEqual(ProjectLayout.detect(root: root).testFolders, ["**/tests/**"])
    }

    func testHiddenSkippedAndLinkedFoldersAreNotLookedInto() throws {
        try make(".venv/lib/tests/", "node_modules/x/tests/", "build/tests/", "other/")
        XCTAssertEqual(symlink(root + "/other", root + "/tests"), 0)
        XCTAssertEqual(symlink(root + "/.venv/lib", root + "/linked"), 0)
        XCTAssertEqual(ProjectLayout.detect(root: root), ProjectLayout(srcRoots: ["."], testFolders: []))
    }
}
