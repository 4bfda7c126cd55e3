/// Reads blobs from the object database in one `git cat-file --batch` run: the contents
/// of files at a commit without checking anything out.
enum GitBlobReader {
    /// The bytes of each object id (missing ones are left out).
    static func read(_ objects: [String], in repository: GitRepository) throws(GitError) -> [String: [UInt8]] {
        let unique = Array(Set(objects))
        guard !unique.isEmpty else { return [:] }
        let request = Array(unique.joined(separator: "\n").utf8) + [UInt8(ascii: "\n")]
        let output = try GitCommand.succeed(["cat-file", "--batch"], in: repository.projectRoot, input: request)
        return parse(output.standardOutput)
    }

    /// `<id> SP <type> SP <size> LF <contents> LF` per object, or `<id> SP missing LF`.
    static func parse(_ bytes: [UInt8]) -> [String: [UInt8]] {
        var blobs: [String: [UInt8]] = [:]
        var position = 0
        while position < bytes.count {
            var lineEnd = position
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let header = bytes[position..<lineEnd].split(separator: UInt8(ascii: " "))
            position = lineEnd + 1
            guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)),
                  position + size <= bytes.count else { continue }
            blobs[String(decoding: header[0], as: UTF8.self)] = Array(bytes[position..<(position + size)])
            position += size + 1
        }
        return blobs
    }
}
