import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc

// Glibc's module map hides these X/Open functions; they are in libc all the same.
private func libcFunction<T>(_ name: String, as type: T.Type) -> T {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("libc has no \(name)") }
    return unsafeBitCast(symbol, to: type)
}

private let posix_openpt = libcFunction("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
private let grantpt = libcFunction("grantpt", as: (@convention(c) (Int32) -> Int32).self)
private let unlockpt = libcFunction("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
private let ptsname = libcFunction("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
#elseif canImport(Darwin)
import Darwin
#endif

/// A pseudo-terminal pair: a child writes to `device` and sees a terminal (`isatty`),
/// and the test reads what it wrote from the controller side.
final class PseudoTerminal {
    let controller: Int32
    let device: Int32
    private var deviceOpen = true
    private var controllerOpen = true

    struct OpenError: Error, CustomStringConvertible {
        var step: String
        var description: String { "cannot open a pseudo-terminal: \(step) failed (errno \(errno))" }
    }

    init() throws {
        controller = posix_openpt(O_RDWR | O_NOCTTY)
        guard controller >= 0 else { throw OpenError(step: "posix_openpt") }
        guard grantpt(controller) == 0, unlockpt(controller) == 0, let name = ptsname(controller) else {
            close(controller)
            throw OpenError(step: "grantpt/unlockpt/ptsname")
        }
        device = open(name, O_RDWR | O_NOCTTY)
        guard device >= 0 else {
            close(controller)
            throw OpenError(step: "open(\(String(cString: name)))")
        }
    }

    /// Reads the controller side on a background queue until every writer has closed the
    /// device; `wait()` returns all the bytes read.
    func startReading() -> TerminalReader {
        let reader = TerminalReader()
        let controller = controller
        DispatchQueue.global().async {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
                if count > 0 {
                    reader.append(buffer[0..<count])
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    break  // EIO on Linux once the device side is closed everywhere
                }
            }
            reader.finish()
        }
        return reader
    }

    func closeDevice() {
        if deviceOpen { close(device); deviceOpen = false }
    }

    func closeController() {
        closeDevice()
        if controllerOpen { close(controller); controllerOpen = false }
    }
}

/// The bytes read from a pseudo-terminal, available once reading has finished.
final class TerminalReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ chunk: ArraySlice<UInt8>) {
        lock.lock()
        bytes += chunk
        lock.unlock()
    }

    func finish() { done.signal() }

    /// Waits (at most ten seconds) for the reading to end.
    func wait() -> [UInt8] {
        _ = done.wait(timeout: .now() + 10)
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }
}
