// Generated from Rules/*.yml by scripts/embed_rule_packs.py; edit those files, then rerun it.
// A test checks that this file matches them.

/// The built-in rule packs, compiled in so the binary works wherever it is copied.
public enum BuiltinRulePacks {
    public static let packs: [String: String] = [
        "duplicate-factories": #"""
            # builtin:duplicate-factories — factories, managers and enums defined more than once.
            # Name the files that hold the single source of truth with `canonical`:
            #   overrides:
            #     DUP001: { canonical: ["shared/factories/**"] }
            rules:
              - id: DUP001
                kind: duplicate-definition
                severity: error
                message: "factory or manager '{name}' is also defined at {others}; keep one definition and import it"
                names: '(create|get|make|build)_\w+_(factory|manager)|\w+(Factory|Manager)'
                kinds: [function, class]
                docs: >-
                  A factory or manager defined in several modules is several sources of truth: callers
                  pick one at random and they drift apart. Keep one definition, import it everywhere
                  else, and mark its file with `canonical`.
              - id: DUP002
                kind: duplicate-definition
                severity: warning
                message: "enum '{name}' is also defined at {others}; keep one definition and import it"
                kinds: [enum]
                docs: >-
                  The same enum defined in several modules gives values that look equal but are not
                  (`A.Color.RED != B.Color.RED`). Keep one definition and import it.
            """#,
        "env-access": #"""
            # builtin:env-access — direct access to the process environment.
            # Point `replacement` at your project's accessor and exclude the accessor's own module:
            #   overrides:
            #     ENV001: { replacement: myapp.settings.get_env, exclude: ["myapp/settings.py"] }
            rules:
              - id: ENV001
                kind: banned-api
                severity: error
                message: "direct environment access through {api}; use {replacement}"
                apis: [os.environ, os.environb, os.getenv, os.getenvb, os.putenv, os.unsetenv]
                replacement: shared.isolated_environment.get_env
                docs: >-
                  Reads and writes of the process environment belong in one sanctioned accessor.
                  Direct access through os.environ, os.getenv and friends scatters configuration
                  across the code base, hides which settings a service depends on and defeats
                  environment isolation in tests. Call the accessor instead, and exclude the
                  accessor's own module from this rule.
            """#,
    ]
}
