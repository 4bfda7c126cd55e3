import Dispatch
import PythonSource

extension AnalysisEngine {
    typealias ReexportMatchResult = (list: Int, api: String, via: [String])

    /// The references into project modules, matched through the symbol index made from
    /// every analysed file's exports (files outside a rule's `paths` included: a rule's
    /// scope limits where it reports, not what it resolves through). Findings go to their
    /// files, occurrences to their cross-file rule (by index in `projectRules`).
    func matchThroughReexports(_ files: [String], _ outcomes: [String: FileOutcome])
        -> (findings: [String: [Finding]], occurrences: [Int: [String: [Occurrence]]]) {
        guard !followers.isEmpty, let index = symbolIndex else { return ([:], [:]) }
        // Files name the same paths: each distinct target list of the project is matched once per rule.
        var distinct = StringListTable()
        var referencing: [(path: String, references: ProjectReferences, lists: [Int32])] = []
        for path in files {
            guard let outcome = outcomes[path], !outcome.isUnanalysable, let references = outcome.projectReferences else { continue }
            referencing.append((path, references, references.targetLists.map { distinct.insert($0).index }))
        }
        let matches = Self.match(distinct.lists, rules: followers, index: index, jobs: request.jobs)

        let projectRuleIndex = Dictionary(projectRules.enumerated().map { ($1.common.id, $0) }, uniquingKeysWith: { a, _ in a })
        var findings: [String: [Finding]] = [:]
        var occurrences: [Int: [String: [Occurrence]]] = [:]
        for (path, references, lists) in referencing {
            for (ruleNumber, rule) in followers.enumerated() where rule.common.applies(to: path) {
                for reference in references.references(skippingTypeChecking: rule.common.skipTypeChecking) {
                    guard let match = matches[ruleNumber][Int(lists[Int(reference.targets)])] else { continue }
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

    /// Per rule, the match of each target list, worked out in parallel: the index is
    /// read-only once built, and every (rule, list) pair has its own slot.
    private static func match(_ lists: [[String]], rules: [any ReexportFollowing], index: SymbolIndex, jobs: Int)
        -> [[ReexportMatchResult?]] {
        let apiLists = rules.map(\.apiLists)
        var slots = [ReexportMatchResult?](repeating: nil, count: lists.count * rules.count)
        // Lists go to workers in blocks, so that taking one costs little beside matching it.
        let block = 64
        let blocks = (lists.count + block - 1) / block
        slots.withUnsafeMutableBufferPointer { slots in
            let next = WorkCounter()
            DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, blocks))) { _ in
                while let taken = next.take(below: blocks) {
                    for list in (taken * block)..<min(lists.count, (taken + 1) * block) {
                        // The resolutions do not depend on the rule: made once per list.
                        let resolutions = lists[list].map(index.resolution(of:))
                        for rule in apiLists.indices {
                            slots[rule * lists.count + list] = index.match(resolutions, against: apiLists[rule])
                        }
                    }
                }
            }
        }
        return rules.indices.map { rule in Array(slots[(rule * lists.count)..<((rule + 1) * lists.count)]) }
    }
}
