import Foundation

/// `ssotlint server`'s state and its dispatch of messages: the project's analysis held in
/// memory (`AnalysisEngine`), the open documents, and what each client was last sent.
/// One thread calls it; `ServerConnection` does the reading and framing around it.
public final class LanguageServer {
    enum Phase { case waitingForInitialize, running, shutDown }

    /// Sends one framed message body to the client.
    let send: ([UInt8]) -> Void
    /// Ids of requests the client cancelled before they were handled.
    let isCancelled: (JSONRPC.RequestID) -> Bool
    let log: (String) -> Void

    var phase = Phase.waitingForInitialize
    var encoding = LSP.PositionEncoding.utf16
    var client = ClientFeatures()
    /// The folder the client opened; the configuration is looked for from there upward.
    var workspaceFolder = FileManager.default.currentDirectoryPath
    /// The project root (the configuration's folder).
    var root = FileManager.default.currentDirectoryPath
    /// The last configuration that loaded, and the engine made from it; nil while none has.
    var engine: AnalysisEngine?
    /// The configuration error shown on a configuration file, if any.
    var configurationProblem: (uri: String, error: ConfigurationError)?
    var documents: [String: OpenDocument] = [:]
    /// The findings of the last analysis and whether files changed since.
    var result: AnalysisResult?
    var findingsByPath: [String: [Finding]] = [:]
    /// The rules in effect, by id.
    var rulesByID: [String: any Rule] = [:]
    var isStale = true
    /// Files changed since the last analysis: the client asks for their diagnostics
    /// itself, so only other files' changes need a refresh.
    var editedSinceAnalysis: Set<String> = []
    var diagnostics = DiagnosticsTable()
    /// What was last pushed (`publishDiagnostics`) or pulled, by path, to tell which
    /// files' diagnostics an edit changed.
    var sentResultIDs: [String: String] = [:]
    var nextRequestID = 1
    /// Whether analyses read and write the project's cache (the fuzzer turns it off).
    public var usesCache = true
    /// Set by `exit`: the process's exit code.
    public private(set) var exitCode: Int32?

    public var isShutDown: Bool { phase == .shutDown }

    public init(send: @escaping ([UInt8]) -> Void, isCancelled: @escaping (JSONRPC.RequestID) -> Bool = { _ in false },
                log: @escaping (String) -> Void = { _ in }) {
        self.send = send
        self.isCancelled = isCancelled
        self.log = log
    }

    /// What the client said it supports at `initialize`.
    struct ClientFeatures {
        var pullsDiagnostics = false
        var refreshesDiagnostics = false
        var registersWatchers = false
    }

    /// A document the client has open, by path relative to the project root.
    struct OpenDocument {
        var uri: String
        var version: Int
        var text: TextDocument
    }

    // MARK: Dispatch

    /// Handles one frame's body.
    public func handle(body: [UInt8]) {
        switch JSONRPC.decode(body) {
        case .success(let message): handle(message)
        case .failure(let failure): reject(failure)
        }
    }

    /// Answers a body that is not a message the server can act on.
    public func reject(_ failure: JSONRPC.DecodingFailure) {
        send(JSONRPC.error(failure.code, failure.message, id: failure.id))
    }

    public func handle(_ message: JSONRPC.Incoming) {
        switch message {
        case let .request(id, method, body): handleRequest(id: id, method: method, body: body)
        case let .notification(method, body): handleNotification(method: method, body: body)
        case .response: break
        }
    }

    /// Work left after a batch of messages: analysing what changed and telling clients
    /// that do not pull, or whose other files changed.
    public func finishBatch() {
        guard phase == .running else { return }
        analyzeIfStale()
    }

    private func handleRequest(id: JSONRPC.RequestID, method: String, body: [UInt8]) {
        if isCancelled(id) {
            send(JSONRPC.error(.requestCancelled, "the request was cancelled", id: id))
            return
        }
        switch phase {
        case .waitingForInitialize where method != "initialize":
            send(JSONRPC.error(.serverNotInitialized, "the server is not initialized yet", id: id))
            return
        case .shutDown:
            send(JSONRPC.error(.invalidRequest, "the server is shut down", id: id))
            return
        default: break
        }
        do {
            switch method {
            case "initialize": try reply(id, initialize(try JSONRPC.params(LSP.InitializeParams.self, from: body)))
            case "shutdown":
                phase = .shutDown
                send(JSONRPC.result(Optional<Bool>.none, id: id))
            case "textDocument/diagnostic":
                try reply(id, documentDiagnostic(try JSONRPC.params(LSP.DocumentDiagnosticParams.self, from: body)))
            case "workspace/diagnostic":
                try reply(id, workspaceDiagnostic(try JSONRPC.params(LSP.WorkspaceDiagnosticParams.self, from: body)))
            case "textDocument/codeAction":
                try reply(id, codeActions(try JSONRPC.params(LSP.CodeActionParams.self, from: body)))
            case "textDocument/hover":
                try reply(id, hover(try JSONRPC.params(LSP.HoverParams.self, from: body)))
            default:
                send(JSONRPC.error(.methodNotFound, "unknown method '\(method)'", id: id))
            }
        } catch let error as DecodingError {
            send(JSONRPC.error(.invalidParams, "invalid params for \(method): \(JSONRPC.describe(error))", id: id))
        } catch {
            send(JSONRPC.error(.internalError, "\(method) failed: \(error)", id: id))
        }
    }

    private func reply<Result: Encodable>(_ id: JSONRPC.RequestID, _ result: Result?) throws {
        send(JSONRPC.result(result, id: id))
    }

    private func handleNotification(method: String, body: [UInt8]) {
        if method == "exit" {
            exitCode = phase == .shutDown ? 0 : 1
            return
        }
        // Before `initialize`, notifications are dropped (the protocol says so), `exit` aside.
        guard phase == .running else { return }
        do {
            switch method {
            case "initialized": registerWatchers()
            case "textDocument/didOpen": didOpen(try JSONRPC.params(LSP.DidOpenTextDocumentParams.self, from: body))
            case "textDocument/didChange": didChange(try JSONRPC.params(LSP.DidChangeTextDocumentParams.self, from: body))
            case "textDocument/didSave": didSave(try JSONRPC.params(LSP.DidSaveTextDocumentParams.self, from: body))
            case "textDocument/didClose": didClose(try JSONRPC.params(LSP.DidCloseTextDocumentParams.self, from: body))
            case "workspace/didChangeWatchedFiles":
                didChangeWatchedFiles(try JSONRPC.params(LSP.DidChangeWatchedFilesParams.self, from: body))
            default: break  // `$/cancelRequest` (handled as messages arrive), `$/setTrace` and the like
            }
        } catch {
            // A notification has no answer: the problem goes to the log.
            log("ignored \(method): \(JSONRPC.describe(error))")
        }
    }

    // MARK: Messages to the client

    func notify<Params: Encodable>(_ method: String, _ params: Params) {
        send(JSONRPC.notification(method, params))
    }

    func request<Params: Encodable>(_ method: String, _ params: Params?) {
        send(JSONRPC.request(method, params, id: .string("ssotlint-\(nextRequestID)")))
        nextRequestID += 1
    }

    func showMessage(_ kind: LSP.MessageParams.Kind, _ message: String) {
        notify("window/showMessage", LSP.MessageParams(type: kind, message: message))
    }
}
