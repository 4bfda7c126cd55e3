import Dispatch
import Foundation
import Subprocess

/// Runs the `git` executable through swift-subprocess: read-only plumbing commands only,
/// so that the work tree, the index, HEAD and every ref stay as they are.
enum GitCommand {
    /// What one run printed and how it ended.
    struct Output {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: String

        var text: String { String(decoding: standardOutput, as: UTF8.self) }
        /// The first line of standard output, without its line end.
        var firstLine: String { String(text.prefix { $0 != "\n" && $0 != "\r" }) }
    }

    /// Large enough for `cat-file --batch` over a big project's every file.
    static let outputLimit = 4 << 30

    /// `git -C root ARGUMENTS` with `input` on standard input; throws only when git cannot run.
    static func run(_ arguments: [String], in root: String, input: [UInt8] = []) throws(GitError) -> Output {
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        // The CLI is synchronous; subprocess is async: wait on a semaphore outside the
        // cooperative pool (the caller is never one of its threads).
        Task.detached {
            box.result = await Self.runAsync(["-C", root] + arguments, input: input)
            semaphore.signal()
        }
        semaphore.wait()
        switch box.result! {
        case .success(let output): return output
        case .failure(let error): throw error
        }
    }

    /// `run`, throwing `GitError.failed` unless git exits 0.
    static func succeed(_ arguments: [String], in root: String, input: [UInt8] = []) throws(GitError) -> Output {
        let output = try run(arguments, in: root, input: input)
        guard output.status == 0 else {
            let message = output.standardError.split(separator: "\n").first.map(String.init) ?? "exit status \(output.status)"
            throw GitError.failed(command: arguments.first ?? "", message: message)
        }
        return output
    }

    private static func runAsync(_ arguments: [String], input: [UInt8]) async -> Result<Output, GitError> {
        do {
            // No optional locks: git must not even refresh the index as a side effect.
            let environment = Environment.inherit.updating(["GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0",
                                                            "LC_ALL": "C"])
            let result = try await Subprocess.run(await git(environment), arguments: Arguments(arguments), environment: environment,
                                                  input: .array(input), output: .bytes(limit: outputLimit),
                                                  error: .string(limit: 1 << 20))
            let status: Int32
            switch result.terminationStatus {
            case .exited(let code): status = Int32(code)
            case .signaled(let signal): status = 128 + Int32(signal)
            }
            return .success(Output(status: status, standardOutput: result.standardOutput,
                                   standardError: result.standardError))
        } catch let error as SubprocessError where error.code == .executableNotFound {
            return .failure(.gitMissing)
        } catch {
            return .failure(.failed(command: arguments.dropFirst(2).first ?? "", message: "\(error)"))
        }
    }

    private final class ResultBox: @unchecked Sendable {
        var result: Result<Output, GitError>?
    }

    /// Where `git` is, found once per `PATH` by checking each directory for it: handed
    /// only the name, swift-subprocess spawns a process for every directory before the
    /// one holding git (49 failed spawns in a 30-commit `--git-history` here, a third of
    /// its time). When none has it, the name goes on, so the run fails as git missing.
    private static func git(_ environment: Environment) async -> Executable {
        let path = getenv("PATH").map { String(cString: $0) }
        if let known = resolved.executable(for: path) { return known }
        let executable = (try? await Executable.name("git").resolveExecutablePath(in: environment)).map(Executable.path) ?? .name("git")
        resolved.keep(executable, for: path)
        return executable
    }

    private static let resolved = ResolvedGit()

    private final class ResolvedGit: @unchecked Sendable {
        private let lock = NSLock()
        private var path: String?
        private var executable: Executable?

        func executable(for path: String?) -> Executable? {
            lock.lock()
            defer { lock.unlock() }
            return self.path == path ? executable : nil
        }

        func keep(_ executable: Executable, for path: String?) {
            lock.lock()
            defer { lock.unlock() }
            (self.path, self.executable) = (path, executable)
        }
    }
}
