import PythonSource

/// `duplicate-definition` (cross-file): a name defined in two or more files; every
/// definition outside `canonical` is a finding (SPEC §4).
struct DuplicateDefinitionRule: ProjectRule, RuleKind, @unchecked Sendable {
    static let name = "duplicate-definition"
    static let keys = ["names", "kinds", "scope", "canonical"]
    static let placeholders = ["name", "others"]

    enum DefinitionKind: String, CaseIterable { case function, `class`, `enum` }

    var settings: [(key: String, value: String)] {
        [("names", namesPattern), ("kinds", kinds.map(\.rawValue).sorted().joined(separator: ", ")),
         ("scope", moduleScopeOnly ? "module" : "any"),
         ("canonical", canonical.isEmpty ? "none" : canonical.map(\.pattern).joined(separator: ", "))]
    }

    let common: RuleCommon
    let namesPattern: String
    /// Nil: every name (no `names` key); the engine costs tens of thousands of
    /// instructions per name, even for `.*`.
    let names: Regex<AnyRegexOutput>?
    /// Words one of which every matching name contains (`RequiredLiteralSet`).
    let nameWords: [[UInt8]]?
    let kinds: Set<DefinitionKind>
    let moduleScopeOnly: Bool
    let canonical: [Glob]

    static func make(common: RuleCommon, fields: ConfigMapping) throws(ConfigurationError) -> any Rule {
        let names = try fields["names"].map { node throws(ConfigurationError) in try RegexRule.compile(node, "names") }
        var kinds: Set<DefinitionKind> = [.function, .class]
        if let node = fields["kinds"] {
            kinds = []
            for item in try node.list("kinds") {
                let text = try item.string("each entry of kinds")
                guard let kind = DefinitionKind(rawValue: text) else {
                    throw item.error("kinds must be function, class or enum, not '\(text)'")
                }
                kinds.insert(kind)
            }
        }
        var moduleScopeOnly = true
        if let node = fields["scope"] {
            switch try node.string("scope") {
            case "module": moduleScopeOnly = true
            case "any": moduleScopeOnly = false
            case let other: throw node.error("scope must be module or any, not '\(other)'")
            }
        }
        let canonical = try fields["canonical"].map { node throws(ConfigurationError) in
            try ConfigurationLoader.globList(node, "canonical").compactMap { try? Glob($0) }
        } ?? []
        let namesPattern = try fields["names"]?.string("names")
        return DuplicateDefinitionRule(common: common, namesPattern: namesPattern ?? ".*", names: names,
                                       nameWords: namesPattern.flatMap(RequiredLiteralSet.anyOf(in:)), kinds: kinds,
                                       moduleScopeOnly: moduleScopeOnly, canonical: canonical)
    }

    func collect(_ file: FileContext) -> [Occurrence] {
        var result: [Occurrence] = []
        for definition in file.facts.definitions {
            if common.skipTypeChecking && definition.inTypeChecking { continue }
            if moduleScopeOnly && !definition.isModuleLevel { continue }
            guard counts(definition), matches(definition.name) else { continue }
            let end = definition.offset + UInt32(definition.name.utf8.count)
            result.append(file.occurrence(key: definition.name, from: definition.offset, to: end))
        }
        return result
    }

    /// Whether `name` matches `names` whole; an ASCII name without any of `words` cannot.
    func matches(_ name: String) -> Bool {
        guard let names else { return true }
        if let words = nameWords, name.utf8.allSatisfy({ $0 < 0x80 }), !RequiredLiteralSet.containsAny(words, in: name) { return false }
        return (try? names.wholeMatch(in: name)) != nil
    }

    func counts(_ definition: DefinitionFact) -> Bool {
        switch definition.kind {
        case .function: return kinds.contains(.function)
        case .class: return kinds.contains(.class) || (kinds.contains(.enum) && Self.isEnum(definition))
        }
    }

    /// A base written as a (dotted) name whose last part ends in `Enum` or `Flag`.
    static func isEnum(_ definition: DefinitionFact) -> Bool {
        definition.baseNames.contains { base in
            let last = base.split(separator: ".").last.map(String.init) ?? base
            return last.hasSuffix("Enum") || last.hasSuffix("Flag")
        }
    }

    func findings(_ files: [FileOccurrences]) -> [Finding] {
        var byName: [String: [(path: String, occurrence: Occurrence)]] = [:]
        for file in files {
            for occurrence in file.occurrences { byName[occurrence.key, default: []].append((file.path, occurrence)) }
        }
        var findings: [Finding] = []
        for (name, definitions) in byName where Set(definitions.map(\.path)).count >= 2 {
            let sorted = definitions.sorted { a, b in
                a.path != b.path ? a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
                    : (a.occurrence.line, a.occurrence.column) < (b.occurrence.line, b.occurrence.column)
            }
            for (index, definition) in sorted.enumerated() where !isCanonical(definition.path) {
                var others = sorted
                others.remove(at: index)
                let list = others.map { "\($0.path):\($0.occurrence.line)" }.joined(separator: ", ")
                var finding = definition.occurrence.finding(
                    common, path: definition.path, message: common.message.render(["name": name, "others": list]))
                finding.related = others.map { other in
                    RelatedLocation(path: other.path, line: other.occurrence.line, column: other.occurrence.column,
                                    endLine: other.occurrence.endLine, endColumn: other.occurrence.endColumn,
                                    message: "'\(name)' is also defined here")
                }
                findings.append(finding)
            }
        }
        return findings
    }

    func isCanonical(_ path: String) -> Bool {
        canonical.contains { $0.matches(path, isDirectory: false) }
    }
}

extension DuplicateDefinitionRule {
    static let examples: [RuleExample] = [
        .reported("a matching function or class defined in two files: every definition is reported", settings: """
            names: 'create_\\w+|\\w+Manager'
            """, [
            "realtime/factory.py": """
                def create_ws_manager(url):  # expect: EX@5
                    ...

                class SessionManager:  # expect: EX@7
                    ...
                """,
            "legacy/websocket.py": """
                class SessionManager(object):  # expect: EX@7
                    pass

                async def create_ws_manager(url, retries=3):  # expect: EX@11
                    ...
                """,
        ]),
        .reported("with `kinds: [enum]`, enums only; the definition in `canonical` is left alone", settings: """
            kinds: [enum]
            canonical: ["shared/**"]
            """, [
            "shared/types.py": """
                from enum import Enum

                class Color(Enum):
                    RED = 1
                """,
            "ui/theme.py": """
                import enum

                class Color(enum.Enum):  # expect: EX@7
                    RED = "red"

                class Palette:
                    ...
                """,
            "ui/legacy.py": """
                class Palette:
                    ...
                """,
        ]),
        .notReported("one file, methods, re-exports and names that do not match", settings: """
            names: 'create_\\w+|\\w+Manager'
            """, [
            "realtime/factory.py": """
                import sys

                if sys.platform == "win32":
                    def create_ws_manager(url):
                        ...
                else:
                    def create_ws_manager(url):
                        ...

                def helper():
                    ...
                """,
            "realtime/__init__.py": """
                from .factory import create_ws_manager

                class Client:
                    def create_ws_manager(self):
                        ...

                def helper():
                    ...
                """,
        ]),
    ]
}
