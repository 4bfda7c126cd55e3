/// The commented `.ssotlint.yml` that `ssotlint init` writes (SPEC §2): the settings a
/// project needs on day one, filled in from its layout, and a commented-out example of
/// every other key and of every rule kind, ready to be uncommented.
public enum StarterConfiguration {
    /// The file's text. With `examplesEnabled`, the examples are written as live YAML
    /// (for tests: the uncommented file must load too).
    public static func text(for layout: ProjectLayout, examplesEnabled: Bool = false) -> String {
        var lines: [String] = []
        /// Example lines: commented out after their indentation, as an editor's
        /// "toggle comment" does, unless examples are enabled.
        func example(_ indent: String, _ block: [String]) {
            lines += block.map { examplesEnabled ? indent + $0 : indent + "# " + $0 }
        }

        lines += [
            "# ssotlint configuration, written by `ssotlint init`. Its folder is the project root:",
            "# globs and rule-pack paths are relative to it. Every key is described in the README.",
            "version: 1",
            "",
            "# The files analysed. .gitignore is honoured too, and folders such as .venv, venv,",
            "# __pycache__ and node_modules are always skipped.",
            "include: [\"**/*.py\"]",
            "exclude: [\"build/\", \"dist/\"]",
            "respect-gitignore: true",
            "",
            "# Where module names start, like ruff's `src`: with [\"src\"], src/app/db.py is app.db.",
            layout.srcRoots == ["."] ? "# (No src/ layout was found.)" : "# (Detected: src/ holds Python code.)",
            "src-roots: \(flowList(layout.srcRoots))",
            "",
            "# Compliance is scored per category; the first category that matches a file holds it.",
            layout.testFolders.isEmpty ? "# (No test folder was found; test files are recognised by name.)"
                : "# (Detected test folders: \(layout.testFolders.joined(separator: ", ")).)",
            "categories:",
            "  - name: Tests",
            "    paths: \(flowList(layout.testFolders + ["test_*.py", "*_test.py", "conftest.py"]))",
            "  - name: Source",
            "    paths: [\"**\"]",
            "",
            "# Rule packs (built-in ones, or your own YAML files by path) and inline rules.",
            "rules:",
            "  # ENV001: direct environment access (os.environ, os.getenv, ...). See `overrides` below.",
            "  - builtin:env-access",
            "  # DUP001/DUP002: factories, managers and enums defined in more than one file.",
        ]
        example("  ", ["- builtin:duplicate-factories"])
        lines += ["  # A pack of your own, relative to this file:", "  # - Rules/ssot-core.yml"]
        for rule in ruleExamples {
            lines += ["  #"] + rule.summary.map { "  # " + $0 }
            example("  ", rule.yaml)
        }
        lines += [
            "",
            "# Adjust any rule by id, built-in ones included (`exclude` here adds to the rule's own).",
            "# Point ENV001 at your accessor and exclude the one module allowed to read the environment:",
        ]
        example("", [
            "overrides:",
            "  ENV001:",
            "    replacement: myapp.settings.get_env",
            "    exclude: [\"myapp/settings.py\"]",
        ])
        lines += ["", "# `ssotlint report` fails below these scores (percent of compliant files)."]
        example("", ["thresholds:", "  overall: 95", "  categories: { Source: 100 }"])
        lines += [
            "",
            "# The severities that make a file non-compliant.",
            "count-severities: [error, warning]",
            "# `ssotlint baseline` records today's findings here (commit it); `check` then fails on new ones only.",
            "baseline: .ssotlint-baseline.json",
            "cache-dir: .ssotlint_cache",
            "",
            "# Require a reason on every suppression: `# ssotlint: ignore[ENV001] -- read once at start-up`.",
        ]
        example("", ["suppressions: { require-reason: true }"])
        return lines.joined(separator: "\n") + "\n"
    }

    /// One example per rule kind: what it is for, and a rule of that kind.
    static let ruleExamples: [(summary: [String], yaml: [String])] = [
        (["banned-api: calls and attribute uses of dotted paths, with their replacement."], [
            "- id: SSOT010",
            "  kind: banned-api",
            "  severity: error",
            "  message: \"use {replacement} instead of {api}\"",
            "  apis: [requests.get, requests.post]",
            "  replacement: myapp.http.client",
            "  exclude: [\"myapp/http/**\"]",
        ]),
        (["deprecated-import: imports of old modules (or of names in them); `check --fix` rewrites them."], [
            "- id: SSOT020",
            "  kind: deprecated-import",
            "  severity: warning",
            "  message: \"{module} is deprecated; import {replacement}\"",
            "  modules:",
            "    - { module: myapp.legacy_config, replacement: myapp.config }",
            "    - { module: myapp.utils, names: [load_json], replacement: myapp.serialization }",
        ]),
        (["duplicate-definition: a name defined in several files; `canonical` marks the true source."], [
            "- id: SSOT030",
            "  kind: duplicate-definition",
            "  severity: error",
            "  message: \"{name} is also defined at {others}\"",
            "  names: '\\w+Client'",
            "  kinds: [function, class]",
            "  canonical: [\"myapp/clients/**\"]",
        ]),
        (["competing-patterns: two ways of doing one thing; references to the non-canonical one."], [
            "- id: SSOT040",
            "  kind: competing-patterns",
            "  severity: error",
            "  message: \"{api} is the {pattern} way; use the {canonical} way\"",
            "  patterns:",
            "    - { name: factory, apis: [myapp.ws.get_manager], canonical: true }",
            "    - { name: direct, apis: [myapp.ws.legacy.WebSocketManager] }",
        ]),
        (["regex: a regular expression on each line, in code, comments or strings."], [
            "- id: SSOT050",
            "  kind: regex",
            "  severity: info",
            "  message: \"debug print: {match}\"",
            "  pattern: 'print\\('",
            "  in: code",
        ]),
    ]

    /// `["a", "b"]`: YAML flow list of double-quoted strings.
    static func flowList(_ items: [String]) -> String {
        "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
}
