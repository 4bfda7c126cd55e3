import PythonSource

/// A list of dotted API paths and the test "a resolved path equals X or starts with X.".
struct APIList: Sendable {
    let paths: [String]
    private let pathBytes: [[UInt8]]

    init(_ node: ConfigNode, context: String) throws(ConfigurationError) {
        let paths = try node.stringList(context)
        if paths.isEmpty { throw node.error("\(context) must name at least one dotted path") }
        for path in paths where !APIList.isDottedPath(path) {
            throw node.error("'\(path)' in \(context) is not a dotted path like os.environ")
        }
        self.paths = paths
        pathBytes = paths.map { Array($0.utf8) }
    }

    static func isDottedPath(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first else { return false }
            return (first.properties.isXIDStart || first == "_")
                && part.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
        }
    }

    /// The top-level module of each path.
    var roots: Set<String> { Set(paths.map(ImportResolver.topLevelName(of:))) }

    /// The first API (in list order) that one of the resolved `targets` references.
    func firstMatch(in targets: [String]) -> String? {
        var first = paths.count
        for target in targets {
            var target = target
            target.withUTF8 { target in
                for index in 0..<first where APIList.references(target, pathBytes[index]) {
                    first = index
                    break
                }
            }
        }
        return first < paths.count ? paths[first] : nil
    }

    static func references(_ target: String, _ api: String) -> Bool {
        var target = target
        var api = api
        return target.withUTF8 { target in api.withUTF8 { references(target, $0) } }
    }

    static func references(_ target: UnsafeBufferPointer<UInt8>, _ api: [UInt8]) -> Bool {
        api.withUnsafeBufferPointer { references(target, $0) }
    }

    /// Whether `target` is `api` or inside it. Compares UTF-8 bytes: names are
    /// NFKC-normalised already, and `String.hasPrefix` (grapheme by grapheme) was a hot spot.
    static func references(_ target: UnsafeBufferPointer<UInt8>, _ api: UnsafeBufferPointer<UInt8>) -> Bool {
        target.count >= api.count && UnsafeBufferPointer(rebasing: target[..<api.count]).elementsEqual(api)
            && (target.count == api.count || target[api.count] == UInt8(ascii: "."))
    }
}
