import Foundation

/// The baseline on disk: versioned JSON, one entry a line in file order, so that the same
/// baseline is always the same bytes and a review diff shows exactly the entries that
/// came and went.
///
/// ```json
/// {
///   "version": 1,
///   "tool": "ssotlint",
///   "entries": [
///     {"rule": "ENV001", "path": "pkg/a.py", "hash": "9f2c0a1b3d4e5f60", "index": 0}
///   ]
/// }
/// ```
public enum BaselineFile {
    /// The version this ssotlint reads and writes.
    public static let version = 1
    /// The file in the project root used when the configuration names none.
    public static let defaultName = ".ssotlint-baseline.json"

    /// The configuration's `baseline` (relative to the project root), else `defaultName`
    /// in the root.
    public static func defaultPath(for configuration: Configuration) -> String {
        let name = configuration.baseline ?? defaultName
        if name.hasPrefix("/") { return name }
        return configuration.root.hasSuffix("/") ? configuration.root + name : configuration.root + "/" + name
    }

    /// The baseline a run marks findings with: the file named by `--baseline`, which must
    /// exist, else the configuration's (or `defaultName`) when there is one.
    public static func load(named file: String?, for configuration: Configuration) throws -> Baseline? {
        if let file { return try read(file) }
        return try readIfPresent(defaultPath(for: configuration))
    }

    /// The baseline at `path`, which must exist.
    public static func read(_ path: String) throws -> Baseline {
        guard let baseline = try readIfPresent(path) else { throw BaselineError.notFound(path: path) }
        return baseline
    }

    /// The baseline at `path`, or nil when there is no file there.
    public static func readIfPresent(_ path: String) throws -> Baseline? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw BaselineError.invalid(path: path, message: "cannot read the file")
        }
        return try parse([UInt8](data), path: path)
    }

    /// Parses a baseline file's bytes; `path` names it in errors.
    public static func parse(_ bytes: [UInt8], path: String) throws -> Baseline {
        func invalid(_ message: String) -> BaselineError { .invalid(path: path, message: message) }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw invalid("not valid JSON; re-create it with `ssotlint baseline`")
        }
        guard let top = object as? [String: Any], top["tool"] as? String == "ssotlint" else {
            throw invalid("not an ssotlint baseline (it needs \"tool\": \"ssotlint\")")
        }
        guard let version = top["version"] as? Int else { throw invalid("the baseline needs an integer \"version\"") }
        if version > self.version {
            throw invalid("baseline version \(version) is newer than this ssotlint reads (\(self.version)); upgrade ssotlint")
        }
        guard version == self.version else { throw invalid("unknown baseline version \(version)") }
        guard let list = top["entries"] as? [Any] else { throw invalid("the baseline needs an \"entries\" array") }
        var entries: [Baseline.Entry] = []
        entries.reserveCapacity(list.count)
        for (number, item) in list.enumerated() {
            guard let fields = item as? [String: Any], let rule = fields["rule"] as? String,
                  let path = fields["path"] as? String, let hash = fields["hash"] as? String,
                  let index = fields["index"] as? Int, index >= 0 else {
                throw invalid("entry \(number + 1) needs string \"rule\", \"path\" and \"hash\" and an integer \"index\" of 0 or more")
            }
            entries.append(Baseline.Entry(rule: rule, path: path, hash: hash, index: index))
        }
        return Baseline(entries: entries)
    }

    /// The file's text: fixed key order, entries in file order, one a line.
    public static func render(_ baseline: Baseline) -> String {
        var lines = ["{", "  \"version\": \(version),", "  \"tool\": \"ssotlint\","]
        if baseline.entries.isEmpty {
            lines.append("  \"entries\": []")
        } else {
            lines.append("  \"entries\": [")
            for (number, entry) in baseline.entries.enumerated() {
                let separator = number == baseline.entries.count - 1 ? "" : ","
                lines.append("    {\"rule\": \(JSONText.quoted(entry.rule)), \"path\": \(JSONText.quoted(entry.path)), "
                    + "\"hash\": \(JSONText.quoted(entry.hash)), \"index\": \(entry.index)}\(separator)")
            }
            lines.append("  ]")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the baseline atomically: an interrupted run leaves the previous file whole.
    public static func write(_ baseline: Baseline, to path: String) throws {
        try AtomicFile.write(render(baseline), to: path)
    }
}

/// A baseline file that is missing or cannot be used; one line for people.
public enum BaselineError: Error, Equatable, CustomStringConvertible, Sendable {
    case notFound(path: String)
    case invalid(path: String, message: String)

    public var description: String {
        switch self {
        case .notFound(let path): return "baseline file not found: \(path)"
        case .invalid(let path, let message): return "\(path): \(message)"
        }
    }
}
