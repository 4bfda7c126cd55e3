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
        typealias Match = (list: Int, api: String, via: [String])
        // Most target lists are one path that many files name: matched once per run and rule.
        var matches = [[String: Match?]](repeating: [:], count: followers.count)
        var findings: [String: [Finding]] = [:]
        var occurrences: [Int: [String: [Occurrence]]] = [:]
        for path in files {
            guard let outcome = outcomes[path], !outcome.isUnanalysable, let references = outcome.projectReferences else { continue }
            for (ruleNumber, rule) in followers.enumerated() where rule.common.applies(to: path) {
                let lists = rule.apiLists
                // Each of the file's target lists is matched once.
                var listMatches = [Match??](repeating: nil, count: references.targetLists.count)
                for reference in references.references(skippingTypeChecking: rule.common.skipTypeChecking) {
                    let listNumber = Int(reference.targets)
                    let match: Match?
                    if let known = listMatches[listNumber] {
                        match = known
                    } else {
                        let targets = references.targetLists[listNumber]
                        if targets.count == 1, let known = matches[ruleNumber][targets[0]] {
                            match = known
                        } else {
                            match = index.match(targets, against: lists)
                            if targets.count == 1 { matches[ruleNumber][targets[0]] = .some(match) }
                        }
                        listMatches[listNumber] = .some(match)
                    }
                    guard let match else { continue }
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
