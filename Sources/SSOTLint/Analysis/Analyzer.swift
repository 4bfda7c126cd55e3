/// The pipeline: discover → read → tokenize → facts → per-file rules (in parallel) →
/// cross-file rules → suppressions → sorted findings → baseline, once.
public enum Analyzer {
    public static func run(_ request: AnalysisRequest) -> AnalysisResult {
        AnalysisEngine(request).analyze()
    }
}
