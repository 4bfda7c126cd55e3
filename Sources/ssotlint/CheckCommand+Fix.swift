import ArgumentParser
import SSOTLint

/// `check --fix` / `--diff` (SPEC §4, `deprecated-import`).
struct FixOptions: ParsableArguments {
    @Flag(help: "Rewrite deprecated imports that have a module replacement, then check again.")
    var fix = false

    @Flag(help: "Print the rewrites --fix would make as a unified diff, write nothing; exit 1 when there are any.")
    var diff = false

    var isRequested: Bool { fix || diff }
}

extension CheckCommand {
    /// Applies (or, with `--diff`, prints) the fixes; returns the analysis to report, run
    /// again after writing. With `--diff` it ends the command: exit 1 when there is a
    /// diff, 0 when there is none, as `ruff check --diff` does.
    func applyFixes(_ result: AnalysisResult, engine: AnalysisEngine) throws -> AnalysisResult {
        let request = engine.request
        if request.stdin != nil && !fixing.diff {
            throw CommandFailure.usage("--fix cannot rewrite standard input (--stdin-filename); use --diff to see the rewrites")
        }
        let plan = result.fixPlan ?? FixPlan()
        if !project.quiet {
            for refusal in plan.refusals { Console.note("\(refusal)") }
        }
        if fixing.diff {
            for file in plan.files {
                Console.write(UnifiedDiff.render(path: file.path, old: file.original, new: file.fixed))
            }
            if !project.quiet { Console.note(summary(plan, verb: "would rewrite")) }
            throw plan.files.isEmpty || exitZero ? ExitCode.success : ExitCode(1)
        }
        do {
            try ImportFixes.write(plan, root: request.configuration.root)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        if !project.quiet { Console.note(summary(plan, verb: "rewrote")) }
        // Only the rewritten files go through the per-file pass again.
        return plan.files.isEmpty ? result
            : engine.analyze(after: Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, AnalysisEngine.Change.disk) }))
    }

    private func summary(_ plan: FixPlan, verb: String) -> String {
        let imports = plan.fixCount == 1 ? "1 import" : "\(plan.fixCount) imports"
        let files = plan.files.count == 1 ? "1 file" : "\(plan.files.count) files"
        let count = plan.refusals.count
        let left = count == 0 ? "" : "; \(count) left as \(count == 1 ? "it was" : "they were") (see above)"
        return plan.fixCount == 0 ? "nothing to fix\(left)" : "\(verb) \(imports) in \(files)\(left)"
    }
}
