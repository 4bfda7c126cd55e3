import PythonSource
import XCTest

/// Dotted references (SPEC §4): what is one, and what is not.
final class FactScannerReferenceTests: XCTestCase {
    // MARK: Chains

    func testDottedChains() {
        assertReferences("""
            os.environ
            os.environ.get("X")
            f(a.b).c.d
            "".join(x)
            x = (os).environ
            (a.b).c
            """, [
                "ref os.environ@1:1", "ref os.environ.get@2:1", "ref f@3:1", "ref a.b@3:3",
                "ref x@4:9", "ref os@5:6", "ref a.b@6:2",
            ])
    }

    func testChainsAcrossLinesAndComments() {
        assertReferences("""
            x = (os
                 .  # why
                 environ)
            y = os \\
                .path
            """, ["ref os.environ@1:6", "ref os.path@4:5"])
    }

    func testKeywordsStartNoChain() {
        assertReferences("""
            x = None
            y = True or False
            if not a: pass
            z = await b
            yield c
            """, ["ref a@3:8", "ref b@4:11", "ref c@5:7"])
    }

    func testSoftKeywordsAreNamesOutsideTheirStatements() {
        assertReferences("""
            match = re.match(p, s)
            print(match, case, type, _)
            type(x).mro
            match(x)
            _("text")
            """, [
                "ref re.match@1:9", "ref p@1:18", "ref s@1:21", "ref print@2:1", "ref match@2:7",
                "ref case@2:14", "ref type@2:20", "ref _@2:26", "ref type@3:1", "ref x@3:6",
                "ref match@4:1", "ref x@4:7", "ref _@5:1",
            ])
    }

    func testNothingInCommentsStringsOrDocstrings() {
        assertReferences("""
            \"\"\"os.environ in a docstring\"\"\"
            # os.environ in a comment
            x = "os.environ" + b'os.environ' + r'''os.environ'''
            y = f"os.environ {value}"
            """, ["ref value@4:19"])
    }

    func testFStringReplacementFields() {
        assertReferences("""
            a = f"{os.environ['X']!r:>{width}} {x=} {f'{nested.name}'}"
            b = f"{d["k"]}" rf"{e:{f}.{g}}"
            c = f'''
            {h.i}'''
            """, [
                "ref os.environ@1:8", "ref width@1:28", "ref x@1:37", "ref nested.name@1:45",
                "ref d@2:8", "ref e@2:21", "ref f@2:24", "ref g@2:28", "ref h.i@4:2",
            ])
    }

    // MARK: Targets

    func testAssignmentTargetsAreNotReferences() {
        assertReferences("""
            x = a
            b, c = d
            [e, *f] = g
            h = i = j
            (k, (l, m)) = n
            o += p
            q: r
            s: t = u
            *v, = w
            """, ["ref a@1:5", "ref d@2:8", "ref g@3:11", "ref j@4:9", "ref n@5:15", "ref p@6:6",
                  "ref r@7:4", "ref t@8:4", "ref u@8:8", "ref w@9:7"])
    }

    func testTargetsThatAreNotBareNamesAreReferences() {
        assertReferences("""
            environ[0] = 1
            environ.x = 1
            os.environ['X'] = y
            a[i], b.c = d
            f(x).y = 2
            (g or h)[0] = 3
            [k][0]: int
            self.x: int = 0
            n.m += 1
            """, [
                "ref environ@1:1", "ref environ.x@2:1", "ref os.environ@3:1", "ref y@3:19",
                "ref a@4:1", "ref i@4:3", "ref b.c@4:7", "ref d@4:13", "ref f@5:1", "ref x@5:3",
                "ref g@6:2", "ref h@6:7", "ref k@7:2", "ref int@7:9", "ref self.x@8:1", "ref int@8:9",
                "ref n.m@9:1",
            ])
    }

    func testDeleteGlobalAndNonlocal() {
        assertReferences("""
            del x, y
            del (a, [b])
            del c[i], d.e
            def f():
                global g, h
                nonlocal k
            """, ["ref c@3:5", "ref i@3:7", "ref d.e@3:11"])
    }

    func testLoopWithExceptAndWalrusTargets() {
        assertReferences("""
            for x in xs: pass
            for a, (b, *c) in d: pass
            async def f():
                async for e in g: pass
                async with h as i, j as (k, l): pass
            with open(p) as fh, q as r.s: pass
            try:
                pass
            except (E, F) as err:
                pass
            while (n := next(it)) is not None: pass
            """, [
                "ref xs@1:10", "ref d@2:19", "ref g@4:20", "ref h@5:16", "ref j@5:24", "ref open@6:6",
                "ref p@6:11", "ref q@6:21", "ref r.s@6:26", "ref E@9:9", "ref F@9:12", "ref next@11:13",
                "ref it@11:18",
            ])
    }

    func testComprehensionTargets() {
        assertReferences("""
            [x for x in xs if x]
            {k: v for k, v in d.items()}
            g(y async for y in ys)
            [z for z in [z for z in zs]][0] = 1
            """, [
                "ref x@1:2", "ref xs@1:13", "ref x@1:19", "ref k@2:2", "ref v@2:5", "ref d.items@2:19",
                "ref g@3:1", "ref y@3:3", "ref ys@3:20", "ref z@4:2", "ref z@4:14", "ref zs@4:25",
            ])
    }

    func testMatchCapturesAreNotReferences() {
        assertReferences("""
            match command.split():
                case [action]: pass
                case [a, *rest]: pass
                case {"k": v, **others}: pass
                case Point(x=px, y=0) | Point3(px): pass
                case Color.RED | mod.Color.BLUE: pass
                case str() as s if s.startswith(prefix): pass
                case _: pass
            """, [
                "ref command.split@1:7", "ref Point@5:10", "ref Point3@5:29", "ref Color.RED@6:10",
                "ref mod.Color.BLUE@6:22", "ref str@7:10", "ref s.startswith@7:24", "ref prefix@7:37",
            ])
    }

    func testCaseIsANameOutsideAMatchBlock() {
        assertReferences("case = 1\nprint(case)\nmatch x:\n    case y: pass\n", [
            "ref print@2:1", "ref case@2:7", "ref x@3:7",
        ])
    }

    // MARK: Parameters and arguments

    func testParametersAreNotReferencesButAnnotationsAndDefaultsAre() {
        assertReferences("""
            def f(a, b: int = d, /, c=e, *args: T, k, kk: U = g, **kw) -> R:
                return a + args
            def h(*, x): pass
            def i(*args: *Ts): pass
            def j[T: Bound, *Ts, **P](x: T) -> P: pass
            """, [
                "ref int@1:13", "ref d@1:19", "ref e@1:27", "ref T@1:37", "ref U@1:47", "ref g@1:51",
                "ref R@1:63", "ref a@2:12", "ref args@2:16", "ref Ts@4:15", "ref Bound@5:10",
                "ref T@5:30", "ref P@5:36",
            ])
    }

    func testLambdaParametersAreNotReferences() {
        assertReferences("""
            f = lambda a, b=c, *d, e, **g: a + h
            k = lambda: m
            sorted(xs, key=lambda v: v.w)
            n = lambda p=lambda q: q, r=s * t: p
            """, [
                "ref c@1:17", "ref a@1:32", "ref h@1:36", "ref m@2:13", "ref sorted@3:1", "ref xs@3:8",
                "ref v.w@3:26", "ref q@4:24", "ref s@4:29", "ref t@4:33", "ref p@4:36",
            ])
    }

    func testKeywordArgumentNamesAreNotReferences() {
        assertReferences("""
            f(x=1, y=z, *args, **kwargs)
            class C(Base, metaclass=M): pass
            d = dict(a=b)
            """, ["ref f@1:1", "ref z@1:10", "ref args@1:14", "ref kwargs@1:22", "ref Base@2:9",
                  "ref M@2:25", "ref dict@3:5", "ref b@3:12"])
    }

    func testTypeAliasStatements() {
        assertReferences("""
            type Alias = list[int]
            type Pair[T: bound] = tuple[T, v]
            """, ["ref list@1:14", "ref int@1:19", "ref bound@2:14", "ref tuple@2:23", "ref T@2:29",
                  "ref v@2:32"])
    }

    func testOneLineBodiesAndSemicolons() {
        assertReferences("""
            if a: b = c; d = e
            else: f = g
            class K: x: int = h; y = i
            """, ["ref a@1:4", "ref c@1:11", "ref e@1:18", "ref g@2:11", "ref int@3:13", "ref h@3:19",
                  "ref i@3:26"])
    }

    func testIdentifiersAreNormalisedAsPythonDoes() {
        assertReferences("ｏｓ.ｅｎｖｉｒｏｎ\n", ["ref os.environ@1:1"])
    }

    // MARK: Robustness

    func testBrokenAndDeepInputDoesNotCrash() {
        let inputs = [
            String(repeating: "(", count: 10_000) + "x",
            String(repeating: "[", count: 300) + "a = b" + String(repeating: "]", count: 300) + " = c",
            "def f(:\n  x\n", "class (:\n", "import (\n", "from . import (a,\n", "x = 'unterminated\n",
            ")))\nx.y\n", "if TYPE_CHECKING:\n", "lambda lambda lambda: :\n", "match x:\n  case\n",
            "f\"{x\n", "\u{0}x = y\n", "async\n", "def\n", "for in :\n", "@\n", "x.\n", "del\n",
        ]
        for input in inputs {
            _ = FactRendering.facts(input)
        }
        let (source, facts) = FactRendering.facts(")))\nx.y\n")
        XCTAssertEqual(FactRendering.references(facts, source), ["ref x.y@2:1"])
    }
}
