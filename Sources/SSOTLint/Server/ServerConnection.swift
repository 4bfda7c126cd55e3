import Dispatch
import Foundation

/// Runs a `LanguageServer` on two file descriptors (standard input and output): a
/// thread reads and decodes frames as they arrive, so that `$/cancelRequest` is seen
/// before the request it cancels is handled; the calling thread handles the messages
/// in batches and writes the answers.
public final class ServerConnection {
    private let input: Int32
    private let output: Int32
    private let lock = NSCondition()
    private var queue: [Event] = []
    private var cancelled: Set<JSONRPC.RequestID> = []

    private enum Event {
        case message(JSONRPC.Incoming)
        case undecodable(JSONRPC.DecodingFailure)
        case badHeader(String)
        case endOfInput
    }

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// Serves until `exit` or the end of the input; returns the process's exit code
    /// (0 after `shutdown`, else 1, as the protocol says).
    public func run() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let log: (String) -> Void = { message in FileHandle.standardError.write(Data(("ssotlint server: " + message + "\n").utf8)) }
        let server = LanguageServer(send: { [output] body in Self.write(MessageFramer.frame(body), to: output) },
                                    isCancelled: { [unowned self] id in self.takeCancellation(id) }, log: log)
        let reader = Thread { [unowned self] in self.readFrames() }
        reader.stackSize = 1 << 20
        reader.start()
        while true {
            for event in nextBatch() {
                switch event {
                case .message(let message): server.handle(message)
                case .undecodable(let failure): server.reject(failure)
                case .badHeader(let problem): log("skipped a frame: \(problem)")
                case .endOfInput:
                    return server.exitCode ?? (server.isShutDown ? 0 : 1)
                }
                if let code = server.exitCode { return code }
            }
            server.finishBatch()
        }
    }

    /// Waits for events and takes all that are queued.
    private func nextBatch() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        while queue.isEmpty { lock.wait() }
        let batch = queue
        queue = []
        return batch
    }

    private func enqueue(_ events: [Event]) {
        guard !events.isEmpty else { return }
        lock.lock()
        queue += events
        lock.signal()
        lock.unlock()
    }

    private func takeCancellation(_ id: JSONRPC.RequestID) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled.remove(id) != nil
    }

    private func readFrames() {
        var framer = MessageFramer()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            framer.append(chunk[0..<count])
            var events: [Event] = []
            while let frame = framer.next() {
                switch frame {
                case .badHeader(let problem): events.append(.badHeader(problem))
                case .body(let body):
                    switch JSONRPC.decode(body) {
                    case .success(let message):
                        if case .notification("$/cancelRequest", let body) = message,
                           let params = try? JSONRPC.params(LSP.CancelParams.self, from: body) {
                            lock.lock()
                            cancelled.insert(params.id)
                            lock.unlock()
                        }
                        events.append(.message(message))
                    case .failure(let failure): events.append(.undecodable(failure))
                    }
                }
            }
            // All frames of one read go in at once, so a cancellation sent with its request counts.
            enqueue(events)
        }
        enqueue([.endOfInput])
    }

    /// Writes all of `bytes`; a client that went away loses them (SIGPIPE is ignored).
    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
