import PythonSource

/// `banned-api`: every reference to one of `apis` (SPEC §4).
struct BannedAPIRule: FileRule, RuleKind, ReexportFollowing {
    static let name = "banned-api"
    static let keys = ["apis", "replacement", "follow-reexports"]
    static let placeholders = ["api", "replacement", "via"]

    let common: RuleCommon
    let apis: APIList
    let replacement: String?
    let followsReexports: Bool

    var settings: [(key: String, value: String)] {
        [("apis", apis.paths.joined(separator: ", "))] + (replacement.map { [("replacement", $0)] } ?? [])
            + [("follow-reexports", String(followsReexports))]
    }

    static func make(common: RuleCommon, fields: ConfigMapping) throws(ConfigurationError) -> any Rule {
        let apis = try APIList(fields.required("apis", context: "a banned-api rule"), context: "apis")
        let replacement = try fields["replacement"]?.string("replacement")
        if replacement == nil, common.message.placeholders.contains("replacement") {
            throw try fields.required("message", context: "").error(
                "the message uses {replacement} but rule '\(common.id)' has no 'replacement'")
        }
        return BannedAPIRule(common: common, apis: apis, replacement: replacement,
                             followsReexports: try followsReexports(fields))
    }

    var referencedRoots: Set<String> { apis.roots }

    var apiLists: [APIList] { [apis] }

    func check(_ file: FileContext, into findings: inout [Finding]) {
        for reference in file.references(for: common) where !(followsReexports && reference.leadsIntoProject) {
            guard let api = apis.firstMatch(in: reference.targets) else { continue }
            findings.append(file.finding(common, from: reference.start, to: reference.end, message: message(api: api, via: [])))
        }
    }

    func matched(_ reference: ProjectReference, path: String, list: Int, api: String, via: [String]) -> ReexportMatch {
        .finding(reference.occurrence(key: "", detail: api, via: via)
            .finding(common, path: path, message: message(api: api, via: via)))
    }

    func message(api: String, via: [String]) -> String {
        common.message.render(["api": api, "replacement": replacement ?? "", "via": via.viaText])
    }
}

extension BannedAPIRule {
    static let examples: [RuleExample] = [
        .reported("the API reached through each form of import, in code and f-string fields", settings: """
            apis: [os.environ, os.getenv]
            replacement: shared.env.get_env
            """, [
            "app.py": """
                import os
                from os import environ as env  # expect: EX@16
                from os import (
                    getenv,  # expect: EX@5
                    path,
                )

                home = os.environ["HOME"]  # expect: EX@8
                user = env.get("USER")  # expect: EX@8
                debug = getenv("DEBUG", "0")  # expect: EX@9
                print(f"home is {os.environ['HOME']}")  # expect: EX@18
                """,
        ]),
        .reported("everywhere but the one accessor module, left out with `exclude`", settings: """
            apis: [os.environ]
            exclude: ["shared/env.py"]
            """, [
            "shared/env.py": """
                import os

                def get_env(name):
                    return os.environ.get(name)
                """,
            "jobs/nightly.py": """
                import os as system

                region = system.environ["REGION"]  # expect: EX@10
                """,
        ]),
        .notReported("comments, strings, other objects' attributes and names bound by assignment", settings: """
            apis: [os.environ]
            """, [
            "app.py": """
                \"\"\"Settings come from shared.env, never from os.environ.\"\"\"
                import os
                from shared import settings

                # os.environ is read by shared.env only
                label = "os.environ"
                print(f"os.environ is {label}")
                home = settings.environ["HOME"]
                folder = os.path.join(home, "cache")
                environ = {"HOME": "/tmp"}
                environ["HOME"] = folder
                """,
        ]),
    ]
}
