#if canImport(Foundation)
import Foundation
#endif

extension FactScan {
    /// The text of a NAME token as Python reads it; made only for names that become
    /// facts. Python NFKC-normalises identifiers (PEP 3131), so `ｏｓ.ｅｎｖｉｒｏｎ` is
    /// `os.environ`; only names with non-ASCII characters pay for that.
    mutating func text(_ token: CodeToken) -> String {
        text(start: Int(token.start), end: Int(token.end))
    }

    mutating func text(start: Int, end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text = String(decoding: slice, as: UTF8.self)
        guard slice.contains(where: { $0 >= 0x80 }) else { return text }
        #if canImport(Foundation)
        return text.precomposedStringWithCompatibilityMapping
        #else
        return text
        #endif
    }
}
