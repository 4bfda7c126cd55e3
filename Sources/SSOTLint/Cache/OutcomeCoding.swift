import PythonSource

/// How a file's analysis outcome is written to and read from the cache.
extension ByteWriter {
    mutating func outcome(_ outcome: FileOutcome) {
        bool(outcome.isUnanalysable)
        integer(outcome.findings.count)
        for finding in outcome.findings {
            string(finding.ruleID)
            string(finding.severity.rawValue)
            for value in [finding.line, finding.column, finding.endLine, finding.endColumn] { integer(value) }
            string(finding.message)
            string(finding.lineHash)
            string(finding.subject)
        }
        integer(outcome.occurrences.count)
        for list in outcome.occurrences {
            integer(list.count)
            for occurrence in list {
                string(occurrence.key)
                for value in [occurrence.line, occurrence.column, occurrence.endLine, occurrence.endColumn] { integer(value) }
                string(occurrence.detail)
                string(occurrence.lineHash)
            }
        }
        bool(outcome.exports != nil)
        if let exports = outcome.exports { self.exports(exports) }
        bool(outcome.probe != nil)
        if let probe = outcome.probe { self.probe(probe) }
        bool(outcome.projectReferences != nil)
        if let references = outcome.projectReferences {
            integer(references.targetLists.count)
            for list in references.targetLists { strings(list) }
            projectReferences(references.all)
            bool(references.runtime != nil)
            if let runtime = references.runtime { projectReferences(runtime) }
        }
        bool(outcome.suppressions != nil)
        guard let suppressions = outcome.suppressions else { return }
        integer(suppressions.directives.count)
        for directive in suppressions.directives {
            bool(directive.isFileWide)
            integer(directive.ruleIDs.count)
            for id in directive.ruleIDs { string(id) }
            bool(directive.hasReason)
            integer(directive.line)
            integer(directive.column)
            string(directive.lineHash)
        }
        integer(suppressions.multiLineSpans.count)
        for span in suppressions.multiLineSpans {
            integer(span.first)
            integer(span.last)
        }
    }
}

extension ByteWriter {
    mutating func strings(_ list: [String]) {
        integer(list.count)
        for item in list { string(item) }
    }

    mutating func exports(_ exports: ModuleExports) {
        string(exports.moduleName)
        strings(exports.defined)
        integer(exports.exported.count)
        for name in exports.exported.keys.sorted() {
            string(name)
            strings(exports.exported[name]!)
        }
        strings(exports.starImports)
        bool(exports.literalAll != nil)
        if let literal = exports.literalAll { strings(literal) }
    }

    mutating func probe(_ probe: ReexportProbe) {
        integer(probe.bindings.count)
        for binding in probe.bindings {
            unsigned(binding.nameHash)
            strings(binding.targets)
        }
        strings(probe.importReferences)
        bool(probe.chainPrefixes.admitsEverything)
        integer(probe.chainPrefixes.words.count)
        for word in probe.chainPrefixes.words { unsigned(word) }
    }

    mutating func projectReferences(_ references: [ProjectReference]) {
        integer(references.count)
        for reference in references {
            integer(Int(reference.targets))
            for value in [reference.line, reference.column, reference.endLine, reference.endColumn] { integer(Int(value)) }
            unsigned(reference.lineHash)
        }
    }
}

extension ByteReader {
    mutating func strings() throws(CorruptCache) -> [String] {
        var list: [String] = []
        for _ in 0..<(try count()) { list.append(try string()) }
        return list
    }

    mutating func exports() throws(CorruptCache) -> ModuleExports {
        var exports = ModuleExports()
        exports.moduleName = try string()
        exports.defined = try strings()
        for _ in 0..<(try count()) {
            let name = try string()
            exports.exported[name] = try strings()
        }
        exports.starImports = try strings()
        if try bool() { exports.literalAll = try strings() }
        return exports
    }

    mutating func probe() throws(CorruptCache) -> ReexportProbe {
        var probe = ReexportProbe()
        for _ in 0..<(try count()) {
            probe.bindings.append(ReexportProbe.Binding(nameHash: try unsigned(), targets: try strings()))
        }
        probe.importReferences = try strings()
        let admitsEverything = try bool()
        let count = try count()
        // A filter's size is a power of two (`ChainPrefixes`).
        guard count > 0, count & (count - 1) == 0 else { throw CorruptCache() }
        var words: [UInt64] = []
        words.reserveCapacity(count)
        for _ in 0..<count { words.append(try unsigned()) }
        probe.chainPrefixes = ChainPrefixes(words: words, admitsEverything: admitsEverything)
        return probe
    }

    mutating func projectReferences(lists: Int) throws(CorruptCache) -> [ProjectReference] {
        var references: [ProjectReference] = []
        for _ in 0..<(try count()) {
            let targets = try integer()
            guard targets >= 0 && targets < lists else { throw CorruptCache() }
            let (line, column, endLine, endColumn) = (try coordinate(), try coordinate(), try coordinate(), try coordinate())
            references.append(ProjectReference(targets: Int32(targets), line: line, column: column, endLine: endLine,
                                               endColumn: endColumn, lineHash: try unsigned()))
        }
        return references
    }

    private mutating func coordinate() throws(CorruptCache) -> UInt32 {
        guard let value = UInt32(exactly: try integer()) else { throw CorruptCache() }
        return value
    }

    mutating func outcome(path: String) throws(CorruptCache) -> FileOutcome {
        let isUnanalysable = try bool()
        var findings: [Finding] = []
        for _ in 0..<(try count()) {
            let id = try string()
            guard let severity = Severity(rawValue: try string()) else { throw CorruptCache() }
            let (line, column, endLine, endColumn) = (try integer(), try integer(), try integer(), try integer())
            var finding = Finding(ruleID: id, severity: severity, path: path, line: line, column: column,
                                  endLine: endLine, endColumn: endColumn, message: try string())
            finding.lineHash = try string()
            finding.subject = try string()
            findings.append(finding)
        }
        var occurrences: [[Occurrence]] = []
        for _ in 0..<(try count()) {
            var list: [Occurrence] = []
            for _ in 0..<(try count()) {
                let key = try string()
                let (line, column, endLine, endColumn) = (try integer(), try integer(), try integer(), try integer())
                var occurrence = Occurrence(key: key, line: line, column: column, endLine: endLine, endColumn: endColumn,
                                            detail: try string())
                occurrence.lineHash = try string()
                list.append(occurrence)
            }
            occurrences.append(list)
        }
        var outcome = FileOutcome(findings: findings, occurrences: occurrences, suppressions: nil,
                                  isUnanalysable: isUnanalysable)
        if try bool() { outcome.exports = try exports() }
        if try bool() { outcome.probe = try probe() }
        if try bool() {
            var references = ProjectReferences()
            for _ in 0..<(try count()) { references.targetLists.append(try strings()) }
            let lists = references.targetLists.count
            references.all = try projectReferences(lists: lists)
            if try bool() { references.runtime = try projectReferences(lists: lists) }
            outcome.projectReferences = references
        }
        guard try bool() else { return outcome }
        var index = SuppressionIndex()
        for _ in 0..<(try count()) {
            let isFileWide = try bool()
            var ids: [String] = []
            for _ in 0..<(try count()) { ids.append(try string()) }
            index.directives.append(.init(isFileWide: isFileWide, ruleIDs: ids, hasReason: try bool(), line: try integer(),
                                          column: try integer(), lineHash: try string()))
        }
        for _ in 0..<(try count()) { index.multiLineSpans.append((try integer(), try integer())) }
        outcome.suppressions = index
        return outcome
    }
}
