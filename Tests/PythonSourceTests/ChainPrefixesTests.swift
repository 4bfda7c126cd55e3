import PythonSource
import XCTest

/// `recordingChainPrefixes:` notes the prefixes of two or more names of every chain whose
/// first name an import of the file binds (above or below the chain), and no others.
final class ChainPrefixesTests: XCTestCase {
    func prefixes(_ text: String, chunkTokens: Int = 4096) -> ChainPrefixes {
        let scanned = SourceScanner.scan(SourceFile(utf8: Array(text.utf8)), chunkTokens: chunkTokens, recordingChainPrefixes: true)
        return scanned.facts.chainPrefixes!
    }

    func hash(_ chain: String) -> UInt64 {
        let parts = chain.split(separator: ".").map { Array($0.utf8) }
        return parts.dropFirst().reduce(ChainPrefixes.start(parts[0])) { ChainPrefixes.extend($0, $1) }
    }

    func testBoundChainsHaveEveryPrefixAndOthersNone() {
        let text = """
            import pkg.sub as s
            from app import facade
            x = s.Manager.create(); facade . api . \\
                call()
            self.pkg.Manager; local.thing.other
            def f():
                return late.Value.attr
            import late
            """
        for chunkTokens in [1, 4096] {
            let filter = prefixes(text, chunkTokens: chunkTokens)
            XCTAssertFalse(filter.admitsEverything)
            for present in ["s.Manager", "s.Manager.create", "facade.api", "facade.api.call", "late.Value", "late.Value.attr"] {
                XCTAssertTrue(filter.mayContain(hash(present)), "\(present), chunks of \(chunkTokens)")
            }
            // Unbound first names, single names, and prefixes that are no chain's.
            let absent = ["self.pkg", "self.pkg.Manager", "local.thing", "pkg.sub", "s.create", "facade.call", "x.s"]
            XCTAssertLessThanOrEqual(absent.filter { filter.mayContain(hash($0)) }.count, 1, "a Bloom filter may err once here")
        }
    }

    func testANameThatIsNotASCIIAdmitsEverything() {
        XCTAssertTrue(prefixes("import ｏｓ\nｏｓ.path\n").admitsEverything, "imports bind names NFKC-normalised")
        XCTAssertTrue(prefixes("import os\nos.pāth\n").admitsEverything)
        XCTAssertTrue(prefixes("import os\nos.path\nnamé.x\n").admitsEverything, "a first name that is not ASCII may be bound")
        XCTAssertFalse(prefixes("import os\nos.path\nlocal.namé\n").admitsEverything, "an unbound chain is never looked at")
    }

    func testWithoutImportsNothingIsNoted() {
        let filter = prefixes("a.b.c\nself.x.y\n")
        XCTAssertFalse(filter.admitsEverything)
        XCTAssertFalse(filter.mayContain(hash("a.b")))
        XCTAssertEqual(filter.words, [0])
    }

    /// `self.…` chains are passed over (no import binds `self`); one that does makes the
    /// filter admit everything, above or below the chains.
    func testAnImportBindingSelfAdmitsEverything() {
        XCTAssertFalse(prefixes("import os\nself.os.environ\n").admitsEverything)
        for text in ["import self\nself.os.environ\n", "self.os.environ\nfrom pkg import self\n", "import x as self\n"] {
            let filter = prefixes(text)
            XCTAssertTrue(filter.admitsEverything, text)
            XCTAssertTrue(filter.mayContain(hash("self.os.environ")), text)
        }
    }
}
