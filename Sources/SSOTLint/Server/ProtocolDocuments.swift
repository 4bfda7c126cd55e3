extension LSP {
    public struct DidOpenTextDocumentParams: Decodable, Sendable {
        public var textDocument: TextDocumentItem
    }

    public struct ContentChange: Decodable, Sendable {
        /// Absent: the text is the whole document.
        public var range: Range?
        public var text: String
    }

    public struct DidChangeTextDocumentParams: Decodable, Sendable {
        public var textDocument: VersionedTextDocumentIdentifier
        public var contentChanges: [ContentChange]
    }

    public struct DidSaveTextDocumentParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
    }

    public struct DidCloseTextDocumentParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
    }

    public struct HoverParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var position: Position
    }

    public struct Hover: Encodable, Sendable {
        var contents: MarkupContent
        var range: Range?
    }
}
