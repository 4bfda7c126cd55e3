import Foundation
import PythonSource
import XCTest

/// A sample of the full-corpus differential test (scripts/tokenizer_differential.py):
/// every 40th file of this machine's Python standard library, compared token by token
/// with CPython 3.11's `tokenize` through the compatibility view.
final class StandardLibrarySampleTests: XCTestCase {
    struct OracleFile: Decodable {
        let path: String
        let tokens: [[TokenField]]?
    }

    enum TokenField: Decodable, Equatable, CustomStringConvertible {
        case text(String)
        case number(Int)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }

        var description: String {
            switch self {
            case .text(let text): return text.debugDescription
            case .number(let number): return String(number)
            }
        }
    }

    func testSampleOfStandardLibraryMatchesCPythonTokenize() throws {
        let files = try StandardLibraryFiles.sample(every: 40)
        let oracle = try runOracle(files)
        var compared = 0
        var differences: [String] = []
        for file in oracle {
            guard let expected = file.tokens else { continue }
            compared += 1
            let source = try SourceFile(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path))))
            let actual = CPythonTokenView.tokens(of: source, Tokenizer.tokenize(source)).map { token -> [TokenField] in
                [.text(token.type), .text(token.string), .number(token.startLine), .number(token.startColumn),
                 .number(token.endLine), .number(token.endColumn)]
            }
            if actual != expected {
                let index = (0..<min(expected.count, actual.count)).first { expected[$0] != actual[$0] } ?? min(expected.count, actual.count)
                let want = index < expected.count ? "\(expected[index])" : "nothing"
                let got = index < actual.count ? "\(actual[index])" : "nothing"
                differences.append("\(file.path): token \(index): CPython \(want), ssotlint \(got)")
            }
        }
        XCTAssertGreaterThan(compared, 20, "too few files compared; is the standard library there?")
        XCTAssertEqual(differences, [], "\(compared - differences.count)/\(compared) files identical")
    }

    func runOracle(_ files: [String]) throws -> [OracleFile] {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/oracle/cpython_tokens.py").path
        let output = try python([script] + files)
        return try output.split(separator: "\n").map { try JSONDecoder().decode(OracleFile.self, from: Data($0.utf8)) }
    }

    func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { throw MissingOracle.error("python3 is not available: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw MissingOracle.error("python3 failed") }
        return String(decoding: data, as: UTF8.self)
    }
}
