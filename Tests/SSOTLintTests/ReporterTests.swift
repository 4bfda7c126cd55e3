import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import SSOTLint

/// The machine formats of `check` (SPEC §7): SARIF for GitHub code scanning, GitHub
/// workflow commands, JUnit XML and GitLab's Code Climate JSON, from hand-made findings.
final class ReporterTests: XCTestCase {
    static let configurationText = """
        rules:
          - id: ENV001
            kind: banned-api
            severity: error
            message: "direct environment access through {api}"
            apis: [os.environ]
            docs: "Environment reads go through one accessor. Scattered reads hide settings."
          - id: URL001
            kind: regex
            severity: info
            message: "hard-coded URL"
            pattern: 'https?://'
        """

    func configuration() throws -> Configuration {
        try ConfigurationLoader.parse(Self.configurationText, file: "/tmp/x y/é/.ssotlint.yml")
    }

    func finding(_ id: String, _ severity: Severity = .error, path: String = "app/a.py", line: Int = 3,
                 message: String = "direct environment access through os.environ", hash: String = "00ff00ff00ff00ff",
                 suppressed: Bool = false, baselined: Bool = false) -> Finding {
        var finding = Finding(ruleID: id, severity: severity, path: path, line: line, column: 5,
                              endLine: line, endColumn: 15, message: message)
        finding.lineHash = hash
        finding.isSuppressed = suppressed
        finding.isBaselined = baselined
        return finding
    }

    // MARK: GitHub

    func testGitHubEscapesMessageAndPropertiesAsTheActionsToolkitDoes() {
        let odd = finding("X:1,2", path: "dir,a/b:c%d.py", message: "50% done\r\nnext: a, b")
        XCTAssertEqual(GitHubReporter.render(CheckRun(findings: [odd])),
                       "::error file=dir%2Ca/b%3Ac%25d.py,line=3,col=5,endLine=3,endColumn=15,title=X%3A1%2C2"
                           + "::50%25 done%0D%0Anext: a, b\n")
        XCTAssertEqual(GitHubReporter.escapedData("%\r\n:,"), "%25%0D%0A:,")
        XCTAssertEqual(GitHubReporter.escapedProperty("%\r\n:,"), "%25%0D%0A%3A%2C")
    }

    func testGitHubShowsWhatTextShowsWithNoticeForInfoAndNoColumnsAcrossLines() {
        var multiLine = finding("URL001", .info, line: 7, message: "hard-coded URL")
        multiLine.endLine = 9
        let findings = [finding("ENV001", .warning), multiLine, finding("ENV001", line: 4, suppressed: true),
                        finding("ENV001", line: 5, baselined: true)]
        XCTAssertEqual(GitHubReporter.render(CheckRun(findings: findings)), """
            ::warning file=app/a.py,line=3,col=5,endLine=3,endColumn=15,title=ENV001::direct environment access through os.environ
            ::notice file=app/a.py,line=7,endLine=9,title=URL001::hard-coded URL

            """)
        XCTAssertEqual(GitHubReporter.render(CheckRun(findings: findings, showBaselined: true)).split(separator: "\n").count, 3)
        XCTAssertEqual(GitHubReporter.render(CheckRun(findings: [])), "")
    }

    // MARK: JUnit

    func testJUnitParsesWithOneTestCasePerFileAndOneFailurePerNewFinding() throws {
        let files = [AnalyzedFile(path: "app/a.py", category: "Real <System>"), AnalyzedFile(path: "app/clean.py", category: "Tests"),
                     AnalyzedFile(path: "other.py", category: "Tests", isReported: false)]
        let findings = [finding("ENV001", message: "use <&\"'> here\u{1}\u{FFFE}\nnext"), finding("URL001", .info, line: 9),
                        finding("ENV001", line: 10, suppressed: true), finding("ENV001", line: 11, baselined: true)]
        let xml = JUnitReporter.render(CheckRun(findings: findings, files: files))
        let document = try XMLElements(xml)
        XCTAssertEqual(document.elements.map(\.name), ["testsuites", "testsuite", "testcase", "failure", "failure", "testcase"])
        XCTAssertEqual(document.elements[1].attributes["tests"], "2")
        XCTAssertEqual(document.elements[1].attributes["failures"], "1")
        XCTAssertEqual(document.elements[2].attributes, ["classname": "Real <System>", "name": "app/a.py", "file": "app/a.py"])
        XCTAssertEqual(document.elements[3].attributes["type"], "ENV001")
        XCTAssertEqual(document.elements[3].attributes["message"], "use <&\"'> here\nnext")
        XCTAssertEqual(document.elements[3].text, "app/a.py:3:5: ENV001 use <&\"'> here\nnext")
        XCTAssertEqual(document.elements[4].text, "app/a.py:9:5: URL001 direct environment access through os.environ")
        XCTAssertEqual(document.elements[5].attributes["name"], "app/clean.py")
    }

    // MARK: Code Climate

    func testCodeClimateHasGitLabsFieldsUniqueFingerprintsAndKeepsBaselinedFindings() throws {
        let findings = [finding("ENV001"), finding("ENV001"), finding("ENV001", .warning, line: 4, baselined: true),
                        finding("URL001", .info, line: 5), finding("ENV001", line: 6, suppressed: true)]
        let text = CodeClimateReporter.render(CheckRun(findings: findings))
        // The exact bytes: one issue per line, in input order, the suppressed finding left out.
        XCTAssertEqual(text, #"""
            [
              {"type": "issue", "check_name": "ENV001", "description": "direct environment access through os.environ", "categories": ["Style"], "severity": "major", "fingerprint": "72affd20900a88b45ca82a5315ac1e03", "location": {"path": "app/a.py", "lines": {"begin": 3, "end": 3}}},
              {"type": "issue", "check_name": "ENV001", "description": "direct environment access through os.environ", "categories": ["Style"], "severity": "major", "fingerprint": "72b00020900a8dcd61f263773b9975ec", "location": {"path": "app/a.py", "lines": {"begin": 3, "end": 3}}},
              {"type": "issue", "check_name": "ENV001", "description": "direct environment access through os.environ", "categories": ["Style"], "severity": "minor", "fingerprint": "72afff20900a8c1a664c91debda48ee5", "location": {"path": "app/a.py", "lines": {"begin": 4, "end": 4}}},
              {"type": "issue", "check_name": "URL001", "description": "direct environment access through os.environ", "categories": ["Style"], "severity": "info", "fingerprint": "c9bc06289b61ba42606138613505a719", "location": {"path": "app/a.py", "lines": {"begin": 5, "end": 5}}}
            ]

            """#)
        let issues = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        XCTAssertEqual(issues.count, 4)
        for issue in issues {
            XCTAssertEqual(issue["type"] as? String, "issue")
            XCTAssertNotNil(issue["check_name"] as? String)
            XCTAssertNotNil(issue["description"] as? String)
            XCTAssertEqual(issue["categories"] as? [String], ["Style"])
            XCTAssertEqual((issue["fingerprint"] as? String)?.count, 32)
            let location = try XCTUnwrap(issue["location"] as? [String: Any])
            XCTAssertEqual(location["path"] as? String, "app/a.py")
            XCTAssertNotNil((location["lines"] as? [String: Any])?["begin"] as? Int)
        }
        XCTAssertEqual(issues.compactMap { $0["severity"] as? String }, ["major", "major", "minor", "info"])
        XCTAssertEqual(Set(issues.compactMap { $0["fingerprint"] as? String }).count, 4, "fingerprints are unique")
        // The fingerprint follows the line's content, not its number.
        var moved = findings[0]
        moved.line = 40
        XCTAssertEqual(CodeClimateReporter.fingerprint(moved, occurrence: 1), issues[0]["fingerprint"] as? String)
        XCTAssertEqual(CodeClimateReporter.render(CheckRun(findings: [])), "[]\n")
    }

    // MARK: SARIF

    func testSARIFListsRulesInEffectAndOccurringBuiltinsWithFingerprintsAndStates() throws {
        let configuration = try configuration()
        let findings = [finding("ENV001", path: "my dir/é#.py"), finding("ENV001", path: "my dir/é#.py"),
                        finding("URL001", .info, line: 4, baselined: true), finding("ENV001", line: 5, suppressed: true),
                        finding(BuiltinFindingID.syntaxError, path: "bad.py", line: 1, hash: "")]
        let text = SARIFReporter.render(CheckRun(findings: findings, rules: configuration.rules, root: configuration.root))
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let base = (run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]
        XCTAssertEqual(base?["uri"], "file:///tmp/x%20y/%C3%A9/")

        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "ssotlint")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, ["ENV001", "URL001", "syntax-error"])
        for rule in rules {
            for key in ["name", "shortDescription", "fullDescription", "help", "defaultConfiguration"] {
                XCTAssertNotNil(rule[key], "\(rule["id"] ?? "?") lacks \(key)")
            }
        }
        XCTAssertEqual(rules[0]["name"] as? String, "BannedApi")
        XCTAssertEqual((rules[0]["shortDescription"] as? [String: String])?["text"], "Environment reads go through one accessor.")
        XCTAssertEqual((rules[1]["defaultConfiguration"] as? [String: String])?["level"], "note")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.compactMap { $0["ruleIndex"] as? Int }, [0, 0, 1, 0, 2])
        XCTAssertEqual(results.compactMap { $0["level"] as? String }, ["error", "error", "note", "error", "error"])
        XCTAssertEqual(results.compactMap { ($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"] },
                       ["00ff00ff00ff00ff:1", "00ff00ff00ff00ff:2", "00ff00ff00ff00ff:1", "00ff00ff00ff00ff:1",
                        LineFingerprint.hash(bytes: []) + ":1"])
        XCTAssertEqual(results.compactMap { $0["baselineState"] as? String }, ["new", "new", "unchanged", "new", "new"])
        XCTAssertEqual(results.map { ($0["suppressions"] as? [[String: String]]) ?? [] }.map { $0.first?["kind"] },
                       [nil, nil, nil, "inSource", nil])
        let physical = try XCTUnwrap(((results[0]["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        let artifact = physical["artifactLocation"] as? [String: String]
        XCTAssertEqual(artifact, ["uri": "my%20dir/%C3%A9%23.py", "uriBaseId": "%SRCROOT%"])
        XCTAssertEqual(physical["region"] as? [String: Int], ["startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 15])
    }

    /// The exact bytes of a one-rule, one-finding log: key order, indentation, the root and
    /// a path percent-encoded as URIs, the line hash with its occurrence, an in-source
    /// suppression. (The golden files of CheckFormatGoldenTests cover a whole real run.)
    func testSARIFOfOneSuppressedFindingIsExactlyTheseBytes() throws {
        let configuration = try configuration()
        let run = CheckRun(findings: [finding("ENV001", path: "my dir/é#.py", suppressed: true)],
                           rules: configuration.rules.filter { $0.common.id == "ENV001" }, root: configuration.root)
        XCTAssertEqual(SARIFReporter.render(run), #"""
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "ssotlint",
                      "version": "\#(SSOTLintVersion.current)",
                      "semanticVersion": "\#(SSOTLintVersion.current)",
                      "rules": [
                        {
                          "id": "ENV001",
                          "name": "BannedApi",
                          "shortDescription": {
                            "text": "Environment reads go through one accessor."
                          },
                          "fullDescription": {
                            "text": "Environment reads go through one accessor. Scattered reads hide settings."
                          },
                          "help": {
                            "text": "Environment reads go through one accessor. Scattered reads hide settings.\n\nMessage: direct environment access through {api}\napis: os.environ\nfollow-reexports: false\nPaths: all files\n\nSuppress one finding with `# ssotlint: ignore[ENV001] -- reason`, or accept today's findings with `ssotlint baseline`."
                          },
                          "defaultConfiguration": {
                            "level": "error"
                          },
                          "properties": {
                            "tags": [
                              "ssot",
                              "banned-api"
                            ]
                          }
                        }
                      ]
                    }
                  },
                  "originalUriBaseIds": {
                    "%SRCROOT%": {
                      "uri": "file:///tmp/x%20y/%C3%A9/"
                    }
                  },
                  "columnKind": "unicodeCodePoints",
                  "results": [
                    {
                      "ruleId": "ENV001",
                      "ruleIndex": 0,
                      "level": "error",
                      "message": {
                        "text": "direct environment access through os.environ"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "my%20dir/%C3%A9%23.py",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 3,
                              "startColumn": 5,
                              "endLine": 3,
                              "endColumn": 15
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "primaryLocationLineHash": "00ff00ff00ff00ff:1"
                      },
                      "suppressions": [
                        {
                          "kind": "inSource"
                        }
                      ],
                      "baselineState": "new"
                    }
                  ]
                }
              ]
            }

            """#)
    }

    /// A real fixture run's SARIF passes `scripts/validate_sarif.py` (the SARIF 2.1.0
    /// schema plus GitHub's needs), when python3 and jsonschema are installed.
    func testFixtureRunSARIFValidatesAgainstTheSchema() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let script = repository.appendingPathComponent("scripts/validate_sarif.py").path
        let schema = repository.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json").path
        guard FileManager.default.fileExists(atPath: schema) else { throw XCTSkip("no SARIF schema at \(schema)") }
        guard (try? python(["-c", "import jsonschema"]).status) == 0 else { throw MissingOracle.error("python3 with jsonschema is not available") }

        let root = repository.appendingPathComponent("Fixtures/rules/suppressions").path
        let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        request.reportUnusedSuppressions = true
        let findings = Analyzer.run(request).findings
        XCTAssertTrue(findings.contains(where: \.isSuppressed))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ssotlint-\(UUID().uuidString).sarif").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try SARIFReporter.render(CheckRun(findings: findings, rules: configuration.rules, root: root)).write(toFile: file, atomically: true, encoding: .utf8)
        let outcome = try python([script, "--schema", schema, file])
        XCTAssertEqual(outcome.status, 0, outcome.output)
        XCTAssertTrue(outcome.output.contains("valid SARIF 2.1.0 (\(findings.count) results, 0 problems)"), outcome.output)
    }

    func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testJSONStringsEscapeOnlyWhatJSONRequires() throws {
        XCTAssertEqual(JSONText.quoted("pkg/café.py: os.environ"), "\"pkg/café.py: os.environ\"")
        let tricky = "a\"b\\c\nd\re\tf\u{1}g\u{7F}h é"
        XCTAssertEqual(JSONText.quoted(tricky), #""a\"b\\c\nd\re\tf\u0001g\u007fh é""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(JSONText.quoted(tricky).utf8), options: .fragmentsAllowed)
        XCTAssertEqual(decoded as? String, tricky)
    }
}

/// The elements of an XML document in order, with attributes and text, read by a real
/// XML parser (so malformed output fails the test).
struct XMLElements {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    var elements: [Element] = []

    init(_ text: String) throws {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw NSError(domain: "XML", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(parser.parserError.map { "\($0)" } ?? "?")\n\(text)"])
        }
        elements = collector.elements
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }
    }
}
