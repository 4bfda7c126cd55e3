import Foundation
import XCTest

/// The `.py` files of this machine's Python standard library (site-packages left out),
/// for tests that sample real code.
enum StandardLibraryFiles {
    /// Every `step`-th file, in sorted order; skips the test when there is no Python
    /// (fails it in CI: `MissingOracle`).
    static func sample(every step: Int) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { throw MissingOracle.error("python3 is not available: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stdlib = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let walker = FileManager.default.enumerator(atPath: stdlib) else {
            throw MissingOracle.error("no standard library")
        }
        let all = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".py") && !$0.contains("site-packages") }.sorted()
        return stride(from: 0, to: all.count, by: max(step, 1)).map { stdlib + "/" + all[$0] }
    }
}
