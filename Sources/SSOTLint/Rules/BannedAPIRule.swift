import PythonSource

/// `banned-api`: every reference to one of `apis` (SPEC §4).
struct BannedAPIRule: FileRule, RuleKind {
    static let name = "banned-api"
    static let keys = ["apis", "replacement"]
    static let placeholders = ["api", "replacement"]

    static let examples = (
        triggering: ["value = os.environ[\"HOME\"]      # apis: [os.environ]", "from os import environ as env",
                     "f\"{os.environ['HOME']}\"", "import os as o; o.environ.get(\"X\")"],
        nonTriggering: ["# os.environ in a comment", "\"os.environ\" in a string", "config.environ[\"HOME\"]",
                        "environ = {}   # an assignment target, not a use"])

    let common: RuleCommon
    let apis: APIList
    let replacement: String?

    var settings: [(key: String, value: String)] {
        [("apis", apis.paths.joined(separator: ", "))] + (replacement.map { [("replacement", $0)] } ?? [])
    }

    static func make(common: RuleCommon, fields: ConfigMapping) throws(ConfigurationError) -> any Rule {
        let apis = try APIList(fields.required("apis", context: "a banned-api rule"), context: "apis")
        let replacement = try fields["replacement"]?.string("replacement")
        if replacement == nil, common.message.placeholders.contains("replacement") {
            throw try fields.required("message", context: "").error(
                "the message uses {replacement} but rule '\(common.id)' has no 'replacement'")
        }
        return BannedAPIRule(common: common, apis: apis, replacement: replacement)
    }

    func check(_ file: FileContext, into findings: inout [Finding]) {
        for reference in file.references(for: common) {
            guard let api = apis.firstMatch(in: reference.targets) else { continue }
            findings.append(file.finding(common, from: reference.start, to: reference.end,
                                         message: common.message.render(["api": api, "replacement": replacement ?? ""])))
        }
    }
}

/// A list of dotted API paths and the test "a resolved path equals X or starts with X.".
struct APIList: Sendable {
    let paths: [String]

    init(_ node: ConfigNode, context: String) throws(ConfigurationError) {
        let paths = try node.stringList(context)
        if paths.isEmpty { throw node.error("\(context) must name at least one dotted path") }
        for path in paths where !APIList.isDottedPath(path) {
            throw node.error("'\(path)' in \(context) is not a dotted path like os.environ")
        }
        self.paths = paths
    }

    static func isDottedPath(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first else { return false }
            return (first.properties.isXIDStart || first == "_")
                && part.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
        }
    }

    /// The first API (in list order) that one of the resolved `targets` references.
    func firstMatch(in targets: [String]) -> String? {
        for api in paths {
            for target in targets where APIList.references(target, api) { return api }
        }
        return nil
    }

    static func references(_ target: String, _ api: String) -> Bool {
        target.utf8.count >= api.utf8.count && target.hasPrefix(api)
            && (target.utf8.count == api.utf8.count || target.utf8[target.utf8.index(target.utf8.startIndex, offsetBy: api.utf8.count)] == UInt8(ascii: "."))
    }
}
