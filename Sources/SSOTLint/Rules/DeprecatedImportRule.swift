import PythonSource

/// `deprecated-import`: imports of deprecated modules, or of deprecated names from a
/// module, with their replacement (SPEC §4).
struct DeprecatedImportRule: FileRule, RuleKind {
    static let name = "deprecated-import"
    static let keys = ["modules"]
    static let placeholders = ["module", "name", "replacement"]

    struct Entry: Sendable {
        var module: String
        /// Nil: the whole module and its submodules are deprecated.
        var names: [String]?
        var replacement: String
        var message: MessageTemplate?

        /// `path` is the module or one of its submodules.
        func covers(_ path: String) -> Bool { APIList.references(path, module) }
    }

    let common: RuleCommon
    let entries: [Entry]

    var settings: [(key: String, value: String)] {
        entries.map { entry in
            let names = entry.names.map { " (names: \($0.joined(separator: ", ")))" } ?? ""
            return ("module", "\(entry.module)\(names) -> \(entry.replacement)")
        }
    }

    static func make(common: RuleCommon, fields: ConfigMapping) throws(ConfigurationError) -> any Rule {
        var entries: [Entry] = []
        let list = try fields.required("modules", context: "a deprecated-import rule").list("modules")
        if list.isEmpty { throw fields.node.error("'modules' must list at least one module") }
        for item in list {
            let entry = try item.mapping(allowedKeys: ["module", "names", "replacement", "message"],
                                         context: "an entry of 'modules'")
            let moduleNode = try entry.required("module", context: "an entry of 'modules'")
            let module = try moduleNode.string("module")
            guard APIList.isDottedPath(module) else { throw moduleNode.error("'\(module)' is not a dotted module path") }
            entries.append(Entry(
                module: module,
                names: try entry["names"]?.stringList("names"),
                replacement: try entry.required("replacement", context: "module '\(module)'").string("replacement"),
                message: try entry["message"].map { node throws(ConfigurationError) in
                    try MessageTemplate(node, allowed: placeholders)
                }))
        }
        return DeprecatedImportRule(common: common, entries: entries)
    }

    func check(_ file: FileContext, into findings: inout [Finding]) {
        for statement in file.facts.imports where !(common.skipTypeChecking && statement.inTypeChecking) {
            switch statement.form {
            case .importModules:
                for alias in statement.names {
                    guard let entry = entries.first(where: { $0.names == nil && $0.covers(alias.name) }) else { continue }
                    report(entry, name: alias.name, at: alias.offset, length: alias.name.utf8.count, in: file, into: &findings)
                }
            case .importFrom:
                guard let module = file.absoluteModule(of: statement) else { continue }
                checkFrom(statement, module: module, in: file, into: &findings)
            }
        }
    }

    /// The first entry that matches anything in the statement decides: a whole-module
    /// entry covering its module gives one finding at the module path; otherwise each
    /// imported name is reported by its own first matching entry.
    func checkFrom(_ statement: ImportFact, module: String, in file: FileContext, into findings: inout [Finding]) {
        func nameMatch(_ entry: Entry, _ name: String) -> Bool {
            if let names = entry.names { return entry.module == module && names.contains(name) }
            return entry.module == (module.isEmpty ? name : module + "." + name)
        }
        let first = entries.firstIndex { entry in
            (entry.names == nil && entry.covers(module)) || statement.names.contains { nameMatch(entry, $0.name) }
        }
        guard let first else { return }
        if entries[first].names == nil && entries[first].covers(module) {
            let names = statement.isStar ? "*" : statement.names.map(\.name).joined(separator: ", ")
            report(entries[first], name: names, at: statement.moduleOffset, length: statement.level + statement.module.utf8.count,
                   in: file, into: &findings)
            return
        }
        for imported in statement.names {
            guard let entry = entries.first(where: { nameMatch($0, imported.name) }) else { continue }
            report(entry, name: imported.name, at: imported.offset, length: imported.name.utf8.count, in: file, into: &findings)
        }
    }

    func report(_ entry: Entry, name: String, at offset: UInt32, length: Int, in file: FileContext,
                into findings: inout [Finding]) {
        let template = entry.message ?? common.message
        let message = template.render(["module": entry.module, "name": name, "replacement": entry.replacement])
        var finding = file.finding(common, from: offset, to: offset + UInt32(length), message: message)
        finding.subject = entry.module
        findings.append(finding)
    }
}

extension DeprecatedImportRule {
    static let examples: [RuleExample] = [
        .reported("every form of import of a deprecated module, and of deprecated names", settings: """
            modules:
              - { module: legacy.config, replacement: shared.config }
              - { module: shared.old_utils, names: [load], replacement: shared.utils }
            """, [
            "app.py": """
                import legacy.config  # expect: EX@8
                import json, legacy.config.loader as loader  # expect: EX@14
                from legacy.config import load_settings  # expect: EX@6
                from legacy import config  # expect: EX@20
                from shared.old_utils import (
                    dump,
                    load,  # expect: EX@5
                )
                """,
            "legacy/cli.py": """
                from .config import load_settings  # expect: EX@6
                """,
        ]),
        .notReported("look-alike modules, other names, the parent package, uses and text", settings: """
            modules:
              - { module: legacy.config, replacement: shared.config }
              - { module: shared.old_utils, names: [load], replacement: shared.utils }
            """, [
            "app.py": """
                import legacy
                import legacy.configuration
                from shared.config import load_settings
                from shared.old_utils import dump
                # import legacy.config
                hint = "from legacy.config import load_settings"

                def reload():
                    return legacy.config.load_settings()
                """,
        ]),
    ]
}
