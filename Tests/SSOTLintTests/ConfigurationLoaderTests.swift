import Foundation
import XCTest
@testable import SSOTLint

/// `.ssotlint.yml` (SPEC §3 and §4): a configuration using every key loads into exactly
/// the values written, and the configuration is found the way the SPEC says.
final class ConfigurationLoaderTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ssotlint-config-\(UUID().uuidString)").standardizedFileURL
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    private func folder(_ path: String) throws -> String {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Every key of SPEC §3, every common rule key and every key of each of the five kinds.
    static let everyKey = #"""
        version: 1
        include: ["**/*.py", "scripts/*.pyw"]
        exclude: [".venv/", "build/"]
        respect-gitignore: false
        src-roots: [".", "src"]
        categories:
          - name: Real System
            paths: ["netra_backend/**", "shared/**"]
          - name: Tests
            paths: ["tests/**", "test_*.py"]
        rules:
          - Rules/ssot-core.yml
          - builtin:env-access
          - id: SSOT010
            kind: banned-api
            severity: error
            message: "{api} is banned; use {replacement}"
            apis: [requests.get, urllib.request.urlopen]
            replacement: shared.http.fetch
            paths: ["netra_backend/**"]
            exclude: ["netra_backend/http.py"]
            docs: One HTTP client for the whole system.
            suppressible: false
            skip-type-checking: true
          - id: IMP001
            kind: deprecated-import
            severity: warning
            message: "{module} ({name}) is deprecated; use {replacement}"
            modules:
              - module: legacy.config
                replacement: shared.config
              - module: legacy.utils
                names: [load, dump]
                replacement: shared.io
                message: "{name} moved to {replacement}"
          - id: DUP010
            kind: duplicate-definition
            severity: info
            message: "'{name}' is also defined at {others}"
            names: '\w+Factory'
            kinds: [class, enum]
            scope: any
            canonical: ["shared/factories/**"]
          - id: WS001
            kind: competing-patterns
            severity: error
            message: "{api} is the {pattern} pattern; use {canonical}"
            patterns:
              - name: factory
                apis: [ws.factory.get_manager]
                canonical: true
              - name: legacy
                apis: [ws.legacy.WebSocketManager, ws.legacy.create]
          - id: RX001
            kind: regex
            severity: warning
            message: "print call: {match}"
            pattern: 'print\('
            in: code
        overrides:
          ENV001: { severity: warning, exclude: ["scripts/**"], replacement: shared.env.get_env }
          SSOT010: { exclude: ["netra_backend/legacy/**"] }
          CORE001: { paths: ["src/**"], in: any }
        thresholds:
          overall: 95.5
          categories: { Real System: 100, Tests: 80, Other: 50 }
        count-severities: [error]
        baseline: .ssotlint-baseline.json
        cache-dir: .cache/ssotlint
        suppressions: { require-reason: true }

        """#

    static let corePack = """
        rules:
          - id: CORE001
            kind: regex
            severity: info
            message: "TODO left in: {match}"
            pattern: 'TODO'
            in: comments

        """

    func testEveryKeyLoadsExactlyAsWritten() throws {
        try write([".ssotlint.yml": Self.everyKey, "Rules/ssot-core.yml": Self.corePack])
        let configuration = try ConfigurationLoader.load(path: nil, from: directory.path)
        let root = directory.path

        XCTAssertEqual(configuration.file, root + "/.ssotlint.yml")
        XCTAssertEqual(configuration.root, root)
        XCTAssertEqual(configuration.include, ["**/*.py", "scripts/*.pyw"])
        XCTAssertEqual(configuration.exclude, [".venv/", "build/"])
        XCTAssertFalse(configuration.respectGitignore)
        XCTAssertEqual(configuration.srcRoots, [".", "src"])
        XCTAssertFalse(configuration.usesDefaultCategories)
        XCTAssertEqual(configuration.categories.map(\.name), ["Real System", "Tests"])
        XCTAssertEqual(configuration.categories.map(\.patterns), [["netra_backend/**", "shared/**"], ["tests/**", "test_*.py"]])
        XCTAssertEqual(configuration.category(of: "shared/env.py"), "Real System")
        XCTAssertEqual(configuration.category(of: "tests/unit/test_env.py"), "Tests")
        XCTAssertEqual(configuration.category(of: "pkg/test_env.py"), "Tests")
        XCTAssertEqual(configuration.category(of: "docs/conf.py"), "Other")
        XCTAssertEqual(configuration.thresholds, Thresholds(overall: 95.5, categories: ["Real System": 100, "Tests": 80, "Other": 50]))
        XCTAssertEqual(configuration.countSeverities, [.error])
        XCTAssertEqual(configuration.baseline, ".ssotlint-baseline.json")
        XCTAssertEqual(configuration.cacheDir, ".cache/ssotlint")
        XCTAssertTrue(configuration.requireReason)

        // Packs first, in list order, then the inline rules.
        XCTAssertEqual(configuration.rules.map(\.common.id), ["CORE001", "ENV001", "SSOT010", "IMP001", "DUP010", "WS001", "RX001"])
        XCTAssertEqual(configuration.rules.map(\.common.kind), [
            "regex", "banned-api", "banned-api", "deprecated-import", "duplicate-definition", "competing-patterns", "regex",
        ])
        let rules = Dictionary(uniqueKeysWithValues: configuration.rules.map { ($0.common.id, $0) })

        // From a pack file beside the configuration, with `paths` and `in` overridden.
        let core = try XCTUnwrap(rules["CORE001"] as? RegexRule)
        XCTAssertEqual(core.common.severity, .info)
        XCTAssertEqual(core.common.message, try template("TODO left in: {match}", ["match"]))
        XCTAssertEqual(core.patternText, "TODO")
        XCTAssertEqual(core.tokenClass, .any)
        XCTAssertEqual(core.common.pathPatterns, ["src/**"])
        XCTAssertEqual(core.common.paths.map(\.pattern), ["src/**"])
        XCTAssertEqual(core.common.origin, root + "/Rules/ssot-core.yml:2")

        // Built-in, overridden: severity replaced, a kind-specific key replaced, exclude added.
        let env = try XCTUnwrap(rules["ENV001"] as? BannedAPIRule)
        XCTAssertEqual(env.common.severity, .warning)
        XCTAssertEqual(env.apis.paths, ["os.environ", "os.environb", "os.getenv", "os.getenvb", "os.putenv", "os.unsetenv"])
        XCTAssertEqual(env.replacement, "shared.env.get_env")
        XCTAssertEqual(env.common.excludePatterns, ["scripts/**"])
        XCTAssertEqual(env.common.exclude.map(\.pattern), ["scripts/**"])
        XCTAssertEqual(env.common.pathPatterns, [])
        XCTAssertTrue(env.common.docs.hasPrefix("Reads and writes of the process environment belong in one sanctioned accessor."))
        XCTAssertTrue(env.common.suppressible)
        XCTAssertFalse(env.common.skipTypeChecking)
        XCTAssertEqual(env.common.origin, "builtin:env-access:6")
        XCTAssertTrue(env.common.applies(to: "app/main.py"))
        XCTAssertFalse(env.common.applies(to: "scripts/deploy.py"))

        // banned-api with every common key; its override adds to `exclude`.
        let banned = try XCTUnwrap(rules["SSOT010"] as? BannedAPIRule)
        XCTAssertEqual(banned.common.severity, .error)
        XCTAssertEqual(banned.common.message, try template("{api} is banned; use {replacement}", ["api", "replacement"]))
        XCTAssertEqual(banned.apis.paths, ["requests.get", "urllib.request.urlopen"])
        XCTAssertEqual(banned.replacement, "shared.http.fetch")
        XCTAssertEqual(banned.common.pathPatterns, ["netra_backend/**"])
        XCTAssertEqual(banned.common.excludePatterns, ["netra_backend/http.py", "netra_backend/legacy/**"])
        XCTAssertEqual(banned.common.docs, "One HTTP client for the whole system.")
        XCTAssertFalse(banned.common.suppressible)
        XCTAssertTrue(banned.common.skipTypeChecking)
        XCTAssertEqual(banned.common.origin, root + "/.ssotlint.yml:14")
        XCTAssertTrue(banned.common.applies(to: "netra_backend/api.py"))
        XCTAssertFalse(banned.common.applies(to: "netra_backend/http.py"))
        XCTAssertFalse(banned.common.applies(to: "netra_backend/legacy/old.py"))
        XCTAssertFalse(banned.common.applies(to: "shared/api.py"))

        let deprecated = try XCTUnwrap(rules["IMP001"] as? DeprecatedImportRule)
        XCTAssertEqual(deprecated.common.severity, .warning)
        XCTAssertEqual(deprecated.common.message.placeholders, ["module", "name", "replacement"])
        XCTAssertEqual(deprecated.entries.map(\.module), ["legacy.config", "legacy.utils"])
        XCTAssertEqual(deprecated.entries.map(\.names), [nil, ["load", "dump"]])
        XCTAssertEqual(deprecated.entries.map(\.replacement), ["shared.config", "shared.io"])
        XCTAssertEqual(deprecated.entries.map(\.message), [nil, try template("{name} moved to {replacement}", ["name", "replacement"])])
        XCTAssertEqual(deprecated.common.docs, deprecated.common.message.text, "docs default to the message")
        XCTAssertTrue(deprecated.common.suppressible)

        let duplicate = try XCTUnwrap(rules["DUP010"] as? DuplicateDefinitionRule)
        XCTAssertEqual(duplicate.common.severity, .info)
        XCTAssertEqual(duplicate.common.message.placeholders, ["name", "others"])
        XCTAssertEqual(duplicate.namesPattern, #"\w+Factory"#)
        XCTAssertNotNil(try XCTUnwrap(duplicate.names).wholeMatch(in: "SessionFactory"))
        XCTAssertNil(try XCTUnwrap(duplicate.names).wholeMatch(in: "SessionFactoryBase"))
        XCTAssertEqual(duplicate.kinds, [.class, .enum])
        XCTAssertFalse(duplicate.moduleScopeOnly)
        XCTAssertEqual(duplicate.canonical.map(\.pattern), ["shared/factories/**"])

        let competing = try XCTUnwrap(rules["WS001"] as? CompetingPatternsRule)
        XCTAssertEqual(competing.common.message.placeholders, ["api", "pattern", "canonical"])
        XCTAssertEqual(competing.patterns.map(\.name), ["factory", "legacy"])
        XCTAssertEqual(competing.patterns.map(\.apis.paths), [["ws.factory.get_manager"], ["ws.legacy.WebSocketManager", "ws.legacy.create"]])
        XCTAssertEqual(competing.declaredCanonical, 0)

        let regex = try XCTUnwrap(rules["RX001"] as? RegexRule)
        XCTAssertEqual(regex.common.severity, .warning)
        XCTAssertEqual(regex.patternText, #"print\("#)
        XCTAssertEqual(regex.tokenClass, .code)
        XCTAssertNotNil(try regex.pattern.firstMatch(in: "print(x)"))
    }

    private func template(_ text: String, _ placeholders: [String]) throws -> MessageTemplate {
        let template = try MessageTemplate(try XCTUnwrap(try ConfigNode.parse("'\(text)'", file: "test")), allowed: placeholders)
        XCTAssertEqual(template.placeholders, placeholders)
        return template
    }

    func testDefaultsWhenKeysAreAbsent() throws {
        try write([".ssotlint.yml": "version: 1\n"])
        let configuration = try ConfigurationLoader.load(path: nil, from: directory.path)
        XCTAssertEqual(configuration.file, directory.path + "/.ssotlint.yml")
        XCTAssertEqual(configuration.root, directory.path)
        XCTAssertEqual(configuration.include, ["**/*.py"])
        XCTAssertEqual(configuration.exclude, [])
        XCTAssertTrue(configuration.respectGitignore)
        XCTAssertEqual(configuration.srcRoots, ["."])
        XCTAssertTrue(configuration.usesDefaultCategories)
        XCTAssertEqual(configuration.categories.map(\.name), ["Tests", "Source"])
        XCTAssertEqual(configuration.category(of: "pkg/tests/test_a.py"), "Tests")
        XCTAssertEqual(configuration.category(of: "conftest.py"), "Tests")
        XCTAssertEqual(configuration.category(of: "pkg/a.py"), "Source")
        XCTAssertEqual(configuration.thresholds, Thresholds())
        XCTAssertEqual(configuration.countSeverities, [.error, .warning])
        XCTAssertNil(configuration.baseline)
        XCTAssertEqual(configuration.cacheDir, ".ssotlint_cache")
        XCTAssertFalse(configuration.requireReason)
        // `rules:` absent: builtin:env-access.
        XCTAssertEqual(configuration.rules.map(\.common.id), ["ENV001"])
        XCTAssertEqual(configuration.rules.first?.common.origin, "builtin:env-access:6")
    }

    func testAnEmptyConfigurationMeansTheDefaults() throws {
        try write([".ssotlint.yml": "# nothing configured yet\n"])
        let configuration = try ConfigurationLoader.load(path: nil, from: directory.path)
        XCTAssertEqual(configuration.root, directory.path)
        XCTAssertEqual(configuration.rules.map(\.common.id), ["ENV001"])
        XCTAssertEqual(configuration.categories.map(\.name), ["Tests", "Source"])
    }

    func testSingleStringsStandForListsOfOne() throws {
        try write([".ssotlint.yml": "include: \"src/**/*.py\"\nexclude: build/\ncount-severities: warning\n"])
        let configuration = try ConfigurationLoader.load(path: nil, from: directory.path)
        XCTAssertEqual(configuration.include, ["src/**/*.py"])
        XCTAssertEqual(configuration.exclude, ["build/"])
        XCTAssertEqual(configuration.countSeverities, [.warning])
    }

    // MARK: Finding the configuration

    func testConfigurationIsFoundUpwardAndItsFolderIsTheRoot() throws {
        try write([".ssotlint.yml": "rules: [builtin:duplicate-factories]\n"])
        _ = try folder(".git")
        let nested = try folder("services/api/handlers")
        let configuration = try ConfigurationLoader.load(path: nil, from: nested)
        XCTAssertEqual(configuration.file, directory.path + "/.ssotlint.yml")
        XCTAssertEqual(configuration.root, directory.path)
        XCTAssertEqual(configuration.rules.map(\.common.id), ["DUP001", "DUP002"])
    }

    func testTheNearestConfigurationWins() throws {
        try write([".ssotlint.yml": "rules: [builtin:duplicate-factories]\n", "services/.ssotlint.yml": "version: 1\n"])
        let nested = try folder("services/api")
        let configuration = try ConfigurationLoader.load(path: nil, from: nested)
        XCTAssertEqual(configuration.file, directory.path + "/services/.ssotlint.yml")
        XCTAssertEqual(configuration.root, directory.path + "/services")
    }

    func testAnExplicitPathIsReadRelativeToTheGivenDirectory() throws {
        try write(["config/lint.yml": "rules: [builtin:duplicate-factories]\n", ".ssotlint.yml": "version: 1\n"])
        let configuration = try ConfigurationLoader.load(path: "config/lint.yml", from: directory.path)
        XCTAssertEqual(configuration.file, directory.path + "/config/lint.yml")
        XCTAssertEqual(configuration.root, directory.path + "/config")
        XCTAssertEqual(configuration.rules.map(\.common.id), ["DUP001", "DUP002"])
    }

    /// The tests below need a temporary folder with no configuration and no git work tree above it.
    private func requireCleanAncestors() throws {
        let parent = directory.deletingLastPathComponent().path
        if ConfigurationLoader.locate(from: parent) != nil || ConfigurationLoader.gitWorkTree(from: parent) != nil {
            throw XCTSkip("a .ssotlint.yml or .git above \(parent) would be found")
        }
    }

    func testWithoutConfigurationTheRootIsTheEnclosingGitWorkTree() throws {
        try requireCleanAncestors()
        _ = try folder(".git")
        let nested = try folder("pkg/sub")
        let configuration = try ConfigurationLoader.load(path: nil, from: nested)
        XCTAssertNil(configuration.file)
        XCTAssertEqual(configuration.root, directory.path)
        XCTAssertEqual(configuration.rules.map(\.common.id), ["ENV001"])
        XCTAssertEqual(configuration.categories.map(\.name), ["Tests", "Source"])
    }

    func testAGitFileMarksAWorkTreeToo() throws {
        // A linked work tree or submodule has a `.git` file, not a folder.
        try requireCleanAncestors()
        try write([".git": "gitdir: ../elsewhere/.git/worktrees/x\n"])
        let nested = try folder("pkg")
        XCTAssertEqual(try ConfigurationLoader.load(path: nil, from: nested).root, directory.path)
    }

    func testWithoutConfigurationOrGitTheRootIsTheGivenDirectory() throws {
        try requireCleanAncestors()
        let nested = try folder("pkg/sub")
        let configuration = try ConfigurationLoader.load(path: nil, from: nested)
        XCTAssertNil(configuration.file)
        XCTAssertEqual(configuration.root, nested)
        XCTAssertEqual(configuration.rules.map(\.common.id), ["ENV001"])
    }
}
