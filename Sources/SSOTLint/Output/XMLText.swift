/// Minimal XML 1.0 text building for the JUnit reporter: escaping, and removal of the
/// characters XML 1.0 cannot carry at all (control characters, U+FFFE, U+FFFF), which
/// would make the whole document unreadable to a CI server.
public enum XMLText {
    /// `text` escaped for an attribute value in double quotes. Tabs and line breaks become
    /// character references, since a parser would otherwise normalise them to spaces.
    public static func attribute(_ text: String) -> String {
        escaped(text, inAttribute: true)
    }

    /// `text` escaped for element content.
    public static func content(_ text: String) -> String {
        escaped(text, inAttribute: false)
    }

    static func escaped(_ text: String, inAttribute: Bool) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += inAttribute ? "&quot;" : "\""
            case "'": output += inAttribute ? "&apos;" : "'"
            // A literal CR would be folded into the following LF by any XML parser.
            case "\r": output += "&#13;"
            case "\n": output += inAttribute ? "&#10;" : "\n"
            case "\t": output += inAttribute ? "&#9;" : "\t"
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    /// (a Swift scalar is never a surrogate).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        return value != 0xFFFE && value != 0xFFFF
    }
}
