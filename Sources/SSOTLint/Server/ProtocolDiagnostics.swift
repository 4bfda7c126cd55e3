extension LSP {
    public struct CodeDescription: Codable, Equatable, Sendable {
        public var href: String
    }

    public struct DiagnosticRelatedInformation: Codable, Equatable, Sendable {
        public var location: Location
        public var message: String
    }

    public struct Diagnostic: Codable, Equatable, Sendable {
        public enum Severity: Int, Codable, Sendable { case error = 1, warning, information, hint }
        /// 2: deprecated.
        public static let deprecatedTag = 2

        public var range: Range
        public var severity: Severity
        public var code: String
        public var codeDescription: CodeDescription?
        public var source = "ssotlint"
        public var message: String
        public var tags: [Int]?
        public var relatedInformation: [DiagnosticRelatedInformation]?
    }

    public struct PublishDiagnosticsParams: Encodable, Sendable {
        var uri: String
        var version: Int?
        var diagnostics: [Diagnostic]
    }

    public struct DocumentDiagnosticParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var previousResultId: String?
    }

    /// A `full` report, or `unchanged` when the client's result id is still current.
    public struct DocumentDiagnosticReport: Encodable, Sendable {
        var kind: String
        var resultId: String
        var items: [Diagnostic]?

        static func make(_ diagnostics: FileDiagnostics, previousResultId: String?) -> DocumentDiagnosticReport {
            previousResultId == diagnostics.resultID
                ? DocumentDiagnosticReport(kind: "unchanged", resultId: diagnostics.resultID, items: nil)
                : DocumentDiagnosticReport(kind: "full", resultId: diagnostics.resultID, items: diagnostics.items)
        }
    }

    public struct PreviousResultID: Decodable, Sendable {
        public var uri: String
        public var value: String
    }

    public struct WorkspaceDiagnosticParams: Decodable, Sendable {
        public var previousResultIds: [PreviousResultID]?
    }

    public struct WorkspaceDocumentDiagnosticReport: Encodable, Sendable {
        var uri: String
        /// The open document's version; `null` for a file read from disk.
        var version: Int?
        var kind: String
        var resultId: String
        var items: [Diagnostic]?

        enum CodingKeys: String, CodingKey { case uri, version, kind, resultId, items }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(uri, forKey: .uri)
            if let version { try container.encode(version, forKey: .version) } else { try container.encodeNil(forKey: .version) }
            try container.encode(kind, forKey: .kind)
            try container.encode(resultId, forKey: .resultId)
            try container.encodeIfPresent(items, forKey: .items)
        }
    }

    public struct WorkspaceDiagnosticReport: Encodable, Sendable {
        var items: [WorkspaceDocumentDiagnosticReport]
    }
}

/// One file's diagnostics as last computed, with the result id that names them.
public struct FileDiagnostics: Equatable, Sendable {
    public var items: [LSP.Diagnostic]
    public var resultID: String
}
