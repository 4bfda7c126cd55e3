/// How `--select` and `--ignore` name rules.
enum RuleSelection {
    /// An exact id, or a prefix of ids (`DUP` selects DUP001 and DUP002), as ruff does.
    static func matches(_ id: String, _ selector: String) -> Bool {
        id == selector || id.hasPrefix(selector)
    }
}
