/// The blob id of each work-tree file that git knows is unchanged: its index entry's blob
/// (`ls-files -s`) unless `diff-files` lists it as modified. A commit's file with the same
/// blob id has the work tree's bytes, so today's outcome serves it without reading the blob.
/// (`diff-files` does not refresh the index; a file whose stat data is stale is merely
/// listed as modified, which costs a blob read, never a wrong answer.)
enum WorkTreeBlobs {
    static func unchanged(in repository: GitRepository) throws(GitError) -> [String: String] {
        // Both relative to the project root and limited to it.
        let index = try GitCommand.succeed(["ls-files", "-s", "-z"], in: repository.projectRoot)
        let modified = try GitCommand.succeed(["diff-files", "--name-only", "-z", "--relative"], in: repository.projectRoot)
        let changed = Set(modified.standardOutput.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
        var blobs: [String: String] = [:]
        for record in index.standardOutput.split(separator: 0) {
            // `<mode> SP <object> SP <stage> TAB <path>`; only stage 0 (no conflict).
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = record[..<tab].split(separator: UInt8(ascii: " "))
            guard fields.count == 3, fields[2].elementsEqual("0".utf8), fields[0].starts(with: "100".utf8) else { continue }
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            if !changed.contains(path) { blobs[path] = String(decoding: fields[1], as: UTF8.self) }
        }
        return blobs
    }
}
