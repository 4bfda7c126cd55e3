import PythonSource
import XCTest

/// `onlyChainsOfImportedNames` keeps exactly the chains whose first name an import
/// statement mentions, and nothing else changes.
final class ImportedNameFilterTests: XCTestCase {
    func testOnlyChainsOfImportedNamesAreKept() throws {
        let text = """
            import os.path as osp, sys
            from typing import TYPE_CHECKING
            x = os.environ; y = osp.join; z = sys.argv; self.os.environ
            def f(path): return path.strip() + helper.call()
            if TYPE_CHECKING:
                from collections import abc
            print(abc.Mapping, f"{sys.version}")
            """
        let source = SourceFile(utf8: Array(text.utf8))
        let tokenized = Tokenizer.tokenize(source)
        let all = FactScanner.scan(source, tokenized)
        let filtered = FactScanner.scan(source, tokenized, onlyChainsOfImportedNames: true)
        let importedNames: Set = ["os", "path", "osp", "sys", "typing", "TYPE_CHECKING", "collections", "abc"]
        XCTAssertEqual(filtered.references, all.references.filter { importedNames.contains($0.parts[0]) })
        XCTAssertEqual(filtered.references.map { $0.parts.joined(separator: ".") },
                       ["os.environ", "osp.join", "sys.argv", "path.strip", "TYPE_CHECKING", "abc.Mapping", "sys.version"])
        XCTAssertEqual(filtered.imports, all.imports)
        XCTAssertEqual(filtered.definitions, all.definitions)
    }
}
