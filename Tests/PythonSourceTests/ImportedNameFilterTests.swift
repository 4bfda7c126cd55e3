import PythonSource
import XCTest

/// `chainsBoundUnder:` keeps exactly the chains whose first name an import binds under
/// the given top-level modules (or binds by a relative import, or is not ASCII), and
/// nothing else changes.
final class ImportedNameFilterTests: XCTestCase {
    func testOnlyChainsBoundUnderTheRootsAreKept() throws {
        let text = """
            import os.path as osp, sys
            from typing import TYPE_CHECKING
            from os import environ as env, getenv
            from . import sibling
            x = os.environ; y = osp.join; z = sys.argv; self.os.environ; env.get; getenv("A")
            def f(path): return path.strip() + helper.call() + sibling.run() + ｏｓ.sep
            if TYPE_CHECKING:
                from collections import abc
            print(abc.Mapping, f"{sys.version}", environ)
            import os
            """
        let source = SourceFile(utf8: Array(text.utf8))
        let tokenized = Tokenizer.tokenize(source)
        let all = FactScanner.scan(source, tokenized)
        let filtered = FactScanner.scan(source, tokenized, chainsBoundUnder: ["os"])
        // Bound under `os`: osp, env, getenv, os (imported last); by the relative import: sibling.
        let bound: Set = ["os", "osp", "env", "getenv", "sibling", "ｏｓ"]
        XCTAssertEqual(filtered.references, all.references.filter { bound.contains($0.parts[0]) || $0.parts[0] == "os" && $0.parts.count > 1 })
        XCTAssertEqual(filtered.references.map { $0.parts.joined(separator: ".") },
                       ["os.environ", "osp.join", "env.get", "getenv", "sibling.run", "os.sep"])
        XCTAssertEqual(filtered.imports, all.imports)
        XCTAssertEqual(filtered.definitions, all.definitions)
        XCTAssertEqual(FactScanner.scan(source, tokenized, chainsBoundUnder: []).references, [], "no roots, no chains")
    }
}
