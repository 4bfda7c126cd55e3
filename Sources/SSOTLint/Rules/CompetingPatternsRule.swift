import PythonSource

/// `competing-patterns` (cross-file): several ways of doing one thing in use at once.
/// References to every pattern but the canonical one are findings (SPEC §4).
struct CompetingPatternsRule: ProjectRule, RuleKind, ReexportFollowing {
    static let name = "competing-patterns"
    static let keys = ["patterns", "follow-reexports"]
    static let placeholders = ["api", "pattern", "canonical", "via"]

    struct Pattern: Sendable {
        var name: String
        var apis: APIList
    }

    var settings: [(key: String, value: String)] {
        patterns.enumerated().map { index, pattern in
            ("pattern", "\(pattern.name)\(index == declaredCanonical ? " (canonical)" : ""): \(pattern.apis.paths.joined(separator: ", "))")
        } + [("follow-reexports", String(followsReexports))]
    }

    let common: RuleCommon
    let patterns: [Pattern]
    /// The index of the pattern declared canonical, if any.
    let declaredCanonical: Int?
    let followsReexports: Bool

    static func make(common: RuleCommon, fields: ConfigMapping) throws(ConfigurationError) -> any Rule {
        var patterns: [Pattern] = []
        var canonical: Int?
        let list = try fields.required("patterns", context: "a competing-patterns rule").list("patterns")
        if list.count < 2 { throw fields.node.error("'patterns' must list at least two patterns") }
        for item in list {
            let entry = try item.mapping(allowedKeys: ["name", "apis", "canonical"], context: "a pattern")
            let nameNode = try entry.required("name", context: "a pattern")
            let name = try nameNode.string("a pattern's name")
            if patterns.contains(where: { $0.name == name }) { throw nameNode.error("pattern '\(name)' is listed twice") }
            if let flag = entry["canonical"], try flag.bool("canonical") {
                if let first = canonical {
                    throw flag.error("only one pattern may be canonical; '\(patterns[first].name)' already is")
                }
                canonical = patterns.count
            }
            patterns.append(Pattern(name: name, apis: try APIList(try entry.required("apis", context: "pattern '\(name)'"),
                                                                  context: "apis of pattern '\(name)'")))
        }
        return CompetingPatternsRule(common: common, patterns: patterns, declaredCanonical: canonical,
                                     followsReexports: try followsReexports(fields))
    }

    /// One occurrence per reference to a pattern's API: key is the pattern's index.
    var referencedRoots: Set<String> { patterns.reduce(into: []) { $0.formUnion($1.apis.roots) } }

    func collect(_ file: FileContext) -> [Occurrence] {
        var result: [Occurrence] = []
        for reference in file.references(for: common) where !(followsReexports && reference.leadsIntoProject) {
            for (index, pattern) in patterns.enumerated() {
                guard let api = pattern.apis.firstMatch(in: reference.targets) else { continue }
                result.append(file.occurrence(key: String(index), from: reference.start, to: reference.end, detail: api))
                break
            }
        }
        return result
    }

    var apiLists: [APIList] { patterns.map(\.apis) }

    func matched(_ reference: ProjectReference, path: String, list: Int, api: String, via: [String]) -> ReexportMatch {
        .occurrence(reference.occurrence(key: String(list), detail: api, via: via))
    }

    /// Files using each pattern, in list order.
    func distribution(_ files: [FileOccurrences]) -> [(name: String, files: Int)] {
        var counts = Array(repeating: 0, count: patterns.count)
        for file in files {
            for index in Set(file.occurrences.compactMap { Int($0.key) }) { counts[index] += 1 }
        }
        return zip(patterns, counts).map { ($0.name, $1) }
    }

    /// The declared canonical pattern, else the one most files use (ties: the first
    /// listed) once two or more are in use; nil when there is nothing to report.
    func canonical(_ files: [FileOccurrences]) -> Int? {
        if let declaredCanonical { return declaredCanonical }
        let counts = distribution(files).map(\.files)
        guard counts.filter({ $0 > 0 }).count >= 2, let best = counts.max() else { return nil }
        return counts.firstIndex(of: best)
    }

    func findings(_ files: [FileOccurrences]) -> [Finding] {
        guard let canonical = canonical(files) else { return [] }
        var findings: [Finding] = []
        for file in files {
            for occurrence in file.occurrences {
                guard let index = Int(occurrence.key), index != canonical else { continue }
                let message = common.message.render([
                    "api": occurrence.detail, "pattern": patterns[index].name, "canonical": patterns[canonical].name,
                    "via": occurrence.via.viaText,
                ])
                findings.append(occurrence.finding(common, path: file.path, message: message))
            }
        }
        return findings
    }
}

extension CompetingPatternsRule {
    static let examples: [RuleExample] = [
        .reported("every reference to a pattern other than the declared canonical one", settings: """
            patterns:
              - { name: factory, apis: [ws.factory.get_manager], canonical: true }
              - { name: legacy, apis: [ws.legacy.WebSocketManager] }
            """, [
            "chat.py": """
                from ws.factory import get_manager

                manager = get_manager()
                """,
            "alerts.py": """
                import ws.legacy
                from ws.legacy import WebSocketManager  # expect: EX@23

                manager = WebSocketManager()  # expect: EX@11
                backup = ws.legacy.WebSocketManager(retries=3)  # expect: EX@10
                """,
        ]),
        .reported("without a declared canonical pattern, the one most files use wins", settings: """
            patterns:
              - { name: factory, apis: [ws.factory.get_manager] }
              - { name: legacy, apis: [ws.legacy.WebSocketManager] }
            """, [
            "chat.py": """
                from ws import factory

                manager = factory.get_manager()
                """,
            "feed.py": """
                import ws.factory as wsf

                manager = wsf.get_manager()
                """,
            "alerts.py": """
                import ws.legacy

                manager = ws.legacy.WebSocketManager()  # expect: EX@11
                """,
        ]),
        .notReported("only one pattern in use; mentions in comments and strings do not count", settings: """
            patterns:
              - { name: factory, apis: [ws.factory.get_manager] }
              - { name: legacy, apis: [ws.legacy.WebSocketManager] }
            """, [
            "chat.py": """
                from ws.legacy import WebSocketManager

                manager = WebSocketManager()
                """,
            "alerts.py": """
                import ws.legacy

                # to be replaced by ws.factory.get_manager()
                manager = ws.legacy.WebSocketManager()
                hint = "ws.factory.get_manager"
                """,
        ]),
    ]
}
