// The libFuzzer entry point. scripts/fuzz.sh compiles this folder's Swift files with
// `-sanitize=fuzzer,address` against the PythonSource and SSOTLint modules of a
// separate SwiftPM build; libFuzzer supplies `main`.
import Foundation
import PythonSource
import SSOTLint

/// The project every input is analysed in, loaded once (Swift globals are initialised
/// lazily and exactly once). `SSOTLINT_FUZZ_PROJECT` names its folder; by default it is
/// `Fuzz/project` next to this file.
let fuzzHarness: FuzzHarness = {
    let root = ProcessInfo.processInfo.environment["SSOTLINT_FUZZ_PROJECT"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("project").path
    do {
        return try FuzzHarness(project: FuzzProject(root: root))
    } catch {
        // A broken fixed project is a set-up error, not a finding: stop before fuzzing.
        FileHandle.standardError.write(Data("ssotlint-fuzz: cannot load the project at \(root): \(error)\n".utf8))
        exit(2)
    }
}()

/// Loads the project and runs its own files once, so that everything made lazily and
/// kept for the whole run (compiled regular expressions, runtime metadata) is made here.
/// Fuzz/lsan.supp tells LeakSanitizer to ignore what is allocated here: see there why.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    for input in fuzzHarness.project.sampleInputs { fuzzHarness.check(input) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    fuzzHarness.check(bytes)
    return 0
}
