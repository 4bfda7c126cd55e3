/// What the rules need to know about one file, gathered in one pass over its tokens.
/// Knows nothing of rules or configuration; offsets are byte offsets into the
/// file's decoded UTF-8 text (turn them into positions with `SourceFile.position(of:)`).
public struct FileFacts: Sendable, Equatable {
    public var imports: [ImportFact] = []
    public var definitions: [DefinitionFact] = []
    public var references: [ReferenceFact] = []
    public var directives: [DirectiveFact] = []
    /// Module-level `n = a.b.c` assignments (SPEC §4, following re-exports).
    public var aliases: [AliasFact] = []
    /// Module-level plain assignments `__all__ = …` with one target, in source order.
    public var allAssignments: [AllAssignmentFact] = []
    /// The prefixes of the dotted chains, when the scan was asked for them.
    public var chainPrefixes: ChainPrefixes?

    public init() {}
}

/// A module-level assignment statement with exactly one target, a bare name, whose value
/// is exactly a dotted name chain: `WebSocketManager = UnifiedWebSocketManager`,
/// `get = impl.config.get`. No call, subscript, operator or parentheses.
public struct AliasFact: Sendable, Equatable {
    public var name: String
    /// The chain's parts, `["impl", "config", "get"]`.
    public var value: [String]
    /// Offset of the assigned name.
    public var offset: UInt32

    public init(name: String, value: [String], offset: UInt32) {
        self.name = name
        self.value = value
        self.offset = offset
    }
}

/// A module-level `__all__ = …` with one target.
public struct AllAssignmentFact: Sendable, Equatable {
    /// The strings when the value is a list or tuple of plain string literals; nil otherwise.
    public var names: [String]?
    public var offset: UInt32

    public init(names: [String]?, offset: UInt32) {
        self.names = names
        self.offset = offset
    }
}

/// One `import ...` or `from ... import ...` statement, wherever it is in the file.
public struct ImportFact: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        /// `import a.b.c [as d], e`
        case importModules
        /// `from [.]*m.n import x [as y], ...` or `from m import *`
        case importFrom
    }

    public var form: Form
    /// For `from`: the number of leading dots (0 for an absolute import).
    public var level: Int
    /// For `from`: the dotted module after the dots (`""` for `from . import x`).
    public var module: String
    /// For `from`: offset of the first token of the module path (the first `.` of a
    /// relative one).
    public var moduleOffset: UInt32
    /// For `from`: end offset of the module path's last token.
    public var moduleEnd: UInt32
    /// For `import`: each dotted module with its alias; for `from`: each imported name
    /// with its alias. Empty for a star import.
    public var names: [ImportedName]
    /// `from m import *`
    public var isStar: Bool
    /// Inside the body of `if TYPE_CHECKING:` / `if M.TYPE_CHECKING:` (see `ReferenceFact`).
    public var inTypeChecking: Bool
    /// Offset of the `import` or `from` keyword.
    public var offset: UInt32
    /// Not nested in a `def` or `class` (SPEC §4: module-level statements export).
    public var isModuleLevel: Bool

    public init(form: Form, level: Int = 0, module: String = "", moduleOffset: UInt32 = 0, moduleEnd: UInt32 = 0,
                names: [ImportedName], isStar: Bool = false, inTypeChecking: Bool = false, offset: UInt32,
                isModuleLevel: Bool = true) {
        self.form = form
        self.level = level
        self.module = module
        self.moduleOffset = moduleOffset
        self.moduleEnd = moduleEnd
        self.isModuleLevel = isModuleLevel
        self.names = names
        self.isStar = isStar
        self.inTypeChecking = inTypeChecking
        self.offset = offset
    }
}

public struct ImportedName: Sendable, Equatable {
    /// `a.b.c` for `import a.b.c`; `x` for `from m import x`.
    public var name: String
    public var alias: String?
    /// Offset of the name's first token.
    public var offset: UInt32
    /// End offset of the name's last token (before any `as`).
    public var end: UInt32

    public init(name: String, alias: String? = nil, offset: UInt32, end: UInt32) {
        self.name = name
        self.alias = alias
        self.offset = offset
        self.end = end
    }
}

/// A `def`, `async def` or `class`.
public struct DefinitionFact: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case function, `class` }

    public var name: String
    public var kind: Kind
    /// Offset of the defined name.
    public var offset: UInt32
    /// Not nested in a `def` or `class` (it may sit under `if`, `try`, `with`, `for`,
    /// `while`, `match`).
    public var isModuleLevel: Bool
    /// For classes: each base written as a name or dotted name (`Enum`, `enum.IntFlag`);
    /// subscripted or called bases and keyword arguments are left out.
    public var baseNames: [String]
    public var inTypeChecking: Bool

    public init(name: String, kind: Kind, offset: UInt32, isModuleLevel: Bool,
                baseNames: [String] = [], inTypeChecking: Bool = false) {
        self.name = name
        self.kind = kind
        self.offset = offset
        self.isModuleLevel = isModuleLevel
        self.baseNames = baseNames
        self.inTypeChecking = inTypeChecking
    }
}

/// A dotted name chain `n0.n1...nk` in code (SPEC §4), not preceded by `.`.
public struct ReferenceFact: Sendable, Equatable {
    public var parts: [String]
    /// Offset of `n0`.
    public var offset: UInt32
    /// End offset of `nk`.
    public var end: UInt32
    /// Inside the body of `if TYPE_CHECKING:` or `if M.TYPE_CHECKING:` where the name
    /// is bound by an import from `typing` or `typing_extensions`.
    public var inTypeChecking: Bool

    public init(parts: [String], offset: UInt32, end: UInt32, inTypeChecking: Bool = false) {
        self.parts = parts
        self.offset = offset
        self.end = end
        self.inTypeChecking = inTypeChecking
    }
}

/// A `# ssotlint: ignore[...]` or `# ssotlint: ignore-file[...]` comment.
public struct DirectiveFact: Sendable, Equatable {
    public enum Scope: Sendable, Equatable { case line, file }

    public var scope: Scope
    /// The rule ids in brackets; empty when the directive names none (all rules).
    public var ruleIDs: [String]
    /// The text after `--`, trimmed; nil when there is none.
    public var reason: String?
    /// Offset of the comment's `#`.
    public var offset: UInt32
    /// The comment is the only token on its line.
    public var isOnOwnLine: Bool

    public init(scope: Scope, ruleIDs: [String], reason: String?, offset: UInt32, isOnOwnLine: Bool) {
        self.scope = scope
        self.ruleIDs = ruleIDs
        self.reason = reason
        self.offset = offset
        self.isOnOwnLine = isOnOwnLine
    }
}
