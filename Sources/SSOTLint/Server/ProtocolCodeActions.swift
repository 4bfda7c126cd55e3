extension LSP {
    public enum CodeActionKind {
        static let quickFix = "quickfix"
        static let fixAll = "source.fixAll.ssotlint"
    }

    public struct CodeActionContext: Decodable, Sendable {
        public var only: [String]?
    }

    public struct CodeActionParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var range: Range
        public var context: CodeActionContext?
    }

    public struct CodeAction: Encodable, Equatable, Sendable {
        var title: String
        var kind: String
        var diagnostics: [Diagnostic]?
        var isPreferred: Bool?
        var edit: WorkspaceEdit
    }
}
