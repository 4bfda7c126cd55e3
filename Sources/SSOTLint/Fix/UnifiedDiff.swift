/// A unified diff of one file's two versions, as `diff -u` and `git diff` print it:
/// `--- a/PATH`, `+++ b/PATH`, then `@@ -l,n +l,n @@` hunks with three lines of context.
/// Lines are split at `\n` and printed with their own line ends (a `\r` stays).
public enum UnifiedDiff {
    public static func render(path: String, old: [UInt8], new: [UInt8], context: Int = 3) -> String {
        let before = lines(old)
        let after = lines(new)
        let changes = changedBlocks(before, after)
        guard !changes.isEmpty else { return "" }
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        while index < changes.count {
            // Blocks whose contexts touch or overlap share one hunk.
            var last = index
            while last + 1 < changes.count, changes[last + 1].old.lowerBound - changes[last].old.upperBound <= 2 * context {
                last += 1
            }
            let oldStart = max(0, changes[index].old.lowerBound - context)
            let oldEnd = min(before.count, changes[last].old.upperBound + context)
            let newStart = oldStart + (changes[index].new.lowerBound - changes[index].old.lowerBound)
            let newEnd = oldEnd + (changes[last].new.upperBound - changes[last].old.upperBound)
            output += "@@ -\(header(oldStart, oldEnd - oldStart)) +\(header(newStart, newEnd - newStart)) @@\n"
            var line = oldStart
            for change in changes[index...last] {
                for context in before[line..<change.old.lowerBound] { output += " " + text(context) }
                for removed in before[change.old] { output += "-" + text(removed) }
                for added in after[change.new] { output += "+" + text(added) }
                line = change.old.upperBound
            }
            for context in before[line..<oldEnd] { output += " " + text(context) }
            index = last + 1
        }
        return output
    }

    /// `start,count` with a 1-based start; an empty range names the line before it.
    static func header(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start + 1)" : "\(count == 0 ? start : start + 1),\(count)"
    }

    /// A line as printed: its bytes with their line end, or `\n` and the marker diff
    /// prints for a last line without one.
    static func text(_ line: ArraySlice<UInt8>) -> String {
        let body = String(decoding: line, as: UTF8.self)
        return line.last == 0x0A ? body : body + "\n\\ No newline at end of file\n"
    }

    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    /// The changed runs of lines. Common leading and trailing lines are set aside; when
    /// the rest has the same number of lines on both sides (the rewrites of `--fix`
    /// never add or remove a line break) it is compared line by line, else it is one
    /// changed block.
    static func changedBlocks(_ before: [ArraySlice<UInt8>], _ after: [ArraySlice<UInt8>])
        -> [(old: Range<Int>, new: Range<Int>)] {
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
              before[before.count - 1 - suffix] == after[after.count - 1 - suffix] {
            suffix += 1
        }
        let oldMiddle = prefix..<(before.count - suffix)
        let newMiddle = prefix..<(after.count - suffix)
        if oldMiddle.isEmpty && newMiddle.isEmpty { return [] }
        guard oldMiddle.count == newMiddle.count else { return [(oldMiddle, newMiddle)] }
        var blocks: [(old: Range<Int>, new: Range<Int>)] = []
        var line = oldMiddle.lowerBound
        while line < oldMiddle.upperBound {
            guard before[line] != after[line] else {
                line += 1
                continue
            }
            var end = line + 1
            while end < oldMiddle.upperBound, before[end] != after[end] { end += 1 }
            blocks.append((line..<end, line..<end))
            line = end
        }
        return blocks
    }
}
