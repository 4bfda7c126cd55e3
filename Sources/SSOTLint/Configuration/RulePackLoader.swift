import Foundation

/// Reads the `rules:` list of a configuration: rule packs (files or `builtin:NAME`) and
/// inline rules, applying `overrides` by id and refusing duplicate ids.
struct RulePackLoader {
    static let commonKeys = ["id", "kind", "severity", "message", "paths", "exclude", "docs", "suppressible",
                             "skip-type-checking"]

    let overrides: [String: (keyNode: ConfigNode, value: ConfigNode)]
    let file: String
    private var usedOverrides: Set<String> = []
    private var origins: [String: String] = [:]
    /// Where each rule's id is written, `file:line:col`, for duplicate-id errors.
    private var idPlaces: [String: String] = [:]
    /// The packs already loaded (absolute paths or `builtin:NAME`) and where each was listed.
    private var loadedPacks: [String: ConfigNode] = [:]
    private var rules: [any Rule] = []

    init(overrides: [String: (keyNode: ConfigNode, value: ConfigNode)], file: String) {
        self.overrides = overrides
        self.file = file
    }

    /// The rules of the `rules:` list; without one, `builtin:env-access`.
    mutating func loadRules(_ node: ConfigNode?, configFolder: String) throws(ConfigurationError) -> [any Rule] {
        guard let node else { return try loadBuiltin("env-access", at: nil) }
        for item in try node.list("rules") {
            if case .scalar = item.node {
                try loadPack(try item.string("a rule pack"), at: item, configFolder: configFolder)
            } else {
                rules.append(try decodeRule(item))
            }
        }
        return rules
    }

    mutating func loadBuiltin(_ name: String, at node: ConfigNode?) throws(ConfigurationError) -> [any Rule] {
        guard let text = BuiltinRulePacks.packs[name] else {
            let names = BuiltinRulePacks.packs.keys.sorted()
            let hint = ClosestWord.suggestion(for: name, among: names).map { "; did you mean 'builtin:\($0)'?" }
                ?? "; built-in packs: \(names.map { "builtin:\($0)" }.joined(separator: ", "))"
            throw node?.error("unknown built-in rule pack 'builtin:\(name)'\(hint)")
                ?? ConfigurationError(file: file, message: "unknown built-in rule pack 'builtin:\(name)'")
        }
        try loadPackText(text, file: "builtin:\(name)")
        return rules
    }

    mutating func loadPack(_ reference: String, at node: ConfigNode, configFolder: String) throws(ConfigurationError) {
        let isBuiltin = reference.hasPrefix("builtin:")
        let path = isBuiltin ? reference
            : reference.hasPrefix("/") ? URL(fileURLWithPath: reference).standardizedFileURL.path
            : URL(fileURLWithPath: configFolder).appendingPathComponent(reference).standardizedFileURL.path
        // Loading a pack twice would report its every rule as a duplicate id, inside the pack.
        if let first = loadedPacks[path] {
            throw node.error("rule pack '\(reference)' is listed twice in 'rules' (first at \(first.place)); remove one of them")
        }
        loadedPacks[path] = node
        if isBuiltin {
            _ = try loadBuiltin(String(reference.dropFirst("builtin:".count)), at: node)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw node.error("rule pack '\(reference)' not found (looked for \(path)); "
                             + "paths of rule packs are relative to the configuration's folder")
        }
        try loadPackText(try ConfigurationLoader.readText(path, what: "rule pack"), file: path)
    }

    mutating func loadPackText(_ text: String, file: String) throws(ConfigurationError) {
        guard let document = try ConfigNode.parse(text, file: file) else {
            throw ConfigurationError(file: file, line: 1, column: 1,
                                     message: "the rule pack is empty; it needs a top-level 'rules:' list")
        }
        let pack = try document.mapping(allowedKeys: ["rules"], context: "a rule pack")
        for item in try pack.required("rules", context: "a rule pack").list("rules") {
            rules.append(try decodeRule(item))
        }
    }

    mutating func decodeRule(_ node: ConfigNode) throws(ConfigurationError) -> any Rule {
        let loose = try node.freeMapping(context: "a rule")
        let names = RuleRegistry.kinds.map { $0.name }
        guard let kindEntry = loose.first(where: { $0.key == "kind" }) else {
            throw node.error("a rule needs 'kind' (one of \(names.joined(separator: ", ")))")
        }
        let kindName = try kindEntry.value.string("kind")
        guard let kind = RuleRegistry.kind(named: kindName) else {
            let hint = ClosestWord.suggestion(for: kindName, among: names).map { "; did you mean '\($0)'?" }
                ?? "; kinds: \(names.joined(separator: ", "))"
            throw kindEntry.value.error("unknown rule kind '\(kindName)'\(hint)")
        }
        let entries = try node.mapping(allowedKeys: Self.commonKeys + kind.keys, context: "a \(kindName) rule")
        let idNode = try entries.required("id", context: "a rule")
        let id = try idNode.string("id")
        guard Self.isValidID(id) else {
            throw idNode.error("invalid rule id '\(id)': use a letter, then letters, digits, '_' or '-'")
        }
        if let first = idPlaces[id] {
            throw idNode.error("duplicate rule id '\(id)' (first defined at \(first)); give each rule its own id")
        }
        let origin = "\(node.file):\(node.line ?? 0)"
        origins[id] = origin
        idPlaces[id] = "\(idNode.file):\(idNode.line ?? 0):\(idNode.column ?? 0)"

        var merged = entries.entries
        var extraExcludes: [String] = []
        if let override = overrides[id] {
            usedOverrides.insert(id)
            let allowed = Self.commonKeys.filter { $0 != "id" && $0 != "kind" } + kind.keys
            if let fixed = try override.value.freeMapping(context: "overrides of '\(id)'")
                .first(where: { $0.key == "id" || $0.key == "kind" }) {
                throw fixed.keyNode.error("overrides cannot change a rule's '\(fixed.key)'; define a new rule instead")
            }
            let changes = try override.value.mapping(allowedKeys: allowed, context: "overrides of '\(id)'")
            for change in changes.entries {
                if change.key == "exclude" {
                    extraExcludes = try ConfigurationLoader.globList(change.value, "exclude of '\(id)'")
                } else if let index = merged.firstIndex(where: { $0.key == change.key }) {
                    merged[index] = change
                } else {
                    merged.append(change)
                }
            }
        }
        let fields = ConfigMapping(node: node, entries: merged)
        let common = try decodeCommon(fields, id: id, kind: kind, extraExcludes: extraExcludes, origin: origin)
        return try kind.make(common: common, fields: fields)
    }

    func decodeCommon(_ fields: ConfigMapping, id: String, kind: any RuleKind.Type, extraExcludes: [String],
                      origin: String) throws(ConfigurationError) -> RuleCommon {
        let severity = try ConfigurationLoader.severity(try fields.required("severity", context: "rule '\(id)'"),
                                                        "severity of '\(id)'")
        let message = try MessageTemplate(try fields.required("message", context: "rule '\(id)'"),
                                          allowed: kind.placeholders)
        let paths = try fields["paths"].map { node throws(ConfigurationError) in
            try ConfigurationLoader.globList(node, "paths of '\(id)'")
        } ?? []
        let exclude = (try fields["exclude"].map { node throws(ConfigurationError) in
            try ConfigurationLoader.globList(node, "exclude of '\(id)'")
        } ?? []) + extraExcludes
        return RuleCommon(
            id: id, kind: kind.name, severity: severity, message: message,
            paths: paths.compactMap { try? Glob($0) }, exclude: exclude.compactMap { try? Glob($0) },
            pathPatterns: paths, excludePatterns: exclude,
            docs: try fields["docs"]?.string("docs of '\(id)'") ?? message.text,
            suppressible: try fields["suppressible"]?.bool("suppressible") ?? true,
            skipTypeChecking: try fields["skip-type-checking"]?.bool("skip-type-checking") ?? false,
            origin: origin)
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }

    func checkOverridesWereUsed() throws(ConfigurationError) {
        let known = Array(origins.keys).sorted()
        for (id, entry) in overrides.sorted(by: { $0.key < $1.key }) where !usedOverrides.contains(id) {
            let hint = ClosestWord.suggestion(for: id, among: known).map { "; did you mean '\($0)'?" } ?? ""
            throw entry.keyNode.error("overrides name unknown rule '\(id)'\(hint)")
        }
    }
}
