/// A text codec that a PEP 263 coding line may name and that ssotlint can decode:
/// UTF-8, or a single-byte codec that glibc's iconv knows under `iconvName`.
struct SourceCodec: Hashable, Sendable {
    /// Python's module in `encodings`, which its aliases map to (`latin_1`, `cp1252`).
    let module: String
    /// The name reported in `DecodedSource.encoding`: Python's codec name, except that
    /// Latin-1 is `iso-8859-1` as `tokenize.detect_encoding` normalises it.
    let name: String
    /// glibc's iconv name; nil for UTF-8, which is validated natively.
    let iconvName: String?
    /// Python's aliases for `module`, as listed in `encodings.aliases` (3.11).
    let aliases: [String]

    var isUTF8: Bool { iconvName == nil }
}

extension SourceCodec {
    static let utf8 = SourceCodec(
        module: "utf_8", name: "utf-8", iconvName: nil,
        aliases: ["cp65001", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4"])

    /// Every codec we decode. Single-byte codecs only besides UTF-8: they are what coding
    /// lines in the wild name (SPEC §8), and Python and glibc agree on them byte for byte.
    static let all: [SourceCodec] = [
        utf8,
        // Without a BOM at the start, `utf-8-sig` decodes exactly like `utf-8`.
        SourceCodec(module: "utf_8_sig", name: "utf-8", iconvName: nil, aliases: []),
        SourceCodec(
            module: "latin_1", name: "iso-8859-1", iconvName: "ISO-8859-1",
            aliases: ["8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
                      "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1"]),
        SourceCodec(
            module: "ascii", name: "ascii", iconvName: "ASCII",
            aliases: ["646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367", "csascii",
                      "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"]),
        iso8859(2, ["csisolatin2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2"]),
        iso8859(3, ["csisolatin3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3"]),
        iso8859(4, ["csisolatin4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4"]),
        iso8859(5, ["csisolatincyrillic", "cyrillic", "iso_8859_5_1988", "iso_ir_144"]),
        iso8859(6, ["arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6_1987", "iso_ir_127"]),
        iso8859(7, ["csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7_1987",
                    "iso_ir_126"]),
        iso8859(8, ["csisolatinhebrew", "hebrew", "iso_8859_8_1988", "iso_ir_138"]),
        iso8859(9, ["csisolatin5", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5"]),
        iso8859(10, ["csisolatin6", "iso_8859_10_1992", "iso_ir_157", "l6", "latin6"]),
        iso8859(11, ["iso_8859_11_2001", "thai"]),
        // There is no ISO-8859-12, in Python or anywhere else.
        iso8859(13, ["l7", "latin7"]),
        iso8859(14, ["iso_8859_14_1998", "iso_celtic", "iso_ir_199", "l8", "latin8"]),
        iso8859(15, ["l9", "latin9"]),
        iso8859(16, ["iso_8859_16_2001", "iso_ir_226", "l10", "latin10"]),
        windows(1250), windows(1251), windows(1252), windows(1253), windows(1254),
        windows(1255), windows(1256), windows(1257), windows(1258),
        SourceCodec(module: "koi8_r", name: "koi8-r", iconvName: "KOI8-R", aliases: ["cskoi8r"]),
        SourceCodec(module: "koi8_u", name: "koi8-u", iconvName: "KOI8-U", aliases: []),
    ]

    private static func iso8859(_ part: Int, _ aliases: [String]) -> SourceCodec {
        SourceCodec(
            module: "iso8859_\(part)", name: "iso8859-\(part)", iconvName: "ISO-8859-\(part)",
            aliases: ["iso_8859_\(part)"] + aliases)
    }

    private static func windows(_ page: Int) -> SourceCodec {
        SourceCodec(
            module: "cp\(page)", name: "cp\(page)", iconvName: "CP\(page)",
            aliases: ["\(page)", "windows_\(page)"])
    }

    private static let byModule: [String: SourceCodec] =
        Dictionary(uniqueKeysWithValues: all.map { ($0.module, $0) })

    private static let moduleByAlias: [String: String] =
        Dictionary(uniqueKeysWithValues: all.flatMap { codec in codec.aliases.map { ($0, codec.module) } })

    /// The codec Python's `codecs.lookup(name)` finds, when it is one we decode.
    ///
    /// Mirrors `encodings.search_function`: normalise, try the alias table (also with dots
    /// as underscores), then the name itself as a module name unless it holds a dot.
    static func lookup(_ name: String) -> SourceCodec? {
        let normalized = normalizedCodecName(name)
        let dotless = String(normalized.map { $0 == "." ? "_" : $0 })
        if let module = moduleByAlias[normalized] ?? moduleByAlias[dotless] {
            return byModule[module]
        }
        return normalized.contains(".") ? nil : byModule[normalized]
    }

    /// CPython's `_Py_normalize_encoding`: ASCII lower case, each run of characters other
    /// than letters, digits and dots becomes one `_`, dropped at either end.
    static func normalizedCodecName(_ name: String) -> String {
        var result: [UInt8] = []
        var pendingSeparator = false
        for byte in name.utf8 {
            let lowered = byte | 0x20  // ASCII letters only; digits and '.' are checked as is
            let isLetterOrDigit = (0x30...0x39).contains(byte) || (0x61...0x7A).contains(lowered)
            if isLetterOrDigit || byte == UInt8(ascii: ".") {
                if pendingSeparator && !result.isEmpty { result.append(UInt8(ascii: "_")) }
                pendingSeparator = false
                result.append((0x61...0x7A).contains(lowered) ? lowered : byte)
            } else {
                pendingSeparator = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
