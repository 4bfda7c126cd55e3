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

/// `--format` and `--output`, for a command whose formats are `Format`'s cases.
struct OutputOptions<Format: RawRepresentable & CaseIterable>: ParsableArguments where Format.RawValue == String {
    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format; repeat as NAME:FILE to write several.", valueName: "NAME[:FILE]"))
    var formats: [FormatRequest<Format>] = []

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    /// Renders every requested format (`standard` when none is) with
    /// `render(format, toStandardOutput)`, to its own file, `--output` or standard output;
    /// files are written atomically.
    func write(standard: Format, render: (Format, Bool) -> String) throws {
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
