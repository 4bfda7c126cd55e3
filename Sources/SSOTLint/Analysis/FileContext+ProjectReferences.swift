import PythonSource

extension FileContext {
    /// The references that wait for the symbol index, with their positions and line
    /// fingerprints; `runtime` only when a follower skips `if TYPE_CHECKING:` code and
    /// the file has some.
    func projectReferences(withRuntimeView: Bool) -> ProjectReferences {
        source.utf8.withUnsafeBufferPointer { bytes in
            var builder = ProjectReferenceBuilder(file: self, bytes: bytes)
            var result = ProjectReferences()
            result.all = builder.add(allResolved)
            if withRuntimeView && hasTypeCheckingCode { result.runtime = builder.add(runtimeResolved) }
            result.targetLists = builder.lists.lists
            return result
        }
    }
}

/// Turns one file's resolved references into `ProjectReference`s: positions through a
/// cursor (references come mostly in source order), one fingerprint per line, and the
/// target lists of project references only, each once.
private struct ProjectReferenceBuilder {
    let file: FileContext
    let bytes: UnsafeBufferPointer<UInt8>
    var cursor: PositionCursor
    var lists = StringListTable()
    var hashedLine = 0
    var lineHash: UInt64 = 0

    init(file: FileContext, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.bytes = bytes
        cursor = PositionCursor(lineTable: file.source.lineTable)
    }

    mutating func add(_ view: ResolvedReferences) -> [ProjectReference] {
        // A view's list index → the index among the project references' lists (-1: not yet).
        var listIndex = [Int32](repeating: -1, count: view.targetLists.count)
        var result: [ProjectReference] = []
        for reference in view.references where reference.leadsIntoProject {
            let from = cursor.position(of: Int(reference.start), in: bytes)
            let to = cursor.position(of: Int(reference.end), in: bytes)
            if from.line != hashedLine {
                hashedLine = from.line
                lineHash = LineFingerprint.value(line: from.line, source: file.source, summary: file.summary)
            }
            var list = listIndex[Int(reference.targetList)]
            if list < 0 {
                list = lists.insert(reference.targets).index
                listIndex[Int(reference.targetList)] = list
            }
            result.append(ProjectReference(targets: list, line: UInt32(from.line), column: UInt32(from.column),
                                           endLine: UInt32(to.line), endColumn: UInt32(to.column), lineHash: lineHash))
        }
        return result
    }
}
