#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 1-based line and a 1-based column counted in Unicode code points.
public struct SourcePosition: Equatable, Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// Maps byte offsets of UTF-8 text to lines and code-point columns.
/// Line ends are `\n`, `\r\n` and a lone `\r`, as SPEC §4 says.
public struct LineTable: Sendable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public private(set) var lineStarts: [UInt32]

    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            lineStarts = starts
            return
        }
        let count = bytes.count
        if memchr(base, Int32(UInt8(ascii: "\r")), count) == nil {
            // The common case: only `\n` ends lines, so memchr can find them.
            var cursor = base
            let end = base + count
            while cursor < end, let found = memchr(cursor, Int32(UInt8(ascii: "\n")), end - cursor) {
                let next = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(UInt32(truncatingIfNeeded: next - base))
                cursor = next
            }
            lineStarts = starts
            return
        }
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(UInt32(index + 1))
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < count && bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(UInt32(index + 1))
            }
            index += 1
        }
        lineStarts = starts
    }

    public init(utf8 bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { LineTable(utf8: $0) }
    }

    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line holding `offset`.
    public func lineIndex(of offset: UInt32) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line and 1-based code-point column of `offset` in `bytes`.
    public func position(of offset: UInt32, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let index = lineIndex(of: offset)
        let column = LineTable.codePointCount(bytes, from: Int(lineStarts[index]), to: Int(offset))
        return SourcePosition(line: index + 1, column: column + 1)
    }

    /// Number of code points in `bytes[from..<to]`: every byte that does not continue
    /// a UTF-8 sequence starts one.
    @inlinable
    public static func codePointCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var index = from
        while index < to {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
