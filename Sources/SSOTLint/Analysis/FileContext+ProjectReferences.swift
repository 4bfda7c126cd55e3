import PythonSource

extension FileContext {
    /// The references that wait for the symbol index, with their positions and line
    /// fingerprints; `runtime` only when a follower skips `if TYPE_CHECKING:` code and
    /// the file has some.
    func projectReferences(withRuntimeView: Bool) -> ProjectReferences {
        source.utf8.withUnsafeBufferPointer { bytes in
            var builder = ProjectReferenceBuilder(file: self, bytes: bytes)
            var result = ProjectReferences()
            result.all = builder.add(allReferences)
            if withRuntimeView && hasTypeCheckingCode { result.runtime = builder.add(runtimeReferences) }
            result.targetLists = builder.targetLists
            return result
        }
    }
}

/// Turns one file's resolved references into `ProjectReference`s: positions through a
/// cursor (references come mostly in source order), one fingerprint per line, and each
/// distinct target list stored once.
private struct ProjectReferenceBuilder {
    let file: FileContext
    let bytes: UnsafeBufferPointer<UInt8>
    var cursor: PositionCursor
    var targetLists: [[String]] = []
    var listIndex = TargetListTable()
    var hashedLine = 0
    var lineHash: UInt64 = 0

    init(file: FileContext, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.bytes = bytes
        cursor = PositionCursor(lineTable: file.source.lineTable)
    }

    mutating func add(_ references: [ResolvedReference]) -> [ProjectReference] {
        var result: [ProjectReference] = []
        for reference in references where reference.leadsIntoProject {
            let from = cursor.position(of: Int(reference.start), in: bytes)
            let to = cursor.position(of: Int(reference.end), in: bytes)
            if from.line != hashedLine {
                hashedLine = from.line
                lineHash = LineFingerprint.value(line: from.line, source: file.source, summary: file.summary)
            }
            result.append(ProjectReference(targets: index(of: reference.targets), line: UInt32(from.line),
                                           column: UInt32(from.column), endLine: UInt32(to.line),
                                           endColumn: UInt32(to.column), lineHash: lineHash))
        }
        return result
    }

    private mutating func index(of targets: [String]) -> Int32 {
        listIndex.index(of: targets, in: &targetLists)
    }
}
