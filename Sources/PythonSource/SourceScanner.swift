/// A file's facts, the summary of its tokens and its first lexing error.
public struct ScannedSource: Sendable {
    public var facts: FileFacts
    public var summary: TokenSummary
    public var error: LexError?
    /// Every token, when the scan was asked to keep them (`check --fix` plans edits on them).
    public var tokens: [Token] = []
}

/// Tokenizes a file and scans its facts in one streaming pass: tokens are lexed a chunk
/// of whole logical lines at a time, scanned, summarised and dropped, so memory follows
/// the longest statement rather than the file (SPEC §8: a 100 MB file in at most 3× its
/// size). The facts are exactly those of `FactScanner.scan` over all tokens at once.
public enum SourceScanner {
    /// - Parameters:
    ///   - roots: see `FactScanner.scan`.
    ///   - chunkTokens: tokens lexed before a chunk may end (tests make it 1).
    ///   - keepingTokens: keep every token in `ScannedSource.tokens` (memory then follows the file).
    ///   - recordingChainPrefixes: fill `FileFacts.chainPrefixes`.
    public static func scan(_ source: SourceFile, chainsBoundUnder roots: Set<String>? = nil,
                            chunkTokens: Int = 4096, keepingTokens: Bool = false,
                            recordingChainPrefixes: Bool = false) -> ScannedSource {
        func scan(recordingInto recorder: UnsafeMutablePointer<ChainPrefixRecorder>?) -> ScannedSource {
            source.utf8.withUnsafeBufferPointer { bytes in
                var scan = FactScan(bytes: bytes, chainsBoundUnder: roots, recordingInto: recorder)
                var tokens: [Token] = []
                let error = Tokenizer.forEachChunk(of: bytes, chunkTokens: chunkTokens) { chunk in
                    scan.feed(chunk)
                    if keepingTokens { tokens.append(contentsOf: chunk) }
                }
                scan.finish()
                return ScannedSource(facts: scan.facts, summary: scan.summary, error: error, tokens: tokens)
            }
        }
        guard recordingChainPrefixes else { return scan(recordingInto: nil) }
        // The scan reaches the recorder through a pointer: no retain per chain.
        var recorder = ChainPrefixRecorder()
        return withUnsafeMutablePointer(to: &recorder) { scan(recordingInto: $0) }
    }
}
