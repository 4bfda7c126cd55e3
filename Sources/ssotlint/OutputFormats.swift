import ArgumentParser
import SSOTLint

/// One `--format NAME` or `--format NAME:FILE`, NAME one of `Format`'s cases; the help
/// text lists them, and ArgumentParser refuses any other name.
struct FormatRequest<Format: RawRepresentable & CaseIterable>: ExpressibleByArgument where Format.RawValue == String {
    var format: Format
    var file: String?

    init?(argument: String) {
        let name: Substring
        if let colon = argument.firstIndex(of: ":") {
            name = argument[..<colon]
            file = String(argument[argument.index(after: colon)...])
            if file?.isEmpty == true { return nil }
        } else {
            name = Substring(argument)
        }
        guard let format = Format(rawValue: String(name)) else { return nil }
        self.format = format
    }

    init(format: Format, file: String?) {
        self.format = format
        self.file = file
    }

    static var allValueStrings: [String] { Format.allCases.map(\.rawValue) }
}

/// Writes each requested format to standard output or its file (atomically).
struct OutputWriter<Format: RawRepresentable & CaseIterable> where Format.RawValue == String {
    var formats: [FormatRequest<Format>]
    var output: String?
    /// The format written when none is requested.
    var standard: Format

    /// Renders every format with `render(format, toStandardOutput)`; a format without its
    /// own file goes to `--output` or standard output.
    func write(render: (Format, Bool) -> String) throws {
        let requests = formats.isEmpty ? [FormatRequest(format: standard, file: nil)] : formats
        for request in requests {
            if let file = request.file ?? output {
                do { try AtomicFile.write(render(request.format, false), to: file) } catch { throw CommandFailure.usage("\(error)") }
            } else {
                Console.write(render(request.format, true))
            }
        }
    }
}
