import PythonSource

/// A reference with every dotted path it resolves to (SPEC §4, name resolution).
public struct ResolvedReference: Sendable {
    public var targets: [String]
    public var start: UInt32
    public var end: UInt32
    /// A target lies under a project module's top-level name (`FileContext.projectRoots`),
    /// so re-exports may lead it further: rules that follow them match it later.
    public var leadsIntoProject = false
    /// Index of `targets` in its view's `ResolvedReferences.targetLists`.
    var targetList: Int32 = 0
}

/// A file's references as one view (all, or without `if TYPE_CHECKING:` code) resolved
/// them, with their distinct target lists: a file names the same few paths many times.
struct ResolvedReferences {
    var references: [ResolvedReference] = []
    var targetLists: [[String]] = []
}

extension FileContext {
    /// Every reference a rule sees: import statements' own references, then dotted
    /// chains, resolved through the file's imports. With `skip-type-checking`, those
    /// inside `if TYPE_CHECKING:` are left out, and so are the bindings made there.
    public func references(for rule: RuleCommon) -> [ResolvedReference] {
        rule.skipTypeChecking ? runtimeReferences : allReferences
    }

    /// Each distinct chain is resolved once, and each distinct target list is stored once.
    func resolveReferences(skippingTypeChecking: Bool) -> ResolvedReferences {
        var result: [ResolvedReference] = []
        var lists = StringListTable()
        var listLeadsIntoProject: [Bool] = []
        // A file's targets have few top-level names: each is looked up in `projectRoots` once.
        var rootsSeen: [(name: String, isProject: Bool)] = []
        func isProjectRoot(_ target: String) -> Bool {
            let name = ImportResolver.topLevelName(of: target)
            if let seen = rootsSeen.first(where: { $0.name == name }) { return seen.isProject }
            let isProject = projectRoots.contains(name)
            rootsSeen.append((name, isProject))
            return isProject
        }
        func intern(_ targets: [String]) -> Int32 {
            let (index, isNew) = lists.insert(targets)
            if isNew { listLeadsIntoProject.append(!projectRoots.isEmpty && targets.contains(where: isProjectRoot)) }
            return index
        }
        for statement in facts.imports where !(skippingTypeChecking && statement.inTypeChecking) {
            for reference in ImportResolver.references(of: statement, moduleName: moduleName, isPackage: isPackage,
                                                       under: referencedRoots) {
                let list = intern([reference.path])
                result.append(ResolvedReference(targets: lists.lists[Int(list)], start: reference.offset, end: reference.end,
                                                leadsIntoProject: listLeadsIntoProject[Int(list)], targetList: list))
            }
        }
        guard !facts.references.isEmpty else { return ResolvedReferences(references: result, targetLists: lists.lists) }
        let bindings = skippingTypeChecking ? runtimeBindings : self.bindings
        var chains = StringListTable()
        /// Per distinct chain: its target list, or -1 when it resolves to nothing.
        var chainLists: [Int32] = []
        for reference in facts.references where !(skippingTypeChecking && reference.inTypeChecking) {
            let (chain, isNew) = chains.insert(reference.parts)
            if isNew {
                let targets = bindings.resolve(reference.parts)
                chainLists.append(targets.isEmpty ? -1 : intern(targets))
            }
            let list = chainLists[Int(chain)]
            if list < 0 { continue }
            result.append(ResolvedReference(targets: lists.lists[Int(list)], start: reference.offset, end: reference.end,
                                            leadsIntoProject: listLeadsIntoProject[Int(list)], targetList: list))
        }
        return ResolvedReferences(references: result, targetLists: lists.lists)
    }

    /// The absolute module of a `from` import (nil when its dots reach above the top package).
    public func absoluteModule(of statement: ImportFact) -> String? {
        ImportResolver.absoluteModule(of: statement, moduleName: moduleName, isPackage: isPackage)
    }
}
