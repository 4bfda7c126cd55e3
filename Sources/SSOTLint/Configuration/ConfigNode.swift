import Yams

/// A YAML node with the file it came from, read with typed accessors whose errors say
/// where the problem is and what was expected. (Codable would lose the positions.)
public struct ConfigNode {
    public let node: Node
    public let file: String

    public init(_ node: Node, file: String) {
        self.node = node
        self.file = file
    }

    /// Parses YAML text; a syntax error becomes a positioned `ConfigurationError`.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ConfigNode? {
        do {
            // The typed reads below decide what a scalar is, so no tag resolution is needed:
            // Yams' default resolver compiles seven regular expressions first (2 ms a run).
            return try Yams.compose(yaml: text, Resolver.basic, Constructor([:], [:], [:]), .utf8)
                .map { ConfigNode($0, file: file) }
        } catch let error as YamlError {
            throw ConfigNode.describe(error, file: file)
        } catch {
            throw ConfigurationError(file: file, message: "cannot read YAML: \(error)")
        }
    }

    public var line: Int? { node.mark?.line }
    public var column: Int? { node.mark?.column }

    /// `line 3, column 5`, for messages that point at a second place in the same file.
    var place: String { "line \(line ?? 1), column \(column ?? 1)" }

    public func error(_ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: line, column: column, message: message)
    }

    var kindDescription: String {
        switch node {
        case .scalar(let scalar) where scalar.style == .plain:
            return scalar.string.isEmpty ? "an empty value" : "'\(scalar.string)'"
        // `"true"` is a string in YAML, not a boolean: say so, or the message reads "not 'true'".
        case .scalar(let scalar): return "the quoted string '\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: Typed reads

    /// The entries of a mapping, in file order, refusing keys outside `allowedKeys` and
    /// keys given twice.
    public func mapping(allowedKeys: [String], context: String) throws(ConfigurationError) -> ConfigMapping {
        guard case .mapping(let mapping) = node else {
            throw error("\(context) must be a mapping, not \(kindDescription)")
        }
        var entries: [(key: String, keyNode: ConfigNode, value: ConfigNode)] = []
        for (keyNode, value) in mapping {
            let key = ConfigNode(keyNode, file: file)
            guard case .scalar(let scalar) = keyNode else { throw key.error("\(context): keys must be plain words") }
            let name = scalar.string
            if !allowedKeys.contains(name) {
                let hint = ClosestWord.suggestion(for: name, among: allowedKeys).map { "; did you mean '\($0)'?" }
                    ?? "; valid keys: \(allowedKeys.joined(separator: ", "))"
                throw key.error("unknown key '\(name)' in \(context)\(hint)")
            }
            if let first = entries.first(where: { $0.key == name }) {
                throw key.error("key '\(name)' is given twice in \(context) (first at \(first.keyNode.place)); remove one of them")
            }
            entries.append((name, key, ConfigNode(value, file: file)))
        }
        return ConfigMapping(node: self, entries: entries)
    }

    /// A mapping whose keys are free (category names, rule ids), in file order.
    public func freeMapping(context: String) throws(ConfigurationError) -> [(key: String, keyNode: ConfigNode, value: ConfigNode)] {
        guard case .mapping(let mapping) = node else {
            throw error("\(context) must be a mapping, not \(kindDescription)")
        }
        var entries: [(key: String, keyNode: ConfigNode, value: ConfigNode)] = []
        for (keyNode, value) in mapping {
            let key = ConfigNode(keyNode, file: file)
            guard case .scalar(let scalar) = keyNode else { throw key.error("\(context): keys must be plain words") }
            if let first = entries.first(where: { $0.key == scalar.string }) {
                throw key.error("key '\(scalar.string)' is given twice in \(context) (first at \(first.keyNode.place)); remove one of them")
            }
            entries.append((scalar.string, key, ConfigNode(value, file: file)))
        }
        return entries
    }

    public func string(_ context: String) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, !(scalar.style == .plain && scalar.string.isEmpty) else {
            throw error("\(context) must be a string, not \(kindDescription)")
        }
        return scalar.string
    }

    public func bool(_ context: String) throws(ConfigurationError) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else {
            throw error("\(context) must be true or false, not \(kindDescription)")
        }
        switch scalar.string {
        case "true", "True", "TRUE", "yes": return true
        case "false", "False", "FALSE", "no": return false
        default: throw error("\(context) must be true or false, not \(kindDescription)")
        }
    }

    public func int(_ context: String) throws(ConfigurationError) -> Int {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            throw error("\(context) must be a whole number, not \(kindDescription)")
        }
        return value
    }

    /// A percentage from 0 to 100.
    public func percentage(_ context: String) throws(ConfigurationError) -> Double {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Double(scalar.string),
              value >= 0, value <= 100 else {
            throw error("\(context) must be a number from 0 to 100, not \(kindDescription)")
        }
        return value
    }

    public func list(_ context: String) throws(ConfigurationError) -> [ConfigNode] {
        guard case .sequence(let sequence) = node else {
            throw error("\(context) must be a list, not \(kindDescription)")
        }
        return sequence.map { ConfigNode($0, file: file) }
    }

    /// A list of strings; a single string is accepted as a list of one.
    public func stringList(_ context: String) throws(ConfigurationError) -> [String] {
        switch node {
        case .scalar(let scalar) where !(scalar.style == .plain && scalar.string.isEmpty):
            return [scalar.string]
        case .sequence(let sequence):
            var result: [String] = []
            for item in sequence {
                result.append(try ConfigNode(item, file: file).string("each entry of \(context)"))
            }
            return result
        default:
            throw error("\(context) must be a list of strings, not \(kindDescription)")
        }
    }
}

/// A mapping read with `ConfigNode.mapping(allowedKeys:context:)`.
public struct ConfigMapping {
    public let node: ConfigNode
    public let entries: [(key: String, keyNode: ConfigNode, value: ConfigNode)]

    public subscript(key: String) -> ConfigNode? {
        entries.first { $0.key == key }?.value
    }

    public func required(_ key: String, context: String) throws(ConfigurationError) -> ConfigNode {
        guard let value = self[key] else { throw node.error("\(context) needs '\(key)'") }
        return value
    }
}
