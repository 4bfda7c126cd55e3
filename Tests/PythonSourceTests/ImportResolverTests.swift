import PythonSource
import XCTest

/// SPEC §4 "Name resolution": bindings, chain resolution and import references.
final class ImportResolverTests: XCTestCase {
    func bindings(_ text: String, module: String = "pkg.sub.m", isPackage: Bool = false) -> ImportResolver.Bindings {
        ImportResolver.Bindings(imports: FactRendering.facts(text).facts.imports, moduleName: module, isPackage: isPackage)
    }

    func testAbsoluteImportsBind() {
        let bound = bindings("""
            import os.path
            import a.b as c, d
            from os import environ
            from os import getenv as env
            from m import *
            from ..x import *
            """)
        XCTAssertEqual(bound.targets, [
            "os": ["os"], "c": ["a.b"], "d": ["d"], "environ": ["os.environ"], "env": ["os.getenv"],
        ])
    }

    func testRelativeImportsResolveAgainstThePackage() {
        let text = """
            from .cfg import get
            from . import sibling
            from .. import parent
            from ..other.mod import thing
            from ... import too_far
            """
        XCTAssertEqual(bindings(text, module: "pkg.sub.m").targets, [
            "get": ["pkg.sub.cfg.get"], "sibling": ["pkg.sub.sibling"], "parent": ["pkg.parent"],
            "thing": ["pkg.other.mod.thing"],
        ])
        // A package's __init__.py is its own package.
        XCTAssertEqual(bindings(text, module: "pkg.sub", isPackage: true).targets, [
            "get": ["pkg.sub.cfg.get"], "sibling": ["pkg.sub.sibling"], "parent": ["pkg.parent"],
            "thing": ["pkg.other.mod.thing"],
        ])
        XCTAssertEqual(bindings(text, module: "pkg", isPackage: true).targets, [
            "get": ["pkg.cfg.get"], "sibling": ["pkg.sibling"],
        ])
        // A top-level module has no package: relative imports bind nothing.
        XCTAssertEqual(bindings(text, module: "m").targets, [:])
        XCTAssertEqual(bindings(text, module: "").targets, [:])
    }

    func testNamesBoundSeveralTimesHaveEveryTarget() {
        let bound = bindings("""
            try:
                import simplejson as json
            except ImportError:
                import json
            from json import loads
            import json
            """)
        XCTAssertEqual(bound.targets, ["json": ["simplejson", "json"], "loads": ["json.loads"]])
        XCTAssertEqual(bound.resolve(["json", "dumps"]), ["simplejson.dumps", "json.dumps"])
    }

    func testResolvingChains() {
        let bound = bindings("import os\nfrom os import environ as env\nimport a.b as c\n")
        XCTAssertEqual(bound.resolve(["os", "environ", "get"]), ["os.environ.get"])
        XCTAssertEqual(bound.resolve(["env"]), ["os.environ"])
        XCTAssertEqual(bound.resolve(["env", "get"]), ["os.environ.get"])
        XCTAssertEqual(bound.resolve(["c", "d"]), ["a.b.d"])
        XCTAssertEqual(bound.resolve(["unbound", "x"]), [])
        XCTAssertEqual(bound.resolve([]), [])
    }

    func testImportStatementsReferenceWhatTheyImport() {
        let (source, facts) = FactRendering.facts("""
            import a.b.c as d, e
            from os import environ as env, getenv
            from .cfg import get
            from .... import nothing
            from m import *
            from ..x import *
            """)
        let references = facts.imports.flatMap {
            ImportResolver.references(of: $0, moduleName: "pkg.sub.m", isPackage: false)
        }.map { "\($0.path)@\(FactRendering.at(source, $0.offset))" }
        XCTAssertEqual(references, ["a.b.c@1:8", "e@1:20", "os.environ@2:16", "os.getenv@2:32", "pkg.sub.cfg.get@3:18",
                                    "m@5:6", "pkg.x@6:6"], "a star import references its module, at its path")
    }

    func testAbsoluteModuleOfFromImports() {
        let facts = FactRendering.facts("from ..x import y\nfrom . import z\nimport w\n").facts
        XCTAssertEqual(facts.imports.map { ImportResolver.absoluteModule(of: $0, moduleName: "p.q.r", isPackage: false) },
                       ["p.x", "p.q", nil])
    }
}
