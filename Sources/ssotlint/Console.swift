import Foundation

/// Standard output for results, standard error for notes.
enum Console {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("ssotlint: \(message)\n".utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
