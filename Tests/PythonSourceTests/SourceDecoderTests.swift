import Foundation
import XCTest
@testable import PythonSource

/// Source decoding must agree with CPython 3.11's `tokenize.open`: BOM, PEP 263 coding
/// lines, strict UTF-8, and the single-byte codecs.
final class SourceDecoderTests: XCTestCase {
    // MARK: BOM and the UTF-8 default

    func testBOMIsStripped() throws {
        let decoded = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("x = 1\n".utf8))
        XCTAssertEqual(decoded.utf8, Array("x = 1\n".utf8))
        XCTAssertEqual(decoded.encoding, "utf-8")
        XCTAssertEqual(try SourceDecoder.decode([0xEF, 0xBB, 0xBF]).utf8, [])
    }

    func testValidUTF8IsReturnedWithoutCopying() throws {
        let bytes = Array("s = 'naïve ✓ 𝄞'\n".utf8)
        let decoded = try SourceDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, "utf-8")
        XCTAssertEqual(decoded.utf8.withUnsafeBufferPointer { $0.baseAddress },
                       bytes.withUnsafeBufferPointer { $0.baseAddress })
    }

    func testBOMWithNonUTF8CookieIsAnError() {
        assertProblem([0xEF, 0xBB, 0xBF] + Array("# coding: latin-1\n".utf8),
                      line: 1, column: 11, startsWith: "encoding problem: utf-8")
        // Python compares the spelling: only `utf-8` (and `utf-8-…`, `utf_8`) may follow a BOM.
        assertProblem([0xEF, 0xBB, 0xBF] + Array("# coding: utf8\n".utf8),
                      line: 1, column: 11, startsWith: "encoding problem: utf-8")
        let bomAndUTF8 = [0xEF, 0xBB, 0xBF] + Array("# coding: UTF_8\n".utf8)
        XCTAssertEqual(try SourceDecoder.decode(bomAndUTF8).encoding, "utf-8")
    }

    // MARK: Where a coding line counts

    func testCookiePlacement() throws {
        let latin1 = "x = '\u{E9}'\n".unicodeScalars.map { UInt8($0.value) }
        func encoding(_ head: String) throws -> String {
            try SourceDecoder.decode(Array(head.utf8) + latin1).encoding
        }
        XCTAssertEqual(try encoding("# -*- coding: latin-1 -*-\n"), "iso-8859-1")
        XCTAssertEqual(try encoding("#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n"), "cp1252")
        XCTAssertEqual(try encoding("\n# coding=koi8-r\n"), "koi8-r")
        XCTAssertEqual(try encoding("  \t\u{0C}\r\n#coding:l1\n"), "iso-8859-1")
        // Line 3, or line 2 after code, is not looked at: the file is then UTF-8 and invalid.
        assertProblem(Array("#!python\n\n# coding: latin-1\n".utf8) + latin1, line: 4, column: 6)
        assertProblem(Array("import os\n# coding: latin-1\n".utf8) + latin1, line: 3, column: 6)
        // Not a comment, or no name after the separator: no coding line.
        XCTAssertEqual(try SourceDecoder.decode(Array("s = '# coding: latin-1'\n".utf8)).encoding, "utf-8")
        XCTAssertEqual(try SourceDecoder.decode(Array("# coding: # coding=cp1251\n".utf8)).encoding, "cp1251")
        XCTAssertEqual(try SourceDecoder.decode(Array("#coding=l1".utf8)).encoding, "iso-8859-1")
    }

    func testLatin1FileWithAndWithoutCodingLine() throws {
        let body = "name = 'Jos\u{E9}'\n".unicodeScalars.map { UInt8($0.value) }
        let decoded = try SourceDecoder.decode(Array("# coding: latin-1\n".utf8) + body)
        XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "# coding: latin-1\nname = 'José'\n")
        assertProblem(Array("# a comment\n".utf8) + body, line: 2, column: 12,
                      startsWith: "invalid or missing encoding declaration")
        assertProblem(Array("x = 1\n".utf8) + body, line: 2, column: 12,
                      startsWith: "'utf-8' codec can't decode byte 0xe9: invalid continuation byte; save")
    }

    // MARK: Codec names

    func testAliasGroups() throws {
        let groups: [String: [String]] = [
            "utf-8": ["utf-8", "UTF8", "u8", "utf", "cp65001", "utf_8", "utf-8-sig", "utf-8-anything"],
            "iso-8859-1": ["latin-1", "latin1", "L1", "iso-8859-1", "iso8859-1", "ISO_8859_1", "8859", "cp819",
                           "iso-ir-100", "latin", "iso-latin-1"],
            "iso8859-2": ["latin2", "iso-8859-2", "l2", "csisolatin2"],
            "iso8859-5": ["cyrillic", "ISO-8859-5"], "iso8859-6": ["arabic", "asmo-708"],
            "iso8859-7": ["greek", "greek8", "elot-928"], "iso8859-8": ["hebrew"], "iso8859-11": ["thai"],
            "iso8859-15": ["latin9", "l9", "iso-8859-15"], "iso8859-16": ["latin10", "iso-ir-226"],
            "cp1250": ["windows-1250", "1250"], "cp1251": ["WINDOWS_1251"], "cp1252": ["cp1252", "windows-1252"],
            "cp1258": ["windows-1258"], "koi8-r": ["koi8-r", "KOI8_R", "cskoi8r"], "koi8-u": ["koi8-u"],
            "ascii": ["ascii", "us-ascii", "646", "us", "ANSI_X3.4-1968", "iso-646.irv-1991"],
        ]
        for (expected, names) in groups {
            for name in names {
                let decoded = try SourceDecoder.decode(Array("# coding: \(name)\n".utf8))
                XCTAssertEqual(decoded.encoding, expected, name)
            }
        }
    }

    func testUnknownCodec() {
        assertProblem(Array("#!/usr/bin/python\n# coding: klingon\n".utf8), line: 2, column: 11,
                      startsWith: "unknown encoding: klingon")
        assertProblem(Array("# coding: iso-8859-12\n".utf8), line: 1, column: 11,
                      startsWith: "unknown encoding: iso-8859-12")
    }

    // MARK: Strict UTF-8

    func testInvalidUTF8Positions() {
        // Overlong, surrogate, beyond U+10FFFF, truncated at the end: line and code-point column.
        assertProblem(Array("x = 1\ns = 'é".utf8) + [0xC0, 0x80] + Array("'\n".utf8), line: 2, column: 7,
                      startsWith: "'utf-8' codec can't decode byte 0xc0: invalid start byte")
        assertProblem(Array("a = 1\r\nb = 2\rc = '€".utf8) + [0xED, 0xA0, 0x80], line: 3, column: 7,
                      startsWith: "'utf-8' codec can't decode byte 0xed: invalid continuation byte")
        assertProblem(Array("x = 1\n\n  ".utf8) + [0xF5, 0x80, 0x80, 0x80], line: 3, column: 3,
                      startsWith: "'utf-8' codec can't decode byte 0xf5: invalid start byte")
        assertProblem(Array("x = 1\ny = '𝄞".utf8) + [0xF0, 0x9D, 0x84], line: 2, column: 7,
                      startsWith: "'utf-8' codec can't decode byte 0xf0: unexpected end of data")
        assertProblem(Array("x = 1\n".utf8) + [0xF4, 0x90, 0x80, 0x80], line: 2, column: 1,
                      startsWith: "'utf-8' codec can't decode byte 0xf4: invalid continuation byte")
    }

    func testFastPathFindsEveryOffset() {
        // A bad byte at every alignment of a long ASCII run, across the 8- and 32-byte steps.
        for offset in 0..<80 {
            let bytes = [UInt8](repeating: 0x61, count: offset) + [0xFF] + [UInt8](repeating: 0x62, count: 80)
            let failure = bytes.withUnsafeBufferPointer { UTF8Validation.firstFailure(in: $0) }
            XCTAssertEqual(failure, UTF8Validation.Failure(offset: offset, reason: .invalidStart))
        }
    }

    func testUTF8AgainstPython() throws {
        // Random bytes biased to UTF-8's edge cases, padded with ASCII to move them around.
        var generator = SplitMix64(seed: 263)
        let pieces: [[UInt8]] = [[0x61], [0x0A], [0x0D], [0x80], [0xBF], [0xC0], [0xC1], [0xC2], [0xDF], [0xE0],
                                 [0xED], [0xEF], [0xF0], [0xF4], [0xF5], [0xFF], [0xA0], [0x9F], [0x8F], [0x90],
                                 Array("é".utf8), Array("€".utf8), Array("𝄞".utf8)]
        let samples: [[UInt8]] = (0..<3000).map { _ in
            let padding = Array(repeating: UInt8(ascii: "x"), count: Int(generator.next() % 70))
            let count = Int(generator.next() % 6)
            return padding + (0..<count).flatMap { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
        }
        let script = """
        import re, sys
        for line in sys.stdin.read().split():
            data = bytes.fromhex(line[1:])
            try:
                data.decode('utf-8'); print('ok')
            except UnicodeDecodeError as e:
                last = re.split('\\r\\n|\\r|\\n', data[:e.start].decode('utf-8'))
                print(e.start, len(last), len(last[-1]) + 1, e.reason.replace(' ', '_'))
        """
        let answers = try runPython(script, input: samples.map { "x" + hex($0) }.joined(separator: "\n"))
        XCTAssertEqual(answers.count, samples.count)
        for (sample, answer) in zip(samples, answers) {
            let ours: String = sample.withUnsafeBufferPointer { buffer in
                guard let failure = UTF8Validation.firstFailure(in: buffer) else { return "ok" }
                let problem = EncodingProblem(message: "", at: failure.offset, in: buffer)
                let reason = failure.reason.rawValue.replacingOccurrences(of: " ", with: "_")
                return "\(failure.offset) \(problem.line) \(problem.column) \(reason)"
            }
            XCTAssertEqual(ours, answer, hex(sample))
        }
    }

    // MARK: Differential tests against python3

    func testEveryCodecOnAllBytesAgainstPython() throws {
        let modules = SourceCodec.all.map(\.module)
        // newline="" keeps line ends as they are, as our decoder does.
        let script = """
        import io, sys, tokenize
        for module in sys.stdin.read().split():
            row = []
            for b in range(256):
                data = b'# coding: ' + module.encode() + b'\\n' + bytes([b])
                try:
                    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
                    text = io.TextIOWrapper(io.BytesIO(data), enc, newline='').read()
                    row.append(text.split('\\n', 1)[1].encode('utf-8').hex())
                except (SyntaxError, UnicodeDecodeError):
                    row.append('-')
            print(module, *row)
        """
        let rows = try runPython(script, input: modules.joined(separator: "\n"))
        XCTAssertEqual(rows.count, modules.count)
        for row in rows {
            let fields = row.split(separator: " ").map(String.init)
            let module = fields[0]
            for byte in 0..<256 {
                let header = Array("# coding: \(module)\n".utf8)
                let ours: String
                do throws(EncodingProblem) {
                    ours = hex(Array(try SourceDecoder.decode(header + [UInt8(byte)]).utf8.dropFirst(header.count)))
                } catch {
                    XCTAssertEqual([error.line, error.column], [2, 1], "\(module) byte \(byte)")
                    ours = "-"
                }
                XCTAssertEqual(ours, fields[byte + 1], "\(module) byte \(hexByte(UInt8(byte)))")
            }
        }
    }

    func testCodingLinesAgainstPython() throws {
        // detect_encoding reads lines up to `\n` only, so a `\r` does not end a line here.
        let heads = ["#!x\r# coding: latin-1\r", "  # vim: set fileencoding=koi8-r :", "#coding :latin-1",
                     "# coding:\tcp1252", "#\u{0C}coding: l1", "\u{0C}# coding: l1", "\t# codingcoding: l2",
                     "# encoding: greek", "# coding:  -*- latin-1", "# coding=", "#coding:l1", "x = 1 # coding: l1",
                     "\r\n# coding: l1", "\u{0C}\n# coding=l1", "\n\n# coding: l1", "# é\n# coding: l1",
                     "# coding: l1 # coding: l2", "# -*- coding: utf-8-dos -*-", "#.coding=.l1", "# coding: thai."]
        let script = """
        import codecs, io, sys, tokenize
        for line in sys.stdin.read().split():
            try:
                enc, _ = tokenize.detect_encoding(io.BytesIO(bytes.fromhex(line[1:])).readline)
                print(codecs.lookup(enc).name)
            except SyntaxError:
                print('-')
        """
        let answers = try runPython(script, input: heads.map { "x" + hex(Array($0.utf8)) }.joined(separator: "\n"))
        XCTAssertEqual(answers.count, heads.count)
        for (head, answer) in zip(heads, answers) {
            let actual = (try? SourceDecoder.decode(Array(head.utf8)).encoding) ?? "-"
            XCTAssertEqual(actual, answer == "iso8859-1" ? "iso-8859-1" : answer, head.debugDescription)
        }
    }

    func testAliasTableMatchesPython() throws {
        let script = """
        import sys, encodings.aliases as a
        for module in sys.stdin.read().split():
            print(module, *sorted(k for k, v in a.aliases.items() if v == module))
        """
        let rows = try runPython(script, input: SourceCodec.all.map(\.module).joined(separator: "\n"))
        XCTAssertEqual(rows, SourceCodec.all.map { ([$0.module] + $0.aliases.sorted()).joined(separator: " ") })
    }

    func testCodecNamesAgainstPython() throws {
        var names = ["klingon", "utf-9", "latin-11", "iso8859-12", "cp1259", "koi8", "utf-8-foo", "latin-1-x",
                     "iso-latin-1", "iso-latin-1x", "iso.8859.1", "utf8_sig", "UTF-8-SIG", "cp1252.", "cp.1252",
                     "-latin1", "latin1-", "__cp1252__", "iso_646.irv.1991", "ansi-x3.4.1968", "aliases", "x"]
        for codec in SourceCodec.all {
            for alias in [codec.module] + codec.aliases {
                names += [alias, alias.uppercased()]
                names += ["-", ".", "--"].map { alias.replacingOccurrences(of: "_", with: $0) }
            }
        }
        let script = """
        import codecs, io, sys, tokenize
        for name in sys.stdin.read().split():
            try:
                enc, _ = tokenize.detect_encoding(io.BytesIO(b'# coding: ' + name.encode() + b'\\n').readline)
                print(codecs.lookup(enc).name)
            except SyntaxError:
                print('-')
        """
        let answers = try runPython(script, input: names.joined(separator: "\n"))
        XCTAssertEqual(answers.count, names.count)
        // Python's codec names; ours differ only where detect_encoding normalises the name.
        let ours = Dictionary(SourceCodec.all.map { ($0.name, $0.name) }, uniquingKeysWith: { a, _ in a })
            .merging(["iso8859-1": "iso-8859-1", "utf-8-sig": "utf-8"]) { _, new in new }
        for (name, answer) in zip(names, answers) {
            let expected = ours[answer] ?? "-"
            let actual = (try? SourceDecoder.decode(Array("# coding: \(name)\n".utf8)).encoding) ?? "-"
            XCTAssertEqual(actual, expected, name)
        }
    }

    // MARK: Helpers

    private func assertProblem(
        _ bytes: [UInt8], line: Int, column: Int, startsWith prefix: String = "",
        file: StaticString = #filePath, lineNumber: UInt = #line
    ) {
        do throws(EncodingProblem) {
            let decoded = try SourceDecoder.decode(bytes)
            XCTFail("decoded as \(decoded.encoding), expected a problem", file: file, line: lineNumber)
        } catch {
            XCTAssertEqual([error.line, error.column], [line, column], error.message, file: file, line: lineNumber)
            XCTAssertTrue(error.message.hasPrefix(prefix), error.message, file: file, line: lineNumber)
        }
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// Runs `python3 -c script` with `input` on stdin; its output lines. Skips without python3 (fails in CI).
    private func runPython(_ script: String, input: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        do { try process.run() } catch { throw MissingOracle.error("cannot run python3: \(error)") }
        // The scripts read all input before writing, so writing first cannot deadlock.
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw MissingOracle.error("python3 is not installed") }
        XCTAssertEqual(process.terminationStatus, 0, "python3 failed")
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

/// A small deterministic generator, so a failing sample can be reproduced.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
