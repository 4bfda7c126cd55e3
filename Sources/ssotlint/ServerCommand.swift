import ArgumentParser
import Foundation
import SSOTLint

struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Run the language server (LSP 3.17 over standard input and output).",
        discussion: """
            An editor starts it and speaks the Language Server Protocol to it: diagnostics \
            for open files and the whole workspace (pull and push), quick fixes, suppression \
            actions and hover. The configuration is found from the workspace folder as the CLI \
            finds it. Logs go to standard error.
            """
    )

    func run() throws {
        let code = ServerConnection().run()
        Foundation.exit(code)
    }
}
