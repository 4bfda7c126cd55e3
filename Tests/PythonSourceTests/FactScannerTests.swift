import PythonSource
import XCTest

/// Imports, definitions, `if TYPE_CHECKING:` bodies and directives. Each test is a few
/// lines of Python and the facts they yield, rendered by `FactRendering` in source order.
final class FactScannerTests: XCTestCase {
    // MARK: Imports

    func testImportForms() {
        assertImports("""
            import os
            import os.path
            import a.b.c as d, e
            from os import environ
            from os import environ as env, getenv
            from __future__ import annotations
            from m import *
            """, [
                "import@1:1 os@1:8",
                "import@2:1 os.path@2:8",
                "import@3:1 a.b.c@3:8 as d, e@3:20",
                "from@4:1 os@4:6 import environ@4:16",
                "from@5:1 os@5:6 import environ@5:16 as env, getenv@5:32",
                "from@6:1 __future__@6:6 import annotations@6:24",
                "from@7:1 m@7:6 import *",
            ])
    }

    func testRelativeImports() {
        assertImports("""
            from . import x
            from .. import (y)
            from .cfg import get
            from ..p.q import r
            from ... import s
            from .... import t
            """, [
                "from@1:1 .@1:6 import x@1:15",
                "from@2:1 ..@2:6 import y@2:17",
                "from@3:1 .cfg@3:6 import get@3:18",
                "from@4:1 ..p.q@4:6 import r@4:19",
                "from@5:1 ...@5:6 import s@5:17",
                "from@6:1 ....@6:6 import t@6:18",
            ])
    }

    func testMultiLineImports() {
        assertImports("""
            from ..p.q import (a as b,
                c,  # why
            )
            import os, \\
                sys
            from x \\
                import y
            """, [
                "from@1:1 ..p.q@1:6 import a@1:20 as b, c@2:5",
                "import@4:1 os@4:8, sys@5:5",
                "from@6:1 x@6:6 import y@7:12",
            ])
    }

    func testImportsAnywhereInTheFile() {
        assertImports("""
            def f():
                import a
                class C:
                    from b import c
            if x:
                import d
            try:
                import e
            except ImportError:
                e = None
            x = 1; import f; from g import h
            if y: import i
            """, [
                "import@2:5 a@2:12",
                "from@4:9 b@4:14 import c@4:23",
                "import@6:5 d@6:12",
                "import@8:5 e@8:12",
                "import@11:8 f@11:15",
                "from@11:18 g@11:23 import h@11:32",
                "import@12:7 i@12:14",
            ])
    }

    func testImportNamesAreNotReferences() {
        let (source, facts) = FactRendering.facts("import a.b as c\nfrom d import e as f, g\nfrom . import (h)\n")
        XCTAssertEqual(FactRendering.references(facts, source), [])
    }

    func testImportKeywordIsAlwaysTheKeyword() {
        // `yield from` and `raise ... from` are not imports; soft keywords do not change that.
        assertImports("""
            def g():
                yield from x
                raise E from err
            match = 1; import match
            """, ["import@4:12 match@4:19"])
    }

    /// A statement too broken to name anything yields nothing; an unclosed bracket at the
    /// end of input still names what it holds.
    func testBrokenImportsYieldWhatTheyName() {
        assertImports("""
            import
            from x
            from x import
            import a.
            from . import (b,
            """, ["import@4:1 a@4:8", "from@5:1 .@5:6 import b@5:16"])
    }

    // MARK: Definitions

    func testDefinitionsAndTheirNamePositions() {
        assertDefinitions("""
            def f(): pass
            async  def g(): pass
            class C: pass
            @decorator
            def h(): pass
            """, ["def f@1:5", "def g@2:12", "class C()@3:7", "def h@5:5"])
    }

    func testModuleLevelDefinitions() {
        assertDefinitions("""
            if x:
                def a(): pass
            try:
                class B: pass
            except E:
                pass
            with m:
                for i in j:
                    while k:
                        def c(): pass
            match v:
                case 1:
                    def d(): pass
            def outer():
                def inner(): pass
                class Inner:
                    def method(self): pass
            class Outer:
                def method(self): pass
            def e(): return 1
            def f(): pass
            class G: pass
            def h(): pass
            """, [
                "def a@2:9", "class B()@4:11", "def c@10:17", "def d@13:13",
                "def outer@14:5", "def inner@15:9 nested", "class Inner()@16:11 nested",
                "def method@17:13 nested", "class Outer()@18:7", "def method@19:9 nested",
                "def e@20:5", "def f@21:5", "class G()@22:7", "def h@23:5",
            ])
    }

    func testClassBaseNames() {
        assertDefinitions("""
            class A(Enum): pass
            class B(enum.IntFlag, Base): pass
            class C(Generic[T], f(), metaclass=M, *bases, **kw): pass
            class D(
                a . b,  # comment
                c,
            ): pass
            class E(): pass
            class F[T](Base[T], Other): pass
            class G((Enum), (a).b, (c)()): pass
            """, [
                "class A(Enum)@1:7", "class B(enum.IntFlag, Base)@2:7", "class C()@3:7",
                "class D(a.b, c)@4:7", "class E()@8:7", "class F(Other)@9:7", "class G(Enum)@10:7",
            ])
    }

    func testDefinitionNamesAreNotReferencesButDecoratorsAre() {
        assertReferences("""
            @app.route("/x", methods=METHODS)
            @property
            def f(): pass
            class C(Base): pass
            """, ["ref app.route@1:2", "ref METHODS@1:26", "ref property@2:2", "ref Base@4:9"])
    }

    // MARK: if TYPE_CHECKING

    func testTypeCheckingBodies() {
        let text = """
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                import a
                from b import c
                def f(): pass
                if x:
                    ref1
            else:
                ref2
            ref3
            if TYPE_CHECKING: import d; ref4
            ref5
            """
        assertImports(text, [
            "from@1:1 typing@1:6 import TYPE_CHECKING@1:20", "import@3:5 a@3:12 tc",
            "from@4:5 b@4:10 import c@4:19 tc", "import@11:19 d@11:26 tc",
        ])
        assertDefinitions(text, ["def f@5:9 tc"])
        assertReferences(text, [
            "ref TYPE_CHECKING@2:4", "ref x@6:8 tc", "ref ref1@7:9 tc", "ref ref2@9:5",
            "ref ref3@10:1", "ref TYPE_CHECKING@11:4", "ref ref4@11:29 tc", "ref ref5@12:1",
        ])
    }

    func testTypeCheckingAliasesAndModules() {
        assertReferences("""
            if TC:
                a
            if t.TYPE_CHECKING:
                b
            if typing_extensions.TYPE_CHECKING:
                c
            if typing.TYPE_CHECKING:
                d
            from typing_extensions import TYPE_CHECKING as TC
            import typing as t, typing_extensions
            """, [
                "ref TC@1:4", "ref a@2:5 tc", "ref t.TYPE_CHECKING@3:4", "ref b@4:5 tc",
                "ref typing_extensions.TYPE_CHECKING@5:4", "ref c@6:5 tc",
                "ref typing.TYPE_CHECKING@7:4", "ref d@8:5",
            ])
    }

    func testTypeCheckingNeedsTheImportAndAnExactCondition() {
        assertReferences("""
            from typing import TYPE_CHECKING
            import typing
            if not TYPE_CHECKING:
                a
            if TYPE_CHECKING and x:
                b
            if (TYPE_CHECKING):
                c
            if typing.TYPE_CHECKING or y:
                d
            if x:
                pass
            elif TYPE_CHECKING:
                e
            if other.TYPE_CHECKING:
                f
            """, [
                "ref TYPE_CHECKING@3:8", "ref a@4:5", "ref TYPE_CHECKING@5:4", "ref x@5:22",
                "ref b@6:5", "ref TYPE_CHECKING@7:5", "ref c@8:5 tc", "ref typing.TYPE_CHECKING@9:4",
                "ref y@9:28", "ref d@10:5", "ref x@11:4", "ref TYPE_CHECKING@13:6", "ref e@14:5 tc",
                "ref other.TYPE_CHECKING@15:4", "ref f@16:5",
            ])
        assertReferences("if TYPE_CHECKING:\n    a\nTYPE_CHECKING = False\n", ["ref TYPE_CHECKING@1:4", "ref a@2:5"])
    }

    func testTypeCheckingInsideFunctionsAndNestedBlocks() {
        assertReferences("""
            from typing import TYPE_CHECKING
            def f():
                if TYPE_CHECKING:
                    for x in y:
                        z
                    w
                v
            """, ["ref TYPE_CHECKING@3:8", "ref y@4:18 tc", "ref z@5:13 tc", "ref w@6:9 tc", "ref v@7:5"])
    }

    // MARK: Directives

    func testDirectiveForms() {
        assertDirectives("""
            x = 1  # ssotlint: ignore[ENV001]
            x = 2  # ssotlint: ignore[ENV001, SSOT-2]
            x = 3  # ssotlint: ignore
            # ssotlint: ignore-file[ENV001]
            # ssotlint: ignore-file
            x = 4  # ssotlint: ignore[ENV001] -- read once at start-up
            x = 5  # ssotlint: ignore --  why  not
            x = 6  # ssotlint: ignore[A] --
            x = 7  # noqa: E501  # ssotlint: ignore[B]
            x = 8  #ssotlint:ignore[C]
            x = 9  #  ssotlint  :  ignore  [ D ,E , ]  -- spaced
            x = 10  # ssotlint: ignore-file[F] -- whole file
            """, [
                "ignore[ENV001]@1:8", "ignore[ENV001, SSOT-2]@2:8", "ignore@3:8",
                "ignore-file[ENV001]@4:1 own", "ignore-file@5:1 own",
                "ignore[ENV001] -- read once at start-up@6:8", "ignore -- why  not@7:8",
                "ignore[A]@8:8", "ignore[B]@9:8", "ignore[C]@10:8", "ignore[D, E] -- spaced@11:8",
                "ignore-file[F] -- whole file@12:9",
            ])
    }

    func testNotDirectives() {
        assertDirectives("""
            # ssotlint: ignored
            # ssotlint: ignore-files
            # ssotlint: ignore[
            # ssotlint: ignore[A
            # ssotlint: ignore[]
            # ssotlint: ignore[1A]
            # ssotlint ignore[A]
            # SSOTLINT: ignore[A]
            # see ssotlint: ignore[A]
            x = "# ssotlint: ignore[A]"
            '''
            # ssotlint: ignore[A]
            '''
            """, [])
    }

    func testDirectivePlacement() {
        assertDirectives("""
            def f():
                # ssotlint: ignore[A]
                return 1  # ssotlint: ignore[B]
            \t# ssotlint: ignore-file
            x = (
                # ssotlint: ignore[C]
                1)
            """, ["ignore[A]@2:5 own", "ignore[B]@3:15", "ignore-file@4:2 own", "ignore[C]@6:5 own"])
    }

    func testTextAfterADirectiveIsIgnored() {
        assertDirectives(
            "x = 1  # ssotlint: ignore[A] because  # noqa\ny = 2  # ssotlint: ignore # noqa\n",
            ["ignore[A]@1:8", "ignore@2:8"])
    }
}

extension XCTestCase {
    func assertImports(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let (source, facts) = FactRendering.facts(text)
        XCTAssertEqual(FactRendering.imports(facts, source), expected, file: file, line: line)
    }

    func assertDefinitions(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let (source, facts) = FactRendering.facts(text)
        XCTAssertEqual(FactRendering.definitions(facts, source), expected, file: file, line: line)
    }

    func assertReferences(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let (source, facts) = FactRendering.facts(text)
        XCTAssertEqual(FactRendering.references(facts, source), expected, file: file, line: line)
    }

    func assertDirectives(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let (source, facts) = FactRendering.facts(text)
        XCTAssertEqual(FactRendering.directives(facts, source), expected, file: file, line: line)
    }
}
