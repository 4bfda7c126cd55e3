import PythonSource

/// A reference with every dotted path it resolves to (SPEC §4, name resolution).
public struct ResolvedReference: Sendable {
    public var targets: [String]
    public var start: UInt32
    public var end: UInt32
    /// A target lies under a project module's top-level name (`FileContext.projectRoots`),
    /// so re-exports may lead it further: rules that follow them match it later.
    public var leadsIntoProject = false
}

extension FileContext {
    /// Every reference a rule sees: import statements' own references, then dotted
    /// chains, resolved through the file's imports. With `skip-type-checking`, those
    /// inside `if TYPE_CHECKING:` are left out, and so are the bindings made there.
    public func references(for rule: RuleCommon) -> [ResolvedReference] {
        rule.skipTypeChecking ? runtimeReferences : allReferences
    }

    func resolveReferences(skippingTypeChecking: Bool) -> [ResolvedReference] {
        let bindings = skippingTypeChecking ? runtimeBindings : self.bindings
        var result: [ResolvedReference] = []
        for statement in facts.imports where !(skippingTypeChecking && statement.inTypeChecking) {
            for reference in ImportResolver.references(of: statement, moduleName: moduleName, isPackage: isPackage) {
                result.append(ResolvedReference(targets: [reference.path], start: reference.offset, end: reference.end,
                                                leadsIntoProject: leadsIntoProject([reference.path])))
            }
        }
        // A chain's targets share the top-level names of its first name's targets: decided once per name.
        let boundIntoProject = projectRoots.isEmpty ? [:] : bindings.targets.mapValues(leadsIntoProject)
        for reference in facts.references where !(skippingTypeChecking && reference.inTypeChecking) {
            let targets = bindings.resolve(reference.parts)
            if targets.isEmpty { continue }
            result.append(ResolvedReference(targets: targets, start: reference.offset, end: reference.end,
                                            leadsIntoProject: boundIntoProject[reference.parts[0]] ?? false))
        }
        return result
    }

    /// The absolute module of a `from` import (nil when its dots reach above the top package).
    public func absoluteModule(of statement: ImportFact) -> String? {
        ImportResolver.absoluteModule(of: statement, moduleName: moduleName, isPackage: isPackage)
    }

    private func leadsIntoProject(_ targets: [String]) -> Bool {
        !projectRoots.isEmpty && targets.contains { projectRoots.contains(ImportResolver.topLevelName(of: $0)) }
    }
}
