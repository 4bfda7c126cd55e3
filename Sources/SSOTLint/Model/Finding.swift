/// One reported problem. Positions are 1-based; columns count Unicode code points.
public struct Finding: Sendable, Equatable {
    public var ruleID: String
    public var severity: Severity
    /// Relative to the project root, with `/`.
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var message: String
    /// Silenced by a `# ssotlint: ignore` comment.
    public var isSuppressed = false
    /// Recorded in the baseline.
    public var isBaselined = false
    /// `LineFingerprint` of the finding's line: what baselines and SARIF match on.
    public var lineHash = ""
    /// For a match reached only through re-exports or aliases (SPEC §4): a shortest chain
    /// of paths from the reference's resolved path to the matched one; empty otherwise.
    public var via: [String] = []
    /// Other places that explain the finding (the other definitions of a duplicate);
    /// the language server shows them as related information.
    public var related: [RelatedLocation] = []
    /// What a migration report counts the finding under: the deprecated module of a
    /// `deprecated-import` finding; empty for other kinds.
    public var subject = ""

    public init(ruleID: String, severity: Severity, path: String, line: Int, column: Int,
                endLine: Int, endColumn: Int, message: String) {
        self.ruleID = ruleID
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.message = message
    }

    /// The message with the `via` chain after it, as people read it (text, SARIF and the
    /// other human-facing formats), unless the message's `{via}` already shows it.
    public var messageWithVia: String {
        guard !via.isEmpty else { return message }
        let chain = via.viaText
        return message.contains(chain) ? message : message + " (via " + chain + ")"
    }

    /// Output order: path, line, column, rule id (SPEC §7), then message for total order.
    public static func outputOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.path != b.path { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}

/// A place in another file (or the same one) that a finding refers to.
public struct RelatedLocation: Sendable, Equatable {
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var message: String

    public init(path: String, line: Int, column: Int, endLine: Int, endColumn: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.message = message
    }
}

/// Ids of the findings ssotlint itself produces, which no rule pack defines.
public enum BuiltinFindingID {
    public static let syntaxError = "syntax-error"
    public static let encodingError = "encoding-error"
    public static let unreadableFile = "unreadable-file"
    public static let unusedSuppression = "unused-suppression"
    public static let suppressionWithoutReason = "suppression-without-reason"
    public static let forbiddenSuppression = "forbidden-suppression"
}
