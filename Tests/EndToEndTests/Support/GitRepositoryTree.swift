import Foundation
import XCTest

/// A `ProjectTree` that is also a git repository, driven with the real `git`: commits,
/// branches, and a fingerprint of everything a read-only command must leave alone.
struct GitRepositoryTree {
    let tree: ProjectTree

    init(_ testCase: XCTestCase, files: [String: String] = [:]) throws {
        tree = try ProjectTree(testCase, files: files)
        try git("init", "-q", "-b", "main")
    }

    var root: String { tree.root }

    /// Runs git in the repository (no global or system configuration: a fixed identity).
    @discardableResult
    func git(_ arguments: String..., in folder: String? = nil) throws -> String {
        try Self.git(arguments, in: folder ?? root)
    }

    @discardableResult
    static func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                             "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitFailure(message: "git \(arguments.joined(separator: " ")): \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes the files and commits everything.
    func commit(_ message: String, _ files: [String: String] = [:], removing removed: [String] = []) throws {
        for (path, contents) in files { try tree.write(path, contents) }
        for path in removed { try git("rm", "-q", path) }
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
    }

    /// HEAD, the index and every file of the work tree (`.git` objects aside), byte for byte.
    func state() throws -> [String: Data] {
        var state: [String: Data] = [:]
        let base = URL(fileURLWithPath: root)
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            // ssotlint's own cache is written by design; git's objects may gain nothing either, but are not compared.
            if relative.hasPrefix(".ssotlint_cache") { continue }
            if relative.hasPrefix(".git/") && ![".git/HEAD", ".git/index", ".git/packed-refs"].contains(relative)
                && !relative.hasPrefix(".git/refs/") {
                continue
            }
            let url = base.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            state[relative] = try Data(contentsOf: url)
        }
        return state
    }
}

struct GitFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
