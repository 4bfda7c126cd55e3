import PythonSource
import XCTest

/// The module-level facts that export names (SPEC §4, following re-exports): which
/// imports are at module level, alias assignments, `__all__`, and the ends of import paths.
final class ExportFactTests: XCTestCase {
    func scan(_ text: String) -> FileFacts {
        SourceScanner.scan(SourceFile(utf8: Array(text.utf8))).facts
    }

    func testAliasesAreOneBareNameAssignedExactlyADottedChain() {
        let facts = scan("""
            import os
            A = os.path.join
            WebSocketManager = UnifiedWebSocketManager
            B = C = D
            E: int = F
            G = (H)
            I = J()
            K = L[0]
            M = N + O
            P, Q = R, S
            T += U
            V = None
            W = x.y; X2 = z
            def f():
                Y = os.environ
            class K2:
                Z = os.environ
            if True:
                AA = os.sep
            def g(): BB = os.sep
            """)
        XCTAssertEqual(facts.aliases.map { "\($0.name)=\($0.value.joined(separator: "."))" },
                       ["A=os.path.join", "WebSocketManager=UnifiedWebSocketManager", "W=x.y", "X2=z", "AA=os.sep"])
    }

    func testAllAssignmentsWithLiteralAndOtherValues() {
        let facts = scan("""
            __all__ = ["A", 'B', r"C",]
            __all__ = ("D",)
            __all__ = "E", "F"
            __all__ = []
            __all__ = [f"G"]
            __all__ = ["H"] + other.__all__
            __all__ += ["I"]
            __all__: list = ["J"]
            __all__ = x = ["K"]
            def f():
                __all__ = ["L"]
            """)
        XCTAssertEqual(facts.allAssignments.map { $0.names.map { $0.joined(separator: ",") } ?? "nil" },
                       ["A,B,C", "D", "E,F", "", "nil", "nil"])
    }

    func testImportsKnowWhetherTheyAreAtModuleLevelAndWhereTheirModulePathEnds() {
        let source = """
            import os
            try:
                from .impl import X
            except ImportError:
                from .legacy import X
            if TYPE_CHECKING:
                from typing import Any
            def f():
                import sys
            class C:
                from . import y
            def g(): import json
            from .. pkg . sub import *
            """
        let facts = scan(source)
        XCTAssertEqual(facts.imports.map(\.isModuleLevel), [true, true, true, true, false, false, false, true])
        let star = facts.imports[7]
        let bytes = Array(source.utf8)
        XCTAssertEqual(String(decoding: bytes[Int(star.moduleOffset)..<Int(star.moduleEnd)], as: UTF8.self), ".. pkg . sub")
    }

    func testAStarImportReferencesItsModuleAtItsModulePath() {
        let facts = scan("from .sub import *\nfrom legacy.tools import *\n")
        let references = facts.imports.flatMap {
            ImportResolver.references(of: $0, moduleName: "pkg.m", isPackage: false).map { "\($0.path)@\($0.offset)-\($0.end)" }
        }
        XCTAssertEqual(references, ["pkg.sub@5-9", "legacy.tools@24-36"])
    }
}
