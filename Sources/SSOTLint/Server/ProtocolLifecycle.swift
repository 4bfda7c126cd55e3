extension LSP {
    public struct WorkspaceFolder: Codable, Sendable {
        public var uri: String
        public var name: String?
    }

    /// What of a client's capabilities the server looks at; everything is optional, and
    /// anything else the client sends is ignored.
    public struct ClientCapabilities: Decodable, Sendable {
        public struct General: Decodable, Sendable { public var positionEncodings: [String]? }
        public struct Present: Decodable, Sendable {
            public var dynamicRegistration: Bool?
            public var refreshSupport: Bool?
        }
        public struct TextDocument: Decodable, Sendable {
            public var diagnostic: Present?
            public var publishDiagnostics: Present?
        }
        public struct Workspace: Decodable, Sendable {
            public var diagnostics: Present?
            public var didChangeWatchedFiles: Present?
        }

        public var general: General?
        public var textDocument: TextDocument?
        public var workspace: Workspace?
    }

    public struct InitializeParams: Decodable, Sendable {
        public var rootUri: String?
        public var rootPath: String?
        public var workspaceFolders: [WorkspaceFolder]?
        public var capabilities: ClientCapabilities?
    }

    public struct ServerCapabilities: Encodable, Sendable {
        public struct SaveOptions: Encodable, Sendable { var includeText = false }
        public struct TextDocumentSync: Encodable, Sendable {
            var openClose = true
            /// 2: incremental.
            var change = 2
            var save = SaveOptions()
        }
        public struct DiagnosticOptions: Encodable, Sendable {
            var identifier = "ssotlint"
            var interFileDependencies = true
            var workspaceDiagnostics = true
        }
        public struct CodeActionOptions: Encodable, Sendable {
            var codeActionKinds: [String]
            var resolveProvider = false
        }

        var positionEncoding: PositionEncoding
        var textDocumentSync = TextDocumentSync()
        var diagnosticProvider = DiagnosticOptions()
        var codeActionProvider = CodeActionOptions(codeActionKinds: [CodeActionKind.quickFix, CodeActionKind.fixAll])
        var hoverProvider = true
    }

    public struct ServerInfo: Encodable, Sendable {
        var name: String
        var version: String
    }

    public struct InitializeResult: Encodable, Sendable {
        var capabilities: ServerCapabilities
        var serverInfo: ServerInfo
    }

    public struct FileSystemWatcher: Encodable, Sendable {
        var globPattern: String
    }

    public struct Registration: Encodable, Sendable {
        public struct WatchedFilesOptions: Encodable, Sendable { var watchers: [FileSystemWatcher] }
        var id: String
        var method: String
        var registerOptions: WatchedFilesOptions
    }

    public struct RegistrationParams: Encodable, Sendable {
        var registrations: [Registration]
    }

    public struct FileEvent: Decodable, Sendable {
        /// 1 created, 2 changed, 3 deleted.
        public var uri: String
        public var type: Int
    }

    public struct DidChangeWatchedFilesParams: Decodable, Sendable {
        public var changes: [FileEvent]
    }
}
