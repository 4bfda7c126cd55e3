import PythonSource

/// Facts as short lines of text, so that a test reads as Python and the facts it must
/// yield. Positions are 1-based `line:column` (code points); `tc` marks facts inside an
/// `if TYPE_CHECKING:` body. The same lines are printed by scripts/oracle/facts_oracle.py.
///
///     import@1:1 a.b@1:8 as c, d@1:18
///     from@2:1 ..m@2:6 import x@2:17 as y, z@2:25        from@3:1 m@3:6 import *
///     def f@4:5 nested tc                                 class A(B, m.C)@5:7
///     ref os.environ@6:1
///     ignore[A, B] -- why@7:10                            ignore-file own@1:1
enum FactRendering {
    static func facts(_ text: String) -> (source: SourceFile, facts: FileFacts) {
        let source = SourceFile(utf8: Array(text.utf8))
        return (source, FactScanner.scan(source, Tokenizer.tokenize(source)))
    }

    static func at(_ source: SourceFile, _ offset: UInt32) -> String {
        let position = source.position(of: offset)
        return "\(position.line):\(position.column)"
    }

    static func imports(_ facts: FileFacts, _ source: SourceFile) -> [String] {
        facts.imports.map { fact in
            let names = fact.isStar ? "*" : fact.names.map { name in
                "\(name.name)@\(at(source, name.offset))" + (name.alias.map { " as \($0)" } ?? "")
            }.joined(separator: ", ")
            let head: String
            switch fact.form {
            case .importModules:
                head = "import@\(at(source, fact.offset)) "
            case .importFrom:
                let module = String(repeating: ".", count: fact.level) + fact.module
                head = "from@\(at(source, fact.offset)) \(module)@\(at(source, fact.moduleOffset)) import "
            }
            return head + names + (fact.inTypeChecking ? " tc" : "")
        }
    }

    static func definitions(_ facts: FileFacts, _ source: SourceFile) -> [String] {
        facts.definitions.map { fact in
            let head: String
            switch fact.kind {
            case .function: head = "def \(fact.name)"
            case .class: head = "class \(fact.name)(\(fact.baseNames.joined(separator: ", ")))"
            }
            return head + "@\(at(source, fact.offset))" + (fact.isModuleLevel ? "" : " nested")
                + (fact.inTypeChecking ? " tc" : "")
        }
    }

    static func references(_ facts: FileFacts, _ source: SourceFile) -> [String] {
        facts.references.map {
            "ref \($0.parts.joined(separator: "."))@\(at(source, $0.offset))" + ($0.inTypeChecking ? " tc" : "")
        }
    }

    static func directives(_ facts: FileFacts, _ source: SourceFile) -> [String] {
        facts.directives.map { fact in
            var text = fact.scope == .file ? "ignore-file" : "ignore"
            if !fact.ruleIDs.isEmpty { text += "[\(fact.ruleIDs.joined(separator: ", "))]" }
            if let reason = fact.reason { text += " -- \(reason)" }
            return text + "@\(at(source, fact.offset))" + (fact.isOnOwnLine ? " own" : "")
        }
    }
}
