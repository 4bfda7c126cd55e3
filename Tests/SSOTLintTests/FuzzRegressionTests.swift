import Foundation
import PythonSource
import SSOTLint
import XCTest

/// Inputs that once broke the pipeline under the fuzzer (scripts/fuzz.sh) are kept as
/// bytes in `Fuzz/regressions/*.py` and run here, with every `swift test`, the way the
/// fuzzer runs them: as `pkg/sub/fuzz.py` given on standard input to the fuzzer's own
/// project (`Fuzz/project`, one rule of every kind). Each must be analysed to the end
/// with a sensible outcome: one finding per unanalysable file and nothing else, findings
/// inside the file, a score, and JSON output that parses. A few of SPEC §8's inputs run
/// the same way, so the test means something while the folder holds no regression.
final class FuzzRegressionTests: XCTestCase {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")
    static let inputPath = "pkg/sub/fuzz.py"

    static let robustnessInputs: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("NUL byte", Array("x = 1\0\n".utf8)),
        ("invalid UTF-8", [0x78, 0x20, 0x3D, 0x20, 0x27, 0xFF, 0xFE, 0x27, 0x0A]),
        ("10,000 nested brackets", Array((String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000) + "\n").utf8)),
        ("unterminated string", Array("import os\nx = 'abc\nos.environ\n".utf8)),
        ("CR line ends and a BOM", [0xEF, 0xBB, 0xBF] + Array("import os\rprint(os.environ)  # ssotlint: ignore\r".utf8)),
    ]

    func testEveryRegressionInputIsAnalysedSensibly() throws {
        let root = Self.fuzzFolder.appendingPathComponent("project").path
        let configuration = try ConfigurationLoader.load(path: root + "/" + ConfigurationLoader.fileName, from: root)
        let folder = Self.fuzzFolder.appendingPathComponent("regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".py") }.sorted()
        var inputs = Self.robustnessInputs
        for name in names {
            inputs.append((name, try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))))
        }
        for (name, bytes) in inputs {
            checkOutcome(name, bytes, configuration: configuration)
        }
    }

    func checkOutcome(_ name: String, _ bytes: [UInt8], configuration: Configuration) {
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules,
                                      workingDirectory: configuration.root)
        request.stdin = (Self.inputPath, bytes)
        request.jobs = 1
        request.reportUnusedSuppressions = true
        request.useCache = false
        let result = Analyzer.run(request)

        let reported = result.files.filter(\.isReported)
        XCTAssertEqual(reported.map(\.path), [Self.inputPath], "\(name): the files reported")
        XCTAssertTrue(result.findings.allSatisfy { $0.path == Self.inputPath }, "\(name): findings of other files")
        XCTAssertEqual(result.compliance(countSeverities: configuration.countSeverities).files, 1, "\(name): files scored")

        // Unanalysable exactly when decoding or lexing fails, with that one finding.
        let source = try? SourceFile(bytes: bytes)
        let lexError = source.flatMap { Tokenizer.tokenize($0).error }
        let expectedID: String? = source == nil ? BuiltinFindingID.encodingError
            : lexError == nil ? nil : BuiltinFindingID.syntaxError
        XCTAssertEqual(reported.first?.isUnanalysable, expectedID != nil, "\(name): unanalysable")
        if let expectedID {
            XCTAssertEqual(result.findings.map(\.ruleID), [expectedID], "\(name): the findings of an unanalysable file")
        }
        for finding in result.findings {
            XCTAssertTrue(finding.line >= 1 && finding.column >= 1, "\(name): \(finding) starts before the file")
            XCTAssertTrue((finding.line, finding.column) <= (finding.endLine, finding.endColumn), "\(name): \(finding) ends before it starts")
            if let source {
                XCTAssertLessThanOrEqual(finding.endLine, source.lineTable.lineCount, "\(name): \(finding) ends after the file")
            }
        }

        let json = JSONReporter.render(result.findings)
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        XCTAssertEqual((parsed?["findings"] as? [Any])?.count, result.findings.count, "\(name): JSON output \(json)")
    }
}
