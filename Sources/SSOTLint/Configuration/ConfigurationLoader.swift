import Foundation

/// Finds and reads `.ssotlint.yml` (SPEC §3) and the rule packs it names.
public enum ConfigurationLoader {
    public static let fileName = ".ssotlint.yml"

    static let topLevelKeys = [
        "version", "include", "exclude", "respect-gitignore", "src-roots", "categories", "rules",
        "overrides", "thresholds", "count-severities", "baseline", "cache-dir", "suppressions",
    ]

    /// Loads the configuration at `path`, or the nearest `.ssotlint.yml` found upward
    /// from `directory`; with none, the defaults and `builtin:env-access`.
    public static func load(path: String? = nil, from directory: String) throws(ConfigurationError) -> Configuration {
        guard let file = path.map({ absolute($0, from: directory) }) ?? locate(from: directory) else {
            var configuration = Configuration(file: nil, root: gitWorkTree(from: directory) ?? directory)
            configuration.categories = try defaultCategories(file: "(defaults)")
            var loader = RulePackLoader(overrides: [:], file: "(defaults)")
            configuration.rules = try loader.loadBuiltin("env-access", at: nil)
            return configuration
        }
        return try parse(try readText(file, what: "configuration file"), file: file)
    }

    /// The UTF-8 text of a configuration file or rule pack.
    static func readText(_ path: String, what: String) throws(ConfigurationError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigurationError(file: path, message: "no such \(what)")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, message: "cannot read the \(what)\(isDirectory.boolValue ? ": it is a folder" : "")")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
            throw ConfigurationError(file: path, line: line, column: column,
                                     message: "the \(what) is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    /// The 1-based line and column (in code points) of the first byte that is not UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        var previousWasCarriageReturn = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" && previousWasCarriageReturn {
                    previousWasCarriageReturn = false
                    continue
                }
                previousWasCarriageReturn = scalar == "\r"
                if scalar == "\n" || scalar == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error, .emptyInput:
                return (line, column)
            }
        }
    }

    /// The nearest `.ssotlint.yml` in `directory` or one of its parents.
    public static func locate(from directory: String) -> String? {
        var folder = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static func gitWorkTree(from directory: String) -> String? {
        var folder = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) { return folder.path }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static func absolute(_ path: String, from directory: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: directory).appendingPathComponent(path)
        return url.standardizedFileURL.path
    }

    /// Reads configuration text; `file` is its absolute path (its folder is the root).
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> Configuration {
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL.path
        var configuration = Configuration(file: file, root: root)
        guard let document = try ConfigNode.parse(text, file: file) else {
            configuration.categories = try defaultCategories(file: file)
            var loader = RulePackLoader(overrides: [:], file: file)
            configuration.rules = try loader.loadBuiltin("env-access", at: nil)
            return configuration
        }
        let top = try document.mapping(allowedKeys: topLevelKeys, context: "the configuration")
        if let version = top["version"] {
            let number = try version.int("version")
            if number != 1 {
                throw version.error("unsupported configuration version \(number); this ssotlint reads version 1")
            }
        }
        if let node = top["include"] { configuration.include = try globList(node, "include") }
        if let node = top["exclude"] { configuration.exclude = try globList(node, "exclude") }
        if let node = top["respect-gitignore"] { configuration.respectGitignore = try node.bool("respect-gitignore") }
        if let node = top["src-roots"] { configuration.srcRoots = try node.stringList("src-roots") }
        if let node = top["categories"] {
            configuration.categories = try categories(node)
            configuration.usesDefaultCategories = false
        } else {
            configuration.categories = try defaultCategories(file: file)
        }
        if let node = top["count-severities"] {
            var severities: Set<Severity> = []
            // One severity may be written without brackets, as other lists may.
            let items: [ConfigNode] = if case .scalar = node.node { [node] } else { try node.list("count-severities") }
            for item in items { severities.insert(try severity(item, "each entry of count-severities")) }
            configuration.countSeverities = severities
        }
        if let node = top["baseline"] { configuration.baseline = try node.string("baseline") }
        if let node = top["cache-dir"] { configuration.cacheDir = try node.string("cache-dir") }
        if let node = top["suppressions"] {
            let settings = try node.mapping(allowedKeys: ["require-reason"], context: "suppressions")
            if let value = settings["require-reason"] { configuration.requireReason = try value.bool("require-reason") }
        }
        let overrides = try top["overrides"].map { node throws(ConfigurationError) in
            try Dictionary(node.freeMapping(context: "overrides").map { ($0.key, ($0.keyNode, $0.value)) },
                           uniquingKeysWith: { first, _ in first })
        } ?? [:]
        var loader = RulePackLoader(overrides: overrides, file: file)
        configuration.rules = try loader.loadRules(top["rules"], configFolder: root)
        try loader.checkOverridesWereUsed()
        if let node = top["thresholds"] {
            // Files no configured category matches go to "Other", which may have a threshold too.
            let names = configuration.categories.map(\.name)
                + (configuration.usesDefaultCategories ? [] : [Category.otherName])
            configuration.thresholds = try thresholds(node, categories: names)
        }
        return configuration
    }

    static func globList(_ node: ConfigNode, _ context: String) throws(ConfigurationError) -> [String] {
        let patterns = try node.stringList(context)
        for (index, pattern) in patterns.enumerated() {
            do {
                _ = try Glob(pattern)
            } catch {
                let place = (try? node.list(context))?[index] ?? node
                throw place.error("invalid glob '\(pattern)' in \(context): \(error.message) at column \(error.column) of the pattern")
            }
        }
        return patterns
    }

    static func severity(_ node: ConfigNode, _ context: String) throws(ConfigurationError) -> Severity {
        let text = try node.string(context)
        guard let value = Severity(rawValue: text) else {
            throw node.error("\(context) must be error, warning or info, not '\(text)'")
        }
        return value
    }

    static func defaultCategories(file: String) throws(ConfigurationError) -> [Category] {
        var result: [Category] = []
        for (name, patterns) in Category.defaultPatterns {
            do { result.append(try Category(name: name, patterns: patterns)) } catch {
                throw ConfigurationError(file: file, message: "internal error in default categories: \(error)")
            }
        }
        return result
    }

    static func categories(_ node: ConfigNode) throws(ConfigurationError) -> [Category] {
        var result: [Category] = []
        for item in try node.list("categories") {
            let entry = try item.mapping(allowedKeys: ["name", "paths"], context: "a category")
            let nameNode = try entry.required("name", context: "a category")
            let name = try nameNode.string("a category's name")
            if result.contains(where: { $0.name == name }) {
                throw nameNode.error("category '\(name)' is defined twice")
            }
            let paths = try globList(try entry.required("paths", context: "category '\(name)'"), "paths of category '\(name)'")
            do { result.append(try Category(name: name, patterns: paths)) } catch {
                throw item.error("category '\(name)': \(error)")
            }
        }
        return result
    }

    static func thresholds(_ node: ConfigNode, categories: [String]) throws(ConfigurationError) -> Thresholds {
        let entries = try node.mapping(allowedKeys: ["overall", "categories"], context: "thresholds")
        var result = Thresholds()
        if let overall = entries["overall"] { result.overall = try overall.percentage("thresholds.overall") }
        if let perCategory = entries["categories"] {
            for entry in try perCategory.freeMapping(context: "thresholds.categories") {
                guard categories.contains(entry.key) else {
                    let hint = ClosestWord.suggestion(for: entry.key, among: categories).map { "; did you mean '\($0)'?" }
                        ?? "; categories are: \(categories.joined(separator: ", "))"
                    throw entry.keyNode.error("thresholds name unknown category '\(entry.key)'\(hint)")
                }
                result.categories[entry.key] = try entry.value.percentage("the threshold of '\(entry.key)'")
            }
        }
        return result
    }
}
