import Foundation

extension LanguageServer {
    func initialize(_ params: LSP.InitializeParams) -> LSP.InitializeResult {
        let capabilities = params.capabilities
        encoding = LSP.PositionEncoding.negotiate(capabilities?.general?.positionEncodings)
        client.pullsDiagnostics = capabilities?.textDocument?.diagnostic != nil
        client.refreshesDiagnostics = capabilities?.workspace?.diagnostics?.refreshSupport == true
        client.registersWatchers = capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration == true
        let folder = (params.workspaceFolders?.first?.uri ?? params.rootUri).flatMap(Self.filePath(ofURI:))
            ?? params.rootPath ?? FileManager.default.currentDirectoryPath
        workspaceFolder = URL(fileURLWithPath: folder).standardizedFileURL.path
        root = workspaceFolder
        phase = .running
        loadConfiguration(announce: false)
        return LSP.InitializeResult(capabilities: LSP.ServerCapabilities(positionEncoding: encoding),
                                    serverInfo: LSP.ServerInfo(name: "ssotlint", version: SSOTLintVersion.current))
    }

    /// After `initialized`: watch the project's Python files, its configuration and rule
    /// packs (when the client can), and show a configuration problem found at start.
    func registerWatchers() {
        if client.registersWatchers {
            let watchers = ["**/*.py", "**/*.{yml,yaml}"].map { LSP.FileSystemWatcher(globPattern: $0) }
            request("client/registerCapability", LSP.RegistrationParams(registrations: [
                LSP.Registration(id: "ssotlint-watched-files", method: "workspace/didChangeWatchedFiles",
                                 registerOptions: .init(watchers: watchers)),
            ]))
        }
        if let problem = configurationProblem { announce(problem.error) }
    }

    /// Loads the configuration found from the workspace folder as the CLI finds it, and
    /// makes a new engine with the open documents' buffers. On an error the last valid
    /// configuration stays in use, and the error is shown on the file at its place.
    func loadConfiguration(announce: Bool = true) {
        let configuration: Configuration
        do {
            configuration = try ConfigurationLoader.load(from: workspaceFolder)
        } catch {
            let uri = Self.uri(ofAbsolutePath: error.file.hasPrefix("/") ? error.file : workspaceFolder + "/" + error.file)
            if let previous = configurationProblem, previous.uri != uri { clearConfigurationDiagnostics(previous.uri) }
            configurationProblem = (uri, error)
            if announce { self.announce(error) }
            return
        }
        if let previous = configurationProblem {
            clearConfigurationDiagnostics(previous.uri)
            configurationProblem = nil
        }
        root = configuration.root
        var analysis = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        analysis.keepsFixSources = true
        analysis.useCache = usesCache
        do {
            analysis.baseline = try BaselineFile.load(named: nil, for: configuration)
        } catch {
            if announce { showMessage(.warning, "ssotlint: the baseline is not used: \(error)") }
        }
        let engine = AnalysisEngine(analysis)
        var overlays: [String: AnalysisEngine.Change] = [:]
        for (path, document) in documents { overlays[path] = .overlay(document.text.bytes) }
        engine.update(overlays)
        self.engine = engine
        rulesByID = Dictionary(configuration.rules.map { ($0.common.id, $0) }, uniquingKeysWith: { first, _ in first })
        diagnostics = DiagnosticsTable()
        isStale = true
    }

    /// Shows a configuration error as a diagnostic on its file and as a message.
    func announce(_ error: ConfigurationError) {
        showMessage(.error, "ssotlint: \(error) (the last valid configuration stays in use)")
        guard let problem = configurationProblem else { return }
        let line = max(0, (error.line ?? 1) - 1), column = max(0, (error.column ?? 1) - 1)
        let position = LSP.Position(line: line, character: column)
        let diagnostic = LSP.Diagnostic(range: LSP.Range(start: position, end: LSP.Position(line: line, character: column + 1)),
                                        severity: .error, code: "configuration-error", message: error.message)
        notify("textDocument/publishDiagnostics", LSP.PublishDiagnosticsParams(uri: problem.uri, diagnostics: [diagnostic]))
    }

    func clearConfigurationDiagnostics(_ uri: String) {
        notify("textDocument/publishDiagnostics", LSP.PublishDiagnosticsParams(uri: uri, diagnostics: []))
    }

    /// Whether a change to the file at `path` can change the configuration: YAML files
    /// are the configuration (`.ssotlint.yml`) and rule packs.
    func isConfigurationFile(_ path: String) -> Bool {
        path.hasSuffix(".yml") || path.hasSuffix(".yaml")
    }

    // MARK: Paths and URIs

    /// The path of a `file:` URI, percent-decoded; nil for other schemes.
    static func filePath(ofURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
    }

    static func uri(ofAbsolutePath path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }

    /// The path relative to the project root of a document, nil outside the root.
    func projectPath(ofURI uri: String) -> String? {
        guard let path = Self.filePath(ofURI: uri) else { return nil }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// The URI to name a project file by: the open document's own, else made from its path.
    func uri(ofProjectPath path: String) -> String {
        documents[path]?.uri ?? Self.uri(ofAbsolutePath: root + "/" + path)
    }
}
