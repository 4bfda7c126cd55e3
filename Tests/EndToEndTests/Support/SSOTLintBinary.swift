import Foundation
import XCTest

/// What one run of the binary printed, and how it ended.
struct CommandResult {
    var stdout: Data
    var stderr: Data
    var exitCode: Int32

    var output: String { String(decoding: stdout, as: UTF8.self) }
    var errors: String { String(decoding: stderr, as: UTF8.self) }

    /// Standard output's lines, without their `\n`.
    var lines: [String] { Self.lines(output) }
    var errorLines: [String] { Self.lines(errors) }

    /// For assertion messages: everything the run printed.
    var transcript: String { "exit \(exitCode)\n--- stdout\n\(output)--- stderr\n\(errors)" }

    static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// The `ssotlint` executable that SwiftPM built beside this test bundle, run the way a
/// user runs it: arguments, working folder, standard input and environment.
enum SSOTLintBinary {
    static let name = "ssotlint"

    /// The executable, or an error that says where it was looked for.
    static func location() throws -> String {
        let candidates = candidateFolders().map { $0.appendingPathComponent(name).path }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw MissingBinary(message: """
            the ssotlint executable was not found; build it with `swift build --build-tests`. Looked at:
            \(candidates.joined(separator: "\n"))
            """)
    }

    /// Folders that may hold the executable: the test bundle's own build-products folder
    /// first (same configuration as the tests), then the package's debug and release ones.
    static func candidateFolders() -> [URL] {
        var folders: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            // Linux: the bundle URL is the products folder; macOS: it is the .xctest
            // bundle inside the products folder.
            folders.append(bundle.bundleURL)
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // EndToEndTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        let build = packageRoot.appendingPathComponent(".build")
        folders.append(build.appendingPathComponent("debug"))
        folders.append(build.appendingPathComponent("release"))
        var seen = Set<String>()
        return folders.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// The environment of a run: this process's, without the variables that change
    /// colouring, plus `overrides`.
    static func environment(_ overrides: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["NO_COLOR", "FORCE_COLOR", "CLICOLOR", "CLICOLOR_FORCE"] { environment[key] = nil }
        environment.merge(overrides) { _, new in new }
        return environment
    }

    /// Runs the binary with standard output and error captured in files (no pipe can
    /// fill up and block it) and standard input from `stdin`, or empty.
    static func run(_ arguments: [String], directory: String, stdin: [UInt8]? = nil,
                    environment overrides: [String: String] = [:]) throws -> CommandResult {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("ssotlint-e2e-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path
        let inPath = scratch.appendingPathComponent("stdin").path
        // Not `createFile(atPath:contents:)`: on Linux it leaves a `TemporaryDirectory.*` in /tmp.
        for (path, contents) in [(outPath, Data()), (errPath, Data()), (inPath, Data(stdin ?? []))] {
            try contents.write(to: URL(fileURLWithPath: path))
        }
        guard let out = FileHandle(forWritingAtPath: outPath), let err = FileHandle(forWritingAtPath: errPath),
              let input = FileHandle(forReadingAtPath: inPath) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: scratch.path])
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try location())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment(overrides)
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        try? input.close()
        return CommandResult(
            stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
            stderr: FileManager.default.contents(atPath: errPath) ?? Data(),
            exitCode: process.terminationStatus)
    }

    /// Runs the binary with standard output on a pseudo-terminal, as in an interactive
    /// shell, and returns what it wrote there (the terminal turns `\n` into `\r\n`).
    static func runOnTerminal(_ arguments: [String], directory: String,
                              environment overrides: [String: String] = [:]) throws -> (output: String, exitCode: Int32) {
        let terminal = try PseudoTerminal()
        defer { terminal.closeController() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try location())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment(overrides)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(fileDescriptor: terminal.device, closeOnDealloc: false)
        process.standardError = FileHandle.nullDevice
        let reader = terminal.startReading()
        try process.run()
        process.waitUntilExit()
        terminal.closeDevice()
        let output = reader.wait()
        return (String(decoding: output, as: UTF8.self), process.terminationStatus)
    }
}

/// The executable is not where SwiftPM puts it; the message lists the places looked at.
struct MissingBinary: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
