import ArgumentParser
import Foundation
import PythonSource
import SSOTLint

struct DebugTokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Print the tokens of Python files.",
        discussion: """
            With --json, prints one JSON object per file and line, in the form of CPython 3.11's \
            tokenize.generate_tokens (an f-string is one STRING token): \
            {"path", "tokens": [[TYPE, STRING, START_LINE, START_COL, END_LINE, END_COL], ...], "error"}.
            """
    )

    @Flag(help: "One JSON object per file, as CPython's tokenize reports tokens.")
    var json = false

    @Flag(help: "Print only totals: files, bytes, tokens, errors and the time spent decoding and tokenizing (one core).")
    var stats = false

    @Argument(help: "Python files to tokenize.")
    var files: [String]

    func run() throws {
        if stats { return try printStatistics() }
        var failed = false
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("ssotlint: cannot read \(path)\n".utf8))
                failed = true
                continue
            }
            let line = describe(path: path, bytes: [UInt8](data))
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        if failed { throw ExitCode(2) }
    }

    func describe(path: String, bytes: [UInt8]) -> String {
        let source: SourceFile
        do {
            source = try SourceFile(bytes: bytes)
        } catch {
            return json
                ? "{\"path\": \(JSONText.quoted(path)), \"tokens\": [], \"error\": \(errorJSON(error.message, error.line, error.column))}"
                : "\(path):\(error.line):\(error.column): encoding-error \(error.message)"
        }
        let tokenized = Tokenizer.tokenize(source)
        let tokens = CPythonTokenView.tokens(of: source, tokenized)
        let errorPosition = tokenized.error.map { source.position(of: $0.offset) }
        if json {
            var out = "{\"path\": \(JSONText.quoted(path)), \"tokens\": ["
            for (index, token) in tokens.enumerated() {
                if index > 0 { out += ", " }
                out += "[\(JSONText.quoted(token.type)), \(JSONText.quoted(token.string)), "
                out += "\(token.startLine), \(token.startColumn), \(token.endLine), \(token.endColumn)]"
            }
            out += "], \"error\": "
            if let error = tokenized.error, let position = errorPosition {
                out += errorJSON(error.message, position.line, position.column)
            } else {
                out += "null"
            }
            return out + "}"
        }
        var lines = tokens.map { token in
            "\(token.startLine),\(token.startColumn)-\(token.endLine),\(token.endColumn):\t\(token.type)\t\(JSONText.quoted(token.string))"
        }
        if let error = tokenized.error, let position = errorPosition {
            lines.append("\(path):\(position.line):\(position.column): syntax-error \(error.message)")
        }
        return lines.joined(separator: "\n")
    }

    func errorJSON(_ message: String, _ line: Int, _ column: Int) -> String {
        "{\"message\": \(JSONText.quoted(message)), \"line\": \(line), \"col\": \(column)}"
    }

    /// Reads every file first, then times decoding and tokenizing alone on one core.
    /// `seconds` is the thread's CPU time, which a busy machine disturbs far less than
    /// the wall clock (also printed, as `wall-seconds`).
    func printStatistics() throws {
        let contents = files.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        var tokenCount = 0
        var errorCount = 0
        var byteCount = 0
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.threadCPUNanoseconds()
        for bytes in contents {
            byteCount += bytes.count
            guard let source = try? SourceFile(bytes: bytes) else {
                errorCount += 1
                continue
            }
            // In chunks, as the analysis lexes (no array of every token).
            let error = source.utf8.withUnsafeBufferPointer { bytes in
                Tokenizer.forEachChunk(of: bytes) { tokenCount += $0.count }
            }
            if error != nil { errorCount += 1 }
        }
        let cpu = Double(Self.threadCPUNanoseconds() - cpuStart) / 1e9
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        print("files \(contents.count) bytes \(byteCount) tokens \(tokenCount) errors \(errorCount) seconds \(cpu) wall-seconds \(wall)")
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
