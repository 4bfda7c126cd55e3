import Foundation
import XCTest

/// A test case that works in a fresh empty folder, `root`, removed afterwards.
class FolderTestCase: XCTestCase {
    var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ssotlint-\(String(describing: type(of: self)))-\(UUID().uuidString)")
            .standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }
}
