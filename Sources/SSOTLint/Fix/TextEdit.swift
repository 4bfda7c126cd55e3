/// A replacement of a byte range of a file's UTF-8 text.
public struct TextEdit: Sendable, Equatable {
    public var range: Range<Int>
    public var replacement: String

    /// `text` with `edits` applied; the edits must not overlap.
    static func apply(_ edits: [TextEdit], to text: [UInt8]) -> [UInt8] {
        var result = text
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return result
    }

    /// True when no two of `edits` touch the same bytes.
    static func areDisjoint(_ edits: [TextEdit]) -> Bool {
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return zip(sorted, sorted.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound }
    }
}
