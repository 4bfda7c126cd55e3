import PythonSource

extension AnalysisEngine {
    /// The references into project modules, matched through the symbol index made from
    /// every analysed file's exports (files outside a rule's `paths` included: a rule's
    /// scope limits where it reports, not what it resolves through). Findings go to their
    /// files, occurrences to their cross-file rule (by index in `projectRules`).
    func matchThroughReexports(_ files: [String], _ outcomes: [String: FileOutcome])
        -> (findings: [String: [Finding]], occurrences: [Int: [String: [Occurrence]]]) {
        let followers = request.rules.compactMap { $0 as? any ReexportFollowing }.filter(\.followsReexports)
        guard !followers.isEmpty else { return ([:], [:]) }
        let srcRoots = request.configuration.srcRoots
        let index = SymbolIndex(modules: files.compactMap { path -> (name: String, exports: ModuleExports)? in
            guard let outcome = outcomes[path], !outcome.isUnanalysable, let exports = outcome.exports else { return nil }
            return (ModuleName.of(relativePath: path, srcRoots: srcRoots), exports)
        })
        let projectRuleIndex = Dictionary(projectRules.enumerated().map { ($1.common.id, $0) }, uniquingKeysWith: { a, _ in a })
        var findings: [String: [Finding]] = [:]
        var occurrences: [Int: [String: [Occurrence]]] = [:]
        for path in files {
            guard let outcome = outcomes[path], !outcome.isUnanalysable, let references = outcome.projectReferences else { continue }
            for rule in followers where rule.common.applies(to: path) {
                let lists = rule.apiLists
                for reference in references.references(skippingTypeChecking: rule.common.skipTypeChecking) {
                    guard let match = index.match(reference.targets, against: lists) else { continue }
                    switch rule.matched(reference, path: path, list: match.list, api: match.api, via: match.via) {
                    case .finding(let finding):
                        findings[path, default: []].append(finding)
                    case .occurrence(let occurrence):
                        if let ruleIndex = projectRuleIndex[rule.common.id] {
                            occurrences[ruleIndex, default: [:]][path, default: []].append(occurrence)
                        }
                    }
                }
            }
        }
        return (findings, occurrences)
    }
}
