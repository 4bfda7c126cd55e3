import PythonSource

extension TextDocument {
    /// The document as Python source for a one-file scan (directives, multi-line
    /// strings), and how many bytes of byte-order mark come before the source's offset 0.
    func pythonSource() -> (source: SourceFile, bomLength: Int) {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return (SourceFile(utf8: Array(bytes[bom...])), bom)
    }
}
