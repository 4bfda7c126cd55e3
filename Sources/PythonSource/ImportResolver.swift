/// Name resolution (SPEC §4 "Name resolution"): what the names bound by a file's import
/// statements stand for, and the references the import statements make themselves.
/// Bindings are flow-insensitive: an import anywhere in the file binds for the whole file.
public enum ImportResolver {
    /// The absolute module an `import`-`from` statement names: its module for an absolute
    /// import; for a relative one, the module resolved against the file's package
    /// (`from .cfg import get` in `pkg/sub/m.py` → `pkg.sub.cfg`; `from . import x` in
    /// `pkg/sub/__init__.py` → `pkg.sub`). Nil when it has more leading dots than the
    /// package has parts, or for an `import a.b` statement.
    ///
    /// - Parameters:
    ///   - moduleName: the file's module name (`ModuleName.of`).
    ///   - isPackage: the file is a package's `__init__.py`, which is its own package.
    public static func absoluteModule(of statement: ImportFact, moduleName: String, isPackage: Bool) -> String? {
        guard statement.form == .importFrom else { return nil }
        guard statement.level > 0 else { return statement.module }
        // The package's parts counted on the name's bytes (splitting the name into strings
        // for every relative import showed in profiles).
        let utf8 = moduleName.utf8
        var parts = moduleName.isEmpty ? 0 : 1
        for byte in utf8 where byte == UInt8(ascii: ".") { parts += 1 }
        if !isPackage && parts > 0 { parts -= 1 }
        guard statement.level <= parts else { return nil }
        let kept = parts - (statement.level - 1)
        guard kept > 0 else { return statement.module }
        var end = utf8.endIndex
        var dots = 0
        for index in utf8.indices where utf8[index] == UInt8(ascii: ".") {
            dots += 1
            if dots == kept {
                end = index
                break
            }
        }
        let package = String(Substring(utf8[..<end]))
        return statement.module.isEmpty ? package : package + "." + statement.module
    }

    /// `a` of `a.b.c`, found on the string's contiguous UTF-8 bytes (`prefix(while:)` over
    /// Characters, slicing the String itself, and the UTF-8 view's `firstIndex`, ~230
    /// instructions a call, showed in profiles).
    public static func topLevelName(of path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            bytes.firstIndex(of: UInt8(ascii: ".")).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[..<$0]), as: UTF8.self) }
        } ?? path
    }

    /// The references an import statement makes (SPEC §4): `import a.b.c [as d]`
    /// references `a.b.c` at `a`; `from M import n [as m]` references `M.n` at `n`, with
    /// a relative `M` resolved first; `from M import *` references `M` at its module path.
    /// A relative import that resolves to nothing references nothing. With `roots`, only
    /// the references under those top-level modules are made (most imports are of modules
    /// a caller does not ask about: a `from` import is told from its module alone).
    public static func references(of statement: ImportFact, moduleName: String, isPackage: Bool,
                                  under roots: Set<String>? = nil) -> [ImportReference] {
        switch statement.form {
        case .importModules:
            return statement.names.compactMap {
                guard roots?.contains(topLevelName(of: $0.name)) ?? true else { return nil }
                return ImportReference(path: $0.name, offset: $0.offset, end: $0.end, inTypeChecking: statement.inTypeChecking)
            }
        case .importFrom:
            guard let module = absoluteModule(of: statement, moduleName: moduleName, isPackage: isPackage),
                  roots?.contains(topLevelName(of: module)) ?? true else { return [] }
            // `from M import *` references M itself, at its module path.
            if statement.isStar {
                return [ImportReference(path: module, offset: statement.moduleOffset, end: statement.moduleEnd,
                                        inTypeChecking: statement.inTypeChecking)]
            }
            return statement.names.map {
                ImportReference(path: module + "." + $0.name, offset: $0.offset, end: $0.end,
                                inTypeChecking: statement.inTypeChecking)
            }
        }
    }

    /// The names a file's imports bind, each to every target it is bound to.
    public struct Bindings: Sendable, Equatable {
        /// Name → dotted targets, in the order the imports appear, without repeats.
        public private(set) var targets: [String: [String]] = [:]
        /// For each first byte of a bound name, a bit per name length (lengths over 63
        /// share the last bit): most chains start with a name no import binds, and this
        /// tells so without hashing the name.
        private var lengthsByFirstByte = [UInt64](repeating: 0, count: 256)

        /// - `import os`, `import os.path` bind `os` → `os`; `import a.b as c` binds `c` → `a.b`;
        /// - `from os import environ [as env]` binds `environ` (`env`) → `os.environ`;
        /// - relative imports bind as `absoluteModule` resolves them, or not at all;
        /// - `from M import *` binds nothing.
        public init(imports: [ImportFact], moduleName: String, isPackage: Bool) {
            // Room for every name at once: growing the table rehashed it again and again.
            targets.reserveCapacity(imports.reduce(0) { $0 + $1.names.count })
            for statement in imports {
                switch statement.form {
                case .importModules:
                    for imported in statement.names {
                        if let alias = imported.alias {
                            bind(alias, to: imported.name)
                        } else {
                            let first = ImportResolver.topLevelName(of: imported.name)
                            bind(first, to: first)
                        }
                    }
                case .importFrom:
                    guard let module = ImportResolver.absoluteModule(of: statement, moduleName: moduleName, isPackage: isPackage) else { continue }
                    for imported in statement.names {
                        bind(imported.alias ?? imported.name, to: module + "." + imported.name)
                    }
                }
            }
        }

        private mutating func bind(_ name: String, to target: String) {
            if let first = name.utf8.first { lengthsByFirstByte[Int(first)] |= 1 << UInt64(min(name.utf8.count, 63)) }
            Self.add(target, to: &targets[name, default: []])
        }

        /// One lookup of the name: the new target joins its list unless already there.
        private static func add(_ target: String, to list: inout [String]) {
            if !list.contains(target) { list.append(target) }
        }

        /// Every dotted path the chain `parts` resolves to: `binding(n0).n1...nk` for each
        /// target of `n0`; empty when `n0` is not bound by an import.
        public func resolve(_ parts: [String]) -> [String] {
            guard let first = parts.first, let byte = first.utf8.first,
                  lengthsByFirstByte[Int(byte)] & (1 << UInt64(min(first.utf8.count, 63))) != 0,
                  let bound = targets[first] else { return [] }
            guard parts.count > 1 else { return bound }
            // One string built in place per target (`joined` and `+` made three).
            var restLength = 0
            for part in parts.dropFirst() { restLength += 1 + part.utf8.count }
            return bound.map { target in
                var path = target
                path.reserveCapacity(target.utf8.count + restLength)
                for part in parts.dropFirst() {
                    path.append(".")
                    path.append(part)
                }
                return path
            }
        }
    }
}

/// A reference made by an import statement itself (`ImportResolver.references(of:...)`).
public struct ImportReference: Sendable, Equatable {
    /// The dotted path referenced: `a.b.c`, or `M.n` for `from M import n`.
    public var path: String
    /// Offset of the first token of the imported name.
    public var offset: UInt32
    /// End offset of the imported name's last token.
    public var end: UInt32
    public var inTypeChecking: Bool

    public init(path: String, offset: UInt32, end: UInt32, inTypeChecking: Bool = false) {
        self.path = path
        self.offset = offset
        self.end = end
        self.inTypeChecking = inTypeChecking
    }
}
