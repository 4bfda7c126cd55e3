#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Physical lines: indentation, blank and comment-only lines, and the end of input.
extension Lexer {
    /// Reads the indentation of a new logical line and emits INDENT/DEDENT, then lexes
    /// the line's tokens; or emits the COMMENT/NL tokens of a blank line. Returns false
    /// at the end of input.
    mutating func beginLine() -> Bool {
        lineStart = pos
        var index = spaceRunEnd(from: pos)
        var column = index - pos
        var altColumn = column
        if index < count && (bytes[index] == UInt8(ascii: "\t") || bytes[index] == 0x0C) {
            (index, column, altColumn) = measureIndentation(from: pos)
        }
        if index == count {
            // A trailing line of only whitespace ends the input (CPython 3.11 emits nothing for it).
            pos = index
            return false
        }
        let first = bytes[index]
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") {
            pos = index
            if first == UInt8(ascii: "#") { lexComment() }
            let newline = lineEndLength(at: pos)
            emit(.nl, pos, pos + newline)
            pos += newline
            lineStart = pos
            return true
        }
        pos = index
        atLineStart = false
        adjustIndentation(column: column, altColumn: altColumn)
        // What `run` would do next, without its checks: nothing is open at a line start.
        return stopped || lexRegularToken()
    }

    /// The end of the run of spaces from `index`, eight bytes at a time (indentation is
    /// most of the whitespace in Python code).
    @inline(__always) func spaceRunEnd(from index: Int) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let others = ByteWord.load(base + index) ^ ByteWord.repeated(UInt8(ascii: " "))
                if others != 0 { return index + others.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count && bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    /// Indentation with tabs or form feeds: its end, its column with tab stops every
    /// `tabSize` columns, and its column with tabs counted as one (to detect mixing).
    mutating func measureIndentation(from start: Int) -> (end: Int, column: Int, altColumn: Int) {
        var column = 0
        var altColumn = 0
        var index = start
        scan: while index < count {
            switch bytes[index] {
            case UInt8(ascii: " "):
                column += 1
                altColumn += 1
            case UInt8(ascii: "\t"):
                column = (column / LexerLimits.tabSize + 1) * LexerLimits.tabSize
                altColumn += 1
            case 0x0C:  // form feed resets the column, as in CPython
                column = 0
                altColumn = 0
            default:
                break scan
            }
            index += 1
        }
        return (index, column, altColumn)
    }

    mutating func adjustIndentation(column: Int, altColumn: Int) {
        // Most lines keep the indentation of the line before.
        if column == indents[indents.count - 1] && altColumn == altIndents[altIndents.count - 1] { return }

        let current = indents[indents.count - 1]
        if column > current {
            if indents.count >= LexerLimits.maxIndentLevels {
                fail("too many levels of indentation", at: pos)
            }
            if altColumn <= altIndents[altIndents.count - 1] {
                fail("inconsistent use of tabs and spaces in indentation", at: pos)
            }
            indents.append(column)
            altIndents.append(altColumn)
            emit(.indent, lineStart, pos)
        } else if column < current {
            guard indents.contains(column) else {
                // CPython raises before it yields any DEDENT for this line.
                fail("unindent does not match any outer indentation level", at: pos, fatal: true)
                return
            }
            while column < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                emit(.dedent, pos, pos)
            }
            if altColumn != altIndents[altIndents.count - 1] {
                fail("inconsistent use of tabs and spaces in indentation", at: pos)
            }
        } else if altColumn != altIndents[altIndents.count - 1] {
            fail("inconsistent use of tabs and spaces in indentation", at: pos)
        }
    }

    /// A comment runs to the end of the line, line end excluded.
    mutating func lexComment() {
        let start = pos
        if !hasCarriageReturn, let base = bytes.baseAddress {
            let found = memchr(base + pos, 0x0A, count - pos)
            pos = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? count
        } else {
            while pos < count && bytes[pos] != UInt8(ascii: "\n") && bytes[pos] != UInt8(ascii: "\r") {
                pos += 1
            }
        }
        emit(.comment, start, pos)
    }

    /// End of input: the implicit NEWLINE, the pending DEDENTs and ENDMARKER, all at
    /// the end offset. CPython 3.11 adds the NEWLINE when the last line has no line
    /// end and is not a comment line.
    mutating func finish() {
        if !brackets.isEmpty || !fstrings.isEmpty {
            fail("unexpected EOF in multi-line statement", at: count, fatal: true)
            return
        }
        if lastLineNeedsNewline() {
            emit(.newline, count, count)
        }
        for _ in 1..<indents.count {
            emit(.dedent, count, count)
        }
        emit(.endMarker, count, count)
    }

    func lastLineNeedsNewline() -> Bool {
        guard count > 0, lineEndLength(at: count - 1) == 0 else { return false }
        var start = count
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") && bytes[start - 1] != UInt8(ascii: "\r") {
            start -= 1
        }
        var index = start
        while index < count, [0x20, 0x09, 0x0B, 0x0C].contains(bytes[index]) { index += 1 }
        if index == count { return false }
        return bytes[index] != UInt8(ascii: "#")
    }
}
