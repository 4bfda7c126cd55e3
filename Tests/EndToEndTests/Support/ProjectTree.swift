import Foundation
import XCTest

/// A temporary project folder for one test, removed when the test ends. Its path has
/// symbolic links resolved (macOS's `/var` is `/private/var`) so that it reads the same
/// as the paths the binary prints.
struct ProjectTree {
    /// Absolute path of the project folder.
    let root: String

    init(_ testCase: XCTestCase, files: [String: String] = [:]) throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("ssotlint-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        guard let resolved = realpath(base.path, nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: base.path])
        }
        root = String(cString: resolved)
        free(resolved)
        let root = root
        testCase.addTeardownBlock {
            _ = try? FileManager.default.removeItem(atPath: root)
        }
        for (path, contents) in files { try write(path, contents) }
    }

    /// The absolute path of `relative` inside the project.
    func path(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }

    /// Creates `relative` with `contents` (a folder when it ends in `/`) and its parents.
    func write(_ relative: String, _ contents: String = "") throws {
        if relative.hasSuffix("/") {
            try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
            return
        }
        try write(relative, bytes: Array(contents.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names in a folder of the project, sorted.
    func list(_ relative: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(relative)).sorted()
    }

    /// Runs the built `ssotlint` in `folder` (relative to the root).
    func run(_ arguments: [String], in folder: String = "", stdin: String? = nil,
             environment: [String: String] = [:]) throws -> CommandResult {
        try SSOTLintBinary.run(arguments, directory: path(folder), stdin: stdin.map { Array($0.utf8) },
                               environment: environment)
    }

    func run(_ arguments: String..., in folder: String = "", stdin: String? = nil,
             environment: [String: String] = [:]) throws -> CommandResult {
        try run(arguments, in: folder, stdin: stdin, environment: environment)
    }
}
