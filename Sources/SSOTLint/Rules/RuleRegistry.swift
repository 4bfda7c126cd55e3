/// Every rule kind ssotlint knows. Adding a kind is one file plus one line here.
public enum RuleRegistry {
    public static let kinds: [any RuleKind.Type] = [
        BannedAPIRule.self,
        DeprecatedImportRule.self,
        DuplicateDefinitionRule.self,
        CompetingPatternsRule.self,
        RegexRule.self,
    ]

    public static func kind(named name: String) -> (any RuleKind.Type)? {
        kinds.first { $0.name == name }
    }
}
