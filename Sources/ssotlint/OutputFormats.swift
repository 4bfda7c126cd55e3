import ArgumentParser
import SSOTLint

/// One `--format NAME` or `--format NAME:FILE`.
struct FormatRequest: ExpressibleByArgument {
    var name: String
    var file: String?

    init?(argument: String) {
        if let colon = argument.firstIndex(of: ":") {
            name = String(argument[..<colon])
            file = String(argument[argument.index(after: colon)...])
            if file?.isEmpty == true { return nil }
        } else {
            name = argument
        }
    }

    init(name: String, file: String?) {
        self.name = name
        self.file = file
    }
}

/// Writes each requested format to standard output or its file (atomically).
struct OutputWriter {
    var formats: [FormatRequest]
    var output: String?

    /// Renders every format with `render(name, toStandardOutput)`; a format without its own
    /// file goes to `--output` or standard output.
    func write(known: [String], render: (String, Bool) -> String) throws {
        let requests = formats.isEmpty ? [FormatRequest(name: "text", file: nil)] : formats
        for request in requests where !known.contains(request.name) {
            throw CommandFailure.usage("unknown format '\(request.name)'; choose from \(known.joined(separator: ", "))")
        }
        for request in requests {
            if let file = request.file ?? output {
                do { try AtomicFile.write(render(request.name, false), to: file) } catch { throw CommandFailure.usage("\(error)") }
            } else {
                Console.write(render(request.name, true))
            }
        }
    }
}
