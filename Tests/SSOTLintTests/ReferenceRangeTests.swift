@testable import SSOTLint
import PythonSource
import XCTest

/// A resolved reference spans its whole dotted chain, read from the source bytes.
final class ReferenceRangeTests: XCTestCase {
    func testChainsSpanAllTheirNamesWhereverTheyStart() {
        let text = """
            import os
            def f(keys):
                for k in keys:
                    del os.environ[k]
                os.environ['X'] = (os  # a comment
                    .path . join)
            """
        let source = SourceFile(utf8: Array(text.utf8))
        let scanned = SourceScanner.scan(source, chainsBoundUnder: ["os"])
        let file = FileContext(path: "m.py", moduleName: "m", source: source, summary: scanned.summary, facts: scanned.facts)
        let spans = file.resolveReferences(skippingTypeChecking: false).references.map { reference -> String in
            let (from, to) = file.span(reference.start, reference.end)
            return "\(reference.targets[0]) \(from.line):\(from.column)-\(to.line):\(to.column)"
        }
        // Line 5 starts with a DEDENT: the chain there once got an empty range.
        XCTAssertEqual(spans, ["os 1:8-1:10", "os.environ 4:13-4:23", "os.environ 5:5-5:15", "os.path.join 5:24-6:21"])
    }
}
