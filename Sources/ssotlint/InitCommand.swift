import ArgumentParser
import Foundation
import SSOTLint

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .ssotlint.yml in the current directory.",
        discussion: """
            Detects a src/ layout and the test folders present, enables builtin:env-access, \
            and lists every other key and rule kind as commented examples. Never overwrites \
            an existing .ssotlint.yml (exit 2).
            """
    )

    func run() throws {
        let folder = FileManager.default.currentDirectoryPath
        let path = folder + "/" + ConfigurationLoader.fileName
        var status = stat()
        if lstat(path, &status) == 0 {
            Console.note("error: \(ConfigurationLoader.fileName) already exists in \(folder); "
                + "edit it, or remove it to start again")
            throw ExitCode(2)
        }
        let layout = ProjectLayout.detect(root: folder)
        do {
            try AtomicFile.create(path, with: Array(StarterConfiguration.text(for: layout).utf8))
        } catch {
            Console.note("error: \(error)")
            throw ExitCode(2)
        }
        let tests = layout.testFolders.isEmpty ? "none found" : layout.testFolders.joined(separator: ", ")
        Console.write("""
            Wrote \(ConfigurationLoader.fileName) (src-roots: \(layout.srcRoots.joined(separator: ", ")); \
            test folders: \(tests)).
            Next: `ssotlint check` to lint, `ssotlint baseline` to accept today's findings.

            """)
    }
}
