import Foundation
import XCTest
@testable import SSOTLint

/// The built-in packs are compiled in (`BuiltinRulePacks.swift`, generated from
/// `Rules/*.yml` by `scripts/embed_rule_packs.py`); these tests keep the two from
/// drifting and check that every pack loads. A file of `Rules/` is a built-in pack when
/// its first line is `# builtin:NAME — summary` with NAME its file name; other packs
/// there (demo packs referenced by path) are not embedded.
final class BuiltinRulePackTests: XCTestCase {
    static let rulesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules")

    static let regenerate = "edit Rules/*.yml, then run scripts/embed_rule_packs.py"

    /// The built-in packs in `Rules/`, by name (`env-access` for `Rules/env-access.yml`).
    private func packFiles() throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.rulesFolder.path).filter { $0.hasSuffix(".yml") }
        var files: [String: Data] = [:]
        for file in names {
            let name = String(file.dropLast(".yml".count))
            let data = try Data(contentsOf: Self.rulesFolder.appendingPathComponent(file))
            if data.starts(with: Data("# builtin:\(name) ".utf8)) { files[name] = data }
        }
        return files
    }

    func testEveryBuiltinPackFileIsEmbeddedAndNothingElse() throws {
        let files = try packFiles()
        XCTAssertFalse(files.isEmpty, "no packs found in \(Self.rulesFolder.path)")
        XCTAssertEqual(BuiltinRulePacks.packs.keys.sorted(), files.keys.sorted(),
                       "\(Self.regenerate); only files opening with '# builtin:NAME — ' are built-in packs")
    }

    func testEmbeddedPacksEqualTheFilesByteForByte() throws {
        for (name, data) in try packFiles().sorted(by: { $0.key < $1.key }) {
            guard let embedded = BuiltinRulePacks.packs[name] else { continue }
            // A multi-line string literal cannot end in a newline: the generator drops the
            // file's one final newline and asserts it is there.
            let embeddedBytes = Array((embedded + "\n").utf8)
            if embeddedBytes != Array(data) {
                XCTFail("builtin:\(name) differs from Rules/\(name).yml at \(firstDifference(embeddedBytes, Array(data))); "
                        + "\(Self.regenerate) (a pack ends in exactly one newline and has no trailing spaces, "
                        + "which the generator cannot keep)")
            }
        }
    }

    /// `line N: embedded "..." but the file has "..."`, for a readable failure.
    private func firstDifference(_ embedded: [UInt8], _ file: [UInt8]) -> String {
        let left = String(decoding: embedded, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: file, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "(end)"
            let b = index < right.count ? String(right[index]) : "(end)"
            if a != b { return "line \(index + 1): embedded \(a.debugDescription) but the file has \(b.debugDescription)" }
        }
        return "an invalid UTF-8 byte"
    }

    func testEveryBuiltinPackLoads() throws {
        var ids: [String] = []
        for name in BuiltinRulePacks.packs.keys.sorted() {
            let configuration: Configuration
            do {
                configuration = try ConfigurationLoader.parse("rules: [builtin:\(name)]\n", file: "/project/.ssotlint.yml")
            } catch {
                XCTFail("builtin:\(name) does not load: \(error)")
                continue
            }
            XCTAssertFalse(configuration.rules.isEmpty, "builtin:\(name) has no rules")
            for rule in configuration.rules {
                XCTAssertTrue(rule.common.origin.hasPrefix("builtin:\(name):"), rule.common.origin)
                XCTAssertNotEqual(rule.common.docs, rule.common.message.text, "\(rule.common.id) in builtin:\(name) needs docs")
                ids.append(rule.common.id)
            }
        }
        XCTAssertEqual(ids.count, Set(ids).count, "rule ids repeat across the built-in packs: \(ids.sorted())")
    }

    func testAllBuiltinPacksLoadTogether() throws {
        let names = BuiltinRulePacks.packs.keys.sorted().map { "builtin:\($0)" }
        let configuration = try ConfigurationLoader.parse("rules: [\(names.joined(separator: ", "))]\n",
                                                          file: "/project/.ssotlint.yml")
        var separately: [String] = []
        for name in names {
            separately += try ConfigurationLoader.parse("rules: [\(name)]\n", file: "/project/.ssotlint.yml").rules.map(\.common.id)
        }
        XCTAssertEqual(configuration.rules.map(\.common.id), separately)
    }

    func testEachPackSaysHowToUseIt() throws {
        for (name, text) in BuiltinRulePacks.packs.sorted(by: { $0.key < $1.key }) {
            XCTAssertTrue(text.hasPrefix("# builtin:\(name) — "), "builtin:\(name) should open with a '# builtin:\(name) — ' summary")
        }
    }
}
