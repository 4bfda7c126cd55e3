import Foundation
import PythonSource
import XCTest

/// The streaming scan (lex a chunk of whole logical lines, scan it, drop its tokens)
/// must give exactly what scanning all tokens at once gives.
final class SourceScannerTests: XCTestCase {
    func assertStreamingMatchesWholeScan(_ source: SourceFile, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let tokenized = Tokenizer.tokenize(source)
        let summary = TokenSummary(tokens: tokenized.tokens, utf8: source.utf8)
        for roots in [nil, Set(["os", "sys"])] {
            let whole = FactScanner.scan(source, tokenized, chainsBoundUnder: roots)
            for chunkTokens in [1, 7, 4096] {
                let streamed = SourceScanner.scan(source, chainsBoundUnder: roots, chunkTokens: chunkTokens)
                XCTAssertEqual(streamed.facts, whole, "\(label): facts, chunks of \(chunkTokens), roots \(String(describing: roots))", file: file, line: line)
                XCTAssertEqual(streamed.summary, summary, "\(label): summary, chunks of \(chunkTokens)", file: file, line: line)
                XCTAssertEqual(streamed.error, tokenized.error, "\(label): error, chunks of \(chunkTokens)", file: file, line: line)
            }
        }
    }

    func testSampleOfStandardLibraryStreamsLikeTheWholeScan() throws {
        let files = try StandardLibraryFiles.sample(every: 20)
        XCTAssertGreaterThan(files.count, 50)
        for path in files {
            guard let source = try? SourceFile(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))) else { continue }
            assertStreamingMatchesWholeScan(source, path)
        }
    }

    func testBrokenAndOddInputsStreamLikeTheWholeScan() {
        let inputs = [
            "x = (1,\n", "s = '''open\n", "f'{x'\n", "if x:\n  a\n b\n", "a = 1\\\n+ 2\n", "\u{0}x = 1\n",
            "def f(\n  a,  # comment\n  b): pass\n", "x = f'''{\n a.b  # c\n}'''\n", "", "# only a comment", "x = 1",
            "class A(B, metaclass=M):\n    def f(self): return os.environ\nimport os\n",
        ]
        for text in inputs {
            assertStreamingMatchesWholeScan(SourceFile(utf8: Array(text.utf8)), text.debugDescription)
        }
    }

    /// A chain met before the import of its first name is kept: the import, further
    /// down, decides (deferred chains), in every chunking.
    func testChainsOfNamesImportedFurtherDownAreKept() {
        let text = """
            def settings():
                return (os  # the module
                        .environ.get("HOME"), pathlib.Path, [os for os in ()])
            a, (b, c) = os, 1
            import os
            """
        let source = SourceFile(utf8: Array(text.utf8))
        for chunkTokens in [1, 4096] {
            let references = SourceScanner.scan(source, chainsBoundUnder: ["os"], chunkTokens: chunkTokens).facts.references
            XCTAssertEqual(references.map { $0.parts.joined(separator: ".") }, ["os.environ.get", "os", "os"], "chunks of \(chunkTokens)")
        }
    }

    func testDottedChainReaderFollowsTheTokenizer() {
        func names(_ text: String, at offset: Int = 0, limit: Int = .max) -> [String] {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                DottedChainReader.nameRanges(in: buffer, at: offset, limit: limit).map { String(decoding: bytes[$0], as: UTF8.self) }
            }
        }
        XCTAssertEqual(names("a.b.c = 1"), ["a", "b", "c"])
        XCTAssertEqual(names("(a  # c\n . \\\n b)", at: 1), ["a", "b"])
        XCTAssertEqual(names("a.rb'x'"), ["a"], "rb'x' is a string")
        XCTAssertEqual(names("a.bx'x'"), ["a", "bx"], "bx is no string prefix")
        XCTAssertEqual(names("a...b"), ["a"])
        XCTAssertEqual(names("a..b"), ["a"])
        XCTAssertEqual(names("a.1e5"), ["a"])
        XCTAssertEqual(names("café.naïve2.x", limit: 2), ["café", "naïve2"])
    }

    func testSummaryClassifiesBytesAndFindsMultiLineStrings() {
        let text = "x = 'a'  # note\ny = f'''{z}\n{w!r}'''\n\"one\" \"\"\"two\nlines\"\"\"\n"
        let source = SourceFile(utf8: Array(text.utf8))
        let summary = SourceScanner.scan(source).summary
        func offset(_ needle: String, _ occurrence: Int = 0) -> UInt32 {
            var from = text.startIndex
            for _ in 0..<occurrence { from = text.index(after: text.range(of: needle, range: from..<text.endIndex)!.lowerBound) }
            return UInt32(text.utf8.distance(from: text.startIndex, to: text.range(of: needle, range: from..<text.endIndex)!.lowerBound))
        }
        XCTAssertEqual(summary.tokenClass(at: offset("x"), in: source.utf8), .code)
        XCTAssertNil(summary.tokenClass(at: offset(" ="), in: source.utf8))
        XCTAssertEqual(summary.tokenClass(at: offset("'a'") + 1, in: source.utf8), .string)
        XCTAssertEqual(summary.tokenClass(at: offset("note"), in: source.utf8), .comment)
        XCTAssertEqual(summary.tokenClass(at: offset("z"), in: source.utf8), .code, "code in a replacement field")
        XCTAssertEqual(summary.tokenClass(at: offset("!r") + 1, in: source.utf8), .code)
        XCTAssertEqual(summary.firstComment(startingIn: 0..<16), Int(offset("# note")))
        XCTAssertNil(summary.firstComment(startingIn: 16..<Int(offset("\"one\""))))
        XCTAssertEqual(summary.multiLineStrings, [offset("f'''")..<(offset("w!r") + 7), offset("\"\"\"two")..<(offset("lines") + 8)])
    }
}
