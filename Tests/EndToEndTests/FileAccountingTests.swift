import Foundation
import XCTest

/// Every path discovery finds is accounted for in `report --format json`: scored files
/// (analysed or unanalysable) plus skipped paths with their reasons.
final class FileAccountingTests: XCTestCase {
    func testEveryDiscoveredPathIsAccountedFor() throws {
        let tree = try ProjectTree(self, files: [
            "app/clean.py": "x = 1\n",
            "app/env.py": "import os\nv = os.environ\n",
            "app/broken.py": "s = 'unterminated\n",
            "app/nul.py": "x = 1\0\n",
            "tests/test_a.py": "def test(): pass\n",
        ])
        try tree.write("app/latin1.py", bytes: Array("x = '".utf8) + [0xE9] + Array("'\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: tree.path("app/link.py"), withDestinationPath: tree.path("app/clean.py"))
        try FileManager.default.createSymbolicLink(atPath: tree.path("linked"), withDestinationPath: tree.path("app"))
        try FileManager.default.createSymbolicLink(atPath: tree.path("dangling.py"), withDestinationPath: tree.path("nowhere.py"))

        let result = try tree.run("report", "--format", "json")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], result.transcript)
        let report = try XCTUnwrap(object["report"] as? [String: Any])
        let files = try XCTUnwrap(report["files"] as? [String: Any])
        let skipped = try XCTUnwrap(files["skipped"] as? [[String: String]])
        XCTAssertEqual(skipped.map { $0["path"] ?? "" }, ["app/link.py", "dangling.py", "linked"])
        XCTAssertTrue(skipped.allSatisfy { ($0["reason"] ?? "").contains("symbolic link") })
        XCTAssertEqual(files["scored"] as? Int, 6)
        XCTAssertEqual(files["unanalysable"] as? Int, 3, "broken.py, nul.py and latin1.py")
        XCTAssertEqual(files["analysed"] as? Int, 3)
        XCTAssertEqual(files["discovered"] as? Int, 9)
        XCTAssertEqual((files["analysed"] as? Int ?? 0) + (files["unanalysable"] as? Int ?? 0) + skipped.count,
                       files["discovered"] as? Int)
        // The same count as walking the tree independently: every entry that is a .py file or a link.
        let walked = try FileManager.default.subpathsOfDirectory(atPath: tree.root).filter { path in
            let attributes = try? FileManager.default.attributesOfItem(atPath: tree.path(path))
            let isLink = attributes?[.type] as? FileAttributeType == .typeSymbolicLink
            return !path.hasPrefix(".ssotlint_cache") && !path.hasPrefix("linked/") && (isLink || path.hasSuffix(".py"))
        }
        XCTAssertEqual(walked.count, files["discovered"] as? Int, walked.sorted().joined(separator: ", "))
    }
}
