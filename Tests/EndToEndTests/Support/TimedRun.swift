import Foundation
import XCTest

/// Runs of the built binary that `SSOTLintBinary.run` cannot express: under a time
/// limit, behind a wrapper command (`setpriv`, `sh -c 'ulimit ...'`), or started several
/// at once. Output goes to files, so no pipe can fill up and block the child.
final class TimedRun {
    let process = Process()
    private let scratch: URL
    private let started = Date()

    /// Starts `command` (the binary's path is `SSOTLintBinary.location()`) in `directory`.
    init(_ command: [String], directory: String) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ssotlint-timed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        // Not `createFile(atPath:contents:)`: on Linux it leaves a `TemporaryDirectory.*` in /tmp.
        for name in ["stdout", "stderr"] { try Data().write(to: scratch.appendingPathComponent(name)) }
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = SSOTLintBinary.environment([:])
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: scratch.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: scratch.appendingPathComponent("stderr"))
        try process.run()
    }

    /// Starts the binary itself with `arguments`.
    convenience init(ssotlint arguments: [String], directory: String) throws {
        try self.init([try SSOTLintBinary.location()] + arguments, directory: directory)
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Waits at most `seconds`; a run still going then is killed, and the result is nil.
    func wait(seconds: Double) -> (result: CommandResult, seconds: Double)? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        process.waitUntilExit()
        let elapsed = Date().timeIntervalSince(started)
        let read = { (name: String) in FileManager.default.contents(atPath: self.scratch.appendingPathComponent(name).path) ?? Data() }
        // A child killed by a signal reports the signal number; 128 + it is the shell's convention.
        let code = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return (CommandResult(stdout: read("stdout"), stderr: read("stderr"), exitCode: code), elapsed)
    }

    /// The first of `paths` that is an executable file.
    static func tool(_ paths: String...) -> String? {
        paths.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A command prefix that runs the binary as the unprivileged user `nobody`, so that
    /// file permissions apply even when the tests run as root; nil when that is impossible.
    static func unprivilegedPrefix() -> [String]? {
        if getuid() != 0 { return [] }
        guard let setpriv = tool("/usr/bin/setpriv", "/bin/setpriv") else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
}
