import Foundation
import XCTest
@testable import SSOTLint

final class GitIgnoreTests: XCTestCase {
    private func rules(_ root: String, nested: [String: String] = [:], infoExclude: String? = nil) -> IgnoreRules {
        var rules = IgnoreRules()
        if let infoExclude { rules.addInfoExclude(Array(infoExclude.utf8)) }
        rules.addGitignore(Array(root.utf8), inDirectory: "")
        for (directory, text) in nested.sorted(by: { $0.key < $1.key }) {
            rules.addGitignore(Array(text.utf8), inDirectory: directory)
        }
        return rules
    }

    /// Paths ending in `/` are folders.
    private func check(_ rules: IgnoreRules, _ expectations: [String: Bool], line: UInt = #line) {
        for (path, expected) in expectations.sorted(by: { $0.key < $1.key }) {
            let isDirectory = path.hasSuffix("/")
            let relative = isDirectory ? String(path.dropLast()) : path
            XCTAssertEqual(rules.isIgnored(relative, isDirectory: isDirectory), expected, path, line: line)
        }
    }

    func testCommentsBlankLinesAndEscapes() {
        let text = "# a comment\n\n   \n\\#hash.txt\n\\!bang.txt\ntrailing.txt   \nspace\\ \n"
        check(rules(text), [
            "# a comment": false, "#hash.txt": true, "!bang.txt": true, "trailing.txt": true,
            "space ": true, "space": false,
        ])
    }

    func testNegationLastMatchWins() {
        check(rules("*.log\n!important.log\n"), ["x.log": true, "important.log": false, "a/important.log": false])
        check(rules("!important.log\n*.log\n"), ["important.log": true])
    }

    func testDirectoryOnlyAndAnchoring() {
        let rules = rules("logs/\n/root_only.txt\ndoc/frotz\n")
        check(rules, [
            "logs/": true, "a/logs/": true, "logs": false,
            "root_only.txt": true, "sub/root_only.txt": false,
            "doc/frotz": true, "a/doc/frotz": false,
        ])
    }

    func testDoubleStar() {
        check(rules("**/foo\nabc/**\na/**/b\n"), [
            "foo": true, "x/y/foo": true, "abc/": false, "abc/x": true, "abc/x/y": true,
            "a/b": true, "a/x/y/b": true, "x/a/b": false,
        ])
    }

    /// git matches an anchored pattern's literal part separately, so a `**` right after it
    /// spans folders: a quirk that `git check-ignore` shows and ssotlint reproduces.
    func testGitLiteralPrefixQuirk() {
        check(rules("a**/x\n"), ["ax": true, "ab/x": true, "ab/c/x": true, "b/ab/x": false, "ab/y": false])
        check(rules("/a**\n"), ["a": true, "ab": true, "b": false])
        check(rules("***/x\ns/***/y\n"), ["x": true, "p/q/x": true, "s/y": true, "s/t/u/y": true])
        check(rules("a/b**c\n"), ["a/bxc": true, "a/b/c": false])
    }

    func testNestedFilesAreRelativeToTheirFolderAndDeeperWins() {
        let rules = rules("*.txt\n", nested: ["sub": "!keep.txt\n/only_here\n", "sub/deeper": "keep.txt\n"])
        check(rules, [
            "keep.txt": true, "sub/keep.txt": false, "sub/a/keep.txt": false, "sub/deeper/keep.txt": true,
            "sub/only_here": true, "only_here": false, "sub/x/only_here": false, "subzero/keep.txt": true,
        ])
    }

    func testInfoExcludeRanksBelowGitignore() {
        let rules = rules("!a.tmp\n", infoExclude: "*.tmp\n")
        check(rules, ["a.tmp": false, "b.tmp": true, "sub/b.tmp": true])
    }

    func testCRLFLinesBOMAndBadPatterns() {
        let rules = rules("\u{FEFF}first\r\n[unterminated\r\nlast\\\nsecond\r\n")
        check(rules, ["first": true, "second": true, "[unterminated": false, "last": false])
    }

    func testAnEmptyRuleSetIgnoresNothing() {
        XCTAssertTrue(IgnoreRules().isEmpty)
        XCTAssertFalse(IgnoreRules().isIgnored("a.py", isDirectory: false))
    }

    // MARK: - Against real git

    /// A tree with nested `.gitignore` files, negations (one under an ignored folder),
    /// directory-only patterns, anchoring, `**` and `.git/info/exclude`, compared with what
    /// `git ls-files --others --exclude-standard` lists.
    func testDiscoveryAgreesWithGit() throws {
        let tree = try DiscoveryTestTree(self, files: [
            "a.py", "x.log", "important.log", "sub/x.log", "sub/debug.log", "sub/deeper/debug.log",
            "root_only.txt", "sub/root_only.txt", "build/out.py", "src/build/out.py", "src/builder.py",
            "docs/a/generated/g.py", "docs/generated/g.py", "docs/a/b/generated", "docs/keep.md",
            "tmpfile", "sub/tmp2/x.py", "#hash.txt", "trailing.txt", "space ", "space",
            "cache/keep.txt", "cache/other.txt", "data/x.py", "data/keep/y.py", "data/keep/z.log",
            "a/z.txt", "a/b/c/z.txt", "Makefile.bak", "makefile.bak", "xakefile.bak", "dirfile", "x/dirfile/f.py",
            "sub/local.txt", "sub/a/local.txt", "sub/nested/n.py", "sub/a/nested/n.py",
            "sub/deeper/x.py", "sub/deeper/keep.py", "sub/deeper/inner/y.py",
            "s.secret", "visible.secret", "dir with space/é.py", "ünï/code.py", "ünï/skip.py",
            "lib/x.pyc", "lib/x.py", "1.num", "a.num", "q?/x",
        ])
        try tree.write(".gitignore", """
            # comment
            *.log
            !important.log
            /root_only.txt
            build/
            docs/**/generated
            tmp*
            \\#hash.txt
            trailing.txt   \u{20}
            space\\ \u{20}
            cache/
            !cache/keep.txt
            data/*
            !data/keep/
            a/**/z.txt
            [Mm]akefile.bak
            dirfile/
            ünï/skip.py
            *.py[cod]
            [[:digit:]]*.num
            q\\?/

            """)
        try tree.write(".git/info/exclude", "*.secret\n!visible.secret\n")
        try tree.write("sub/.gitignore", "!debug.log\n/local.txt\nnested/\n")
        try tree.write("sub/deeper/.gitignore", "*.py\n!keep.py\ndebug.log\n")

        guard let gitFiles = try gitUntrackedFiles(in: tree.root) else {
            throw MissingOracle.error("git is not available")
        }
        let options = DiscoveryOptions(include: [try Glob("**")])
        let ours = FileDiscovery.discover(root: tree.root, options: options)
        XCTAssertEqual(ours.files, gitFiles)
        XCTAssertEqual(ours.unreadable, [])
        // Spot checks, so that a change in git's behaviour cannot silently pass.
        XCTAssertTrue(ours.files.contains("important.log"))
        XCTAssertFalse(ours.files.contains("cache/keep.txt"))
        XCTAssertTrue(ours.files.contains("sub/debug.log"))
        XCTAssertTrue(ours.files.contains("dirfile"))
        XCTAssertFalse(ours.files.contains("s.secret"))
    }

    /// Random trees and random patterns built from the forms that interact (negation,
    /// anchoring, directory-only, `**`, classes), compared with git. Seeded: reproducible.
    func testRandomPatternsAgreeWithGit() throws {
        var random = SplitMix64(seed: 0x5EED)
        let names = ["a", "b", "ab", "x.py", ".y", "a.py", "ba"]
        let pieces = [
            "a", "b", "*", "a*", "*.py", "?", "[ab]", "[!a]*", "**", "a**", "x.py", ".y", "[a-b]", "\\a", "a?", "*a",
            "**a", "b**", ".y*", "x.p?", "[!.]*", "***",
        ]
        for iteration in 0..<20 {
            var files: Set<String> = []
            var folders: Set<String> = []
            for _ in 0..<40 {
                let depth = Int(random.next() % 4) + 1
                let parts = (0..<depth).map { _ in names[Int(random.next() % UInt64(names.count))] }
                let prefixes = (1..<depth).map { parts[0..<$0].joined(separator: "/") }
                let path = parts.joined(separator: "/")
                if prefixes.contains(where: files.contains) || folders.contains(path) || files.contains(path) { continue }
                files.insert(path)
                folders.formUnion(prefixes)
            }
            func pattern() -> String {
                let count = Int(random.next() % 3) + 1
                var text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                    .joined(separator: "/")
                if random.next() % 4 == 0 { text = "/" + text }
                if random.next() % 4 == 0 { text += "/" }
                if random.next() % 3 == 0 { text = "!" + text }
                return text
            }
            let tree = try DiscoveryTestTree(self, files: files.sorted())
            let rootPatterns = (0..<5).map { _ in pattern() }
            try tree.write(".gitignore", rootPatterns.joined(separator: "\n") + "\n")
            var nestedPatterns: [String] = []
            if let folder = folders.sorted().first {
                nestedPatterns = (0..<3).map { _ in pattern() }
                try tree.write(folder + "/.gitignore", nestedPatterns.joined(separator: "\n") + "\n")
            }
            guard let gitFiles = try gitUntrackedFiles(in: tree.root) else { throw MissingOracle.error("git is not available") }
            let ours = FileDiscovery.discover(root: tree.root, options: DiscoveryOptions(include: [try Glob("**")]))
            if ours.files != gitFiles {
                let differing = Set(ours.files).symmetricDifference(gitFiles).sorted()
                let explanation = try runGit(["check-ignore", "-v", "--no-index"] + differing, in: tree.root) ?? []
                XCTFail("""
                    iteration \(iteration): \(rootPatterns), then in \(folders.sorted().first ?? "-"): \(nestedPatterns)
                    ours only: \(Set(ours.files).subtracting(gitFiles).sorted())
                    git only: \(Set(gitFiles).subtracting(ours.files).sorted())
                    \(String(decoding: explanation, as: UTF8.self))
                    """)
            }
        }
    }

    /// `git ls-files -o --exclude-standard` in a fresh repository at `root`, without global
    /// excludes, sorted by bytes; nil when git cannot run.
    private func gitUntrackedFiles(in root: String) throws -> [String]? {
        // `.git/info/exclude` was written before `git init`, which keeps existing files.
        guard try runGit(["init", "-q"], in: root) != nil,
              let output = try runGit(
                ["-c", "core.excludesFile=/dev/null", "ls-files", "-z", "--others", "--exclude-standard"], in: root
              )
        else { return nil }
        let paths = output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private func runGit(_ arguments: [String], in directory: String) throws -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = directory
        environment["XDG_CONFIG_HOME"] = directory
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Array(data) : nil
    }
}

/// A small seeded generator (SplitMix64), so random tests repeat exactly.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
