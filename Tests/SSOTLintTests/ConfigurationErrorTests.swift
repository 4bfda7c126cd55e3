import Foundation
import XCTest
@testable import SSOTLint

/// Every class of bad configuration (SPEC §8) gives one line, `file:line:col: message`,
/// that points at the offending key (for key errors) or value (for value errors) and
/// says what to do. The expected lines below are exactly what users see.
final class ConfigurationErrorTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ssotlint-config-errors-\(UUID().uuidString)").standardizedFileURL
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    /// Writes `files` (path → text) into the project folder.
    private func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Loads `.ssotlint.yml` (and `files` beside it) and returns the error's one line,
    /// with the project folder removed from the paths it names.
    private func error(_ configuration: String, files: [String: String] = [:],
                       file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try write(files.merging([".ssotlint.yml": configuration]) { _, config in config })
        return try loadError(file: file, line: line)
    }

    private func loadError(path: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        do {
            _ = try ConfigurationLoader.load(path: path, from: directory.path)
        } catch {
            let text = error.description.replacingOccurrences(of: directory.path + "/", with: "")
            XCTAssertFalse(text.contains("\n"), "not one line: \(text)", file: file, line: line)
            return text
        }
        XCTFail("the configuration loaded without an error", file: file, line: line)
        return ""
    }

    /// A valid rule of each kind, to which a test adds or changes one line.
    private static let bannedRule = """
        rules:
          - id: SSOT010
            kind: banned-api
            severity: error
            message: "use {replacement} instead of {api}"
            apis: [os.environ]
            replacement: shared.env.get_env

        """

    // MARK: YAML

    func testYAMLSyntaxErrorPointsAtTheProblemAndSaysWhereTheConstructStarted() throws {
        XCTAssertEqual(try error("version: 1\ninclude: [\"**/*.py\"\nexclude: []\n"),
                       ".ssotlint.yml:3:1: invalid YAML: did not find expected ',' or ']' "
                           + "(while parsing a flow sequence at line 2, column 10)")
        XCTAssertEqual(try error("include: \"a\\q\"\n"),
                       ".ssotlint.yml:1:12: invalid YAML: found unknown escape character "
                           + "(while parsing a quoted scalar at line 1, column 10)")
        XCTAssertEqual(try error("version: 1\n  include: []\n"),
                       ".ssotlint.yml:2:10: invalid YAML: mapping values are not allowed in this context")
        XCTAssertEqual(try error("version: 1\n---\nversion: 1\n"),
                       ".ssotlint.yml:2:1: invalid YAML: found another document "
                           + "(expected a single document in the stream at line 1, column 1)")
        XCTAssertEqual(try error("version: 1\nbaseline: \u{1}x\n"),
                       ".ssotlint.yml:2:11: invalid YAML: control characters are not allowed (U+0001)")
    }

    func testDuplicateKeyPointsAtTheRepeatAndNamesTheFirst() throws {
        XCTAssertEqual(try error("include: [\"**/*.py\"]\nexclude: []\ninclude: [src/]\n"),
                       ".ssotlint.yml:3:1: key 'include' is given twice in this mapping (first at line 1, column 1); "
                           + "remove one of them")
        XCTAssertEqual(try error(Self.bannedRule + "    severity: warning\n"),
                       ".ssotlint.yml:8:5: key 'severity' is given twice in this mapping (first at line 4, column 5); "
                           + "remove one of them")
        XCTAssertEqual(try error("suppressions: {require-reason: true, require-reason: false}\n"),
                       ".ssotlint.yml:1:38: key 'require-reason' is given twice in this mapping "
                           + "(first at line 1, column 16); remove one of them")
    }

    func testConfigurationThatIsNotUTF8NamesTheFirstBadByte() throws {
        try Data("version: 1\nbaseline: caf".utf8 + [0xE9] + Data("\n".utf8))
            .write(to: directory.appendingPathComponent(".ssotlint.yml"))
        XCTAssertEqual(try loadError(), ".ssotlint.yml:2:14: the configuration file is not UTF-8 text; save it as UTF-8")
    }

    func testMissingConfigurationFile() throws {
        XCTAssertEqual(try loadError(path: "custom.yml"), "custom.yml: no such configuration file")
    }

    // MARK: Keys and types

    func testUnknownTopLevelKeySuggestsTheClosestKey() throws {
        XCTAssertEqual(try error("version: 1\ninclude: [\"**/*.py\"]\ntreshold:\n  overall: 90\n"),
                       ".ssotlint.yml:3:1: unknown key 'treshold' in the configuration; did you mean 'thresholds'?")
        XCTAssertEqual(try error("colour: red\n"),
                       ".ssotlint.yml:1:1: unknown key 'colour' in the configuration; valid keys: version, include, "
                           + "exclude, respect-gitignore, src-roots, categories, rules, overrides, thresholds, "
                           + "count-severities, baseline, cache-dir, suppressions")
    }

    func testUnknownKeyInARuleSuggestsTheClosestKeyOfItsKind() throws {
        XCTAssertEqual(try error(Self.bannedRule + "    replacment: shared.env.get_env\n"),
                       ".ssotlint.yml:8:5: unknown key 'replacment' in a banned-api rule; did you mean 'replacement'?")
        XCTAssertEqual(try error("suppressions:\n  require_reason: true\n"),
                       ".ssotlint.yml:2:3: unknown key 'require_reason' in suppressions; did you mean 'require-reason'?")
    }

    func testWrongTypesPointAtTheValue() throws {
        XCTAssertEqual(try error("categories: Tests\n"), ".ssotlint.yml:1:13: categories must be a list, not 'Tests'")
        XCTAssertEqual(try error("rules: builtin:env-access\n"),
                       ".ssotlint.yml:1:8: rules must be a list, not 'builtin:env-access'")
        XCTAssertEqual(try error("exclude: {build: true}\n"),
                       ".ssotlint.yml:1:10: exclude must be a list of strings, not a mapping")
        XCTAssertEqual(try error("exclude:\nversion: 1\n"),
                       ".ssotlint.yml:1:9: exclude must be a list of strings, not an empty value")
        XCTAssertEqual(try error("suppressions: [require-reason]\n"),
                       ".ssotlint.yml:1:15: suppressions must be a mapping, not a list")
        XCTAssertEqual(try error("respect-gitignore: maybe\n"),
                       ".ssotlint.yml:1:20: respect-gitignore must be true or false, not 'maybe'")
        XCTAssertEqual(try error("respect-gitignore: \"true\"\n"),
                       ".ssotlint.yml:1:20: respect-gitignore must be true or false, not the quoted string 'true'")
        XCTAssertEqual(try error("thresholds:\n  overall: 101\n"),
                       ".ssotlint.yml:2:12: thresholds.overall must be a number from 0 to 100, not '101'")
        XCTAssertEqual(try error("count-severities: [error, fatal]\n"),
                       ".ssotlint.yml:1:27: each entry of count-severities must be error, warning or info, not 'fatal'")
    }

    func testUnsupportedVersion() throws {
        XCTAssertEqual(try error("version: 2\n"),
                       ".ssotlint.yml:1:10: unsupported configuration version 2; this ssotlint reads version 1")
    }

    func testBadGlobNamesThePatternAndTheColumnInIt() throws {
        XCTAssertEqual(try error("include: [\"**/*.py\", \"[abc\"]\n"),
                       ".ssotlint.yml:1:22: invalid glob '[abc' in include: unterminated '[' (a class needs a closing ']' "
                           + "and cannot contain '/') at column 1 of the pattern")
        XCTAssertEqual(try error("exclude: 'src/[abc'\n"),
                       ".ssotlint.yml:1:10: invalid glob 'src/[abc' in exclude: unterminated '[' (a class needs a "
                           + "closing ']' and cannot contain '/') at column 5 of the pattern")
        XCTAssertEqual(try error(Self.bannedRule + "    paths: [\"src/[abc\"]\n"),
                       ".ssotlint.yml:8:13: invalid glob 'src/[abc' in paths of 'SSOT010': unterminated '[' (a class "
                           + "needs a closing ']' and cannot contain '/') at column 5 of the pattern")
    }

    // MARK: Rules

    func testUnknownRuleKindSuggestsTheClosestKind() throws {
        XCTAssertEqual(try error("rules:\n  - id: SSOT010\n    kind: banned-apis\n"),
                       ".ssotlint.yml:3:11: unknown rule kind 'banned-apis'; did you mean 'banned-api'?")
        XCTAssertEqual(try error("rules:\n  - id: SSOT010\n    kind: lint\n"),
                       ".ssotlint.yml:3:11: unknown rule kind 'lint'; kinds: banned-api, deprecated-import, "
                           + "duplicate-definition, competing-patterns, regex")
        XCTAssertEqual(try error("rules:\n  - id: SSOT010\n    severity: error\n"),
                       ".ssotlint.yml:2:5: a rule needs 'kind' (one of banned-api, deprecated-import, "
                           + "duplicate-definition, competing-patterns, regex)")
    }

    func testDuplicateRuleIDPointsAtTheSecondAndNamesTheFirst() throws {
        let second = "  - id: SSOT010\n    kind: regex\n    severity: info\n    message: m\n    pattern: x\n"
        XCTAssertEqual(try error(Self.bannedRule + second),
                       ".ssotlint.yml:8:9: duplicate rule id 'SSOT010' (first defined at .ssotlint.yml:2:9); "
                           + "give each rule its own id")
        XCTAssertEqual(try error("rules:\n  - builtin:env-access\n" + second.replacingOccurrences(of: "SSOT010", with: "ENV001")),
                       ".ssotlint.yml:3:9: duplicate rule id 'ENV001' (first defined at builtin:env-access:6:9); "
                           + "give each rule its own id")
        XCTAssertEqual(try error("rules:\n  - builtin:env-access\n  - builtin:env-access\n"),
                       ".ssotlint.yml:3:5: rule pack 'builtin:env-access' is listed twice in 'rules' "
                           + "(first at line 2, column 5); remove one of them")
    }

    func testInvalidRuleID() throws {
        XCTAssertEqual(try error(Self.bannedRule.replacingOccurrences(of: "SSOT010", with: "10-SSOT")),
                       ".ssotlint.yml:2:9: invalid rule id '10-SSOT': use a letter, then letters, digits, '_' or '-'")
    }

    func testInvalidRegularExpressions() throws {
        XCTAssertEqual(try error("rules:\n  - id: RX1\n    kind: regex\n    severity: info\n    message: m\n    pattern: 'print('\n"),
                       ".ssotlint.yml:6:14: invalid regular expression in pattern: expected ')'")
        XCTAssertEqual(try error("rules:\n  - id: DUP9\n    kind: duplicate-definition\n    severity: info\n"
                                    + "    message: m\n    names: '[a-'\n"),
                       ".ssotlint.yml:6:12: invalid regular expression in names: expected ']'")
    }

    func testUnknownMessagePlaceholderListsTheValidOnes() throws {
        XCTAssertEqual(try error(Self.bannedRule.replacingOccurrences(of: "{api}", with: "{module}")),
                       ".ssotlint.yml:5:14: unknown placeholder '{module}' in message (valid: {api}, {replacement}, {via})")
    }

    func testFollowReexportsIsOnlyForBannedAPIAndCompetingPatternsAndIsABoolean() throws {
        let regex = """
            rules:
              - id: RX
                kind: regex
                severity: info
                message: "{match}"
                pattern: 'x'
                follow-reexports: true
            """
        let regexError = try error(regex)
        XCTAssertTrue(regexError.hasPrefix(".ssotlint.yml:7:5: unknown key 'follow-reexports'"), regexError)
        let notBoolean = Self.bannedRule + "    follow-reexports: sometimes\n"
        let booleanError = try error(notBoolean)
        XCTAssertTrue(booleanError.hasPrefix(".ssotlint.yml:8:23: follow-reexports must be true or false"), booleanError)
        let rules = try ConfigurationLoader.parse(Self.bannedRule + "    follow-reexports: true\n", file: "/x/.ssotlint.yml").rules
        XCTAssertEqual((rules.first as? any ReexportFollowing)?.followsReexports, true)
        let byDefault = try ConfigurationLoader.parse(Self.bannedRule, file: "/x/.ssotlint.yml").rules
        XCTAssertEqual((byDefault.first as? any ReexportFollowing)?.followsReexports, false, "opt-in for now (README)")
    }

    func testReplacementPlaceholderWithoutAReplacement() throws {
        XCTAssertEqual(try error(Self.bannedRule.replacingOccurrences(of: "    replacement: shared.env.get_env\n", with: "")),
                       ".ssotlint.yml:5:14: the message uses {replacement} but rule 'SSOT010' has no 'replacement'")
    }

    func testTwoCanonicalPatterns() throws {
        let rule = """
            rules:
              - id: WS001
                kind: competing-patterns
                severity: error
                message: "{api} belongs to {pattern}; use {canonical}"
                patterns:
                  - {name: factory, apis: [ws.factory.get_manager], canonical: true}
                  - name: legacy
                    apis: [ws.legacy.WebSocketManager]
                    canonical: true

            """
        XCTAssertEqual(try error(rule),
                       ".ssotlint.yml:10:20: only one pattern may be canonical; 'factory' already is")
    }

    func testDeprecatedImportEntryWithoutReplacement() throws {
        let rule = """
            rules:
              - id: IMP001
                kind: deprecated-import
                severity: warning
                message: "{module} is deprecated; use {replacement}"
                modules:
                  - module: legacy.config
                    names: [load]

            """
        XCTAssertEqual(try error(rule), ".ssotlint.yml:7:9: module 'legacy.config' needs 'replacement'")
    }

    // MARK: Rule packs

    func testMissingRulePackFile() throws {
        XCTAssertEqual(try error("rules:\n  - Rules/ssot-core.yml\n"),
                       ".ssotlint.yml:2:5: rule pack 'Rules/ssot-core.yml' not found (looked for Rules/ssot-core.yml); "
                           + "paths of rule packs are relative to the configuration's folder")
    }

    func testUnknownBuiltinPack() throws {
        XCTAssertEqual(try error("rules:\n  - builtin:env-acess\n"),
                       ".ssotlint.yml:2:5: unknown built-in rule pack 'builtin:env-acess'; did you mean 'builtin:env-access'?")
        XCTAssertEqual(try error("rules:\n  - builtin:security\n"),
                       ".ssotlint.yml:2:5: unknown built-in rule pack 'builtin:security'; built-in packs: "
                           + BuiltinRulePacks.packs.keys.sorted().map { "builtin:\($0)" }.joined(separator: ", "))
    }

    func testErrorsInsideARulePackNameThePackFile() throws {
        let pack = "rules:\n  - id: TEAM1\n    kind: regex\n    severity: info\n    mesage: m\n    pattern: x\n"
        XCTAssertEqual(try error("rules:\n  - Rules/team.yml\n", files: ["Rules/team.yml": pack]),
                       "Rules/team.yml:5:5: unknown key 'mesage' in a regex rule; did you mean 'message'?")
        XCTAssertEqual(try error("rules:\n  - Rules/empty.yml\n", files: ["Rules/empty.yml": "# nothing yet\n"]),
                       "Rules/empty.yml:1:1: the rule pack is empty; it needs a top-level 'rules:' list")
        XCTAssertEqual(try error("rules:\n  - Rules/flat.yml\n", files: ["Rules/flat.yml": "- id: X\n"]),
                       "Rules/flat.yml:1:1: a rule pack must be a mapping, not a list")
    }

    // MARK: Overrides and thresholds

    func testOverridesNamingAnUnknownRule() throws {
        XCTAssertEqual(try error("overrides:\n  ENV01: {severity: warning}\n"),
                       ".ssotlint.yml:2:3: overrides name unknown rule 'ENV01'; did you mean 'ENV001'?")
    }

    func testOverrideValuesAreCheckedWhereTheyAreWritten() throws {
        XCTAssertEqual(try error("overrides:\n  ENV001: {severity: fatal}\n"),
                       ".ssotlint.yml:2:22: severity of 'ENV001' must be error, warning or info, not 'fatal'")
        XCTAssertEqual(try error("overrides:\n  ENV001: {apis: [os.environ], kind: regex}\n"),
                       ".ssotlint.yml:2:32: overrides cannot change a rule's 'kind'; define a new rule instead")
        XCTAssertEqual(try error("overrides:\n  ENV001: {replacment: x.y}\n"),
                       ".ssotlint.yml:2:12: unknown key 'replacment' in overrides of 'ENV001'; did you mean 'replacement'?")
    }

    func testThresholdsNamingAnUnknownCategory() throws {
        let config = """
            categories:
              - name: Real System
                paths: ["src/**"]
            thresholds:
              categories: { Real Sytem: 100 }

            """
        XCTAssertEqual(try error(config),
                       ".ssotlint.yml:5:17: thresholds name unknown category 'Real Sytem'; did you mean 'Real System'?")
        XCTAssertEqual(try error("thresholds:\n  categories:\n    Production: 90\n"),
                       ".ssotlint.yml:3:5: thresholds name unknown category 'Production'; categories are: Tests, Source")
    }
}
