import Foundation
import PythonSource
import XCTest

/// FactScanner against CPython 3.12's `ast` (scripts/oracle/facts_oracle.py): imports,
/// definitions and references must be the same, position for position, on the tricky
/// files of Fixtures/facts and on every 25th file of this machine's Python standard
/// library (`FACTS_ORACLE_EVERY=1` compares all of it). Files 3.12 cannot parse are
/// left out.
final class FactScannerDifferentialTests: XCTestCase {
    struct OracleFile: Decodable {
        let path: String
        let skip: String?
        let imports: [String]?
        let definitions: [String]?
        let references: [String]?
    }

    func testFixturesMatchTheASTOracle() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/facts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".py") }.sorted().map { folder.appendingPathComponent($0).path }
        try compareWithOracle(files, minimumFiles: 6)
    }

    func testSampleOfStandardLibraryMatchesTheASTOracle() throws {
        let step = ProcessInfo.processInfo.environment["FACTS_ORACLE_EVERY"].flatMap { Int($0) } ?? 25
        try compareWithOracle(try StandardLibraryFiles.sample(every: step), minimumFiles: 20)
    }

    func compareWithOracle(_ files: [String], minimumFiles: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let oracle = try runOracle(files)
        var comparedFiles = 0
        var comparedFacts = 0
        var differences: [String] = []
        for expected in oracle where expected.skip == nil {
            comparedFiles += 1
            let source = try SourceFile(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: expected.path))))
            let facts = FactScanner.scan(source, Tokenizer.tokenize(source))
            let pairs = [
                (expected.imports ?? [], FactRendering.imports(facts, source)),
                (expected.definitions ?? [], FactRendering.definitions(facts, source)),
                (expected.references ?? [], FactRendering.references(facts, source)),
            ]
            for (wanted, found) in pairs {
                comparedFacts += wanted.count
                differences += difference(wanted, found).map { "\(expected.path): ast only: \($0)" }
                differences += difference(found, wanted).map { "\(expected.path): FactScanner only: \($0)" }
            }
        }
        print("FactScanner vs ast: \(comparedFiles) files, \(comparedFacts) facts, \(differences.count) differences")
        XCTAssertGreaterThanOrEqual(comparedFiles, minimumFiles, "too few files compared", file: file, line: line)
        XCTAssertEqual(differences, [], "\(comparedFiles) files, \(comparedFacts) facts compared", file: file, line: line)
    }

    /// The lines of `a` not matched by a line of `b`, counting repeats.
    func difference(_ a: [String], _ b: [String]) -> [String] {
        var remaining = Dictionary(b.map { ($0, 1) }, uniquingKeysWith: +)
        return a.filter { line in
            guard let count = remaining[line], count > 0 else { return true }
            remaining[line] = count - 1
            return false
        }
    }

    func runOracle(_ files: [String]) throws -> [OracleFile] {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/oracle/facts_oracle.py").path
        // python3.12 from PATH, else the pyenv version this project's machines have.
        let output: String
        do {
            output = try run(["python3.12", script] + files)
        } catch {
            do {
                output = try run(["python3.12", script] + files, environment: ["PYENV_VERSION": "3.12.1"])
            } catch let failure as OracleRunFailure {
                throw MissingOracle.error(failure.message)
            }
        }
        return try output.split(separator: "\n").map { try JSONDecoder().decode(OracleFile.self, from: Data($0.utf8)) }
    }

    /// The oracle could not run; `runOracle` decides whether that skips or fails.
    struct OracleRunFailure: Error {
        var message: String
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        // Standard error goes to a file, so that a chatty failure cannot fill a pipe and block.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("facts-oracle-\(UUID().uuidString).txt")
        // Not `createFile(atPath:contents:)`: on Linux it leaves a `TemporaryDirectory.*` in /tmp.
        try Data().write(to: errorFile)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        process.standardOutput = pipe
        process.standardError = try FileHandle(forWritingTo: errorFile)
        do { try process.run() } catch { throw OracleRunFailure(message: "\(arguments[0]) is not available: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            throw OracleRunFailure(message: "\(arguments[0]) failed: \(message.suffix(300))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
