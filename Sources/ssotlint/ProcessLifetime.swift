/// Objects a one-shot command keeps until the process ends: freeing every file's outcome
/// just before `exit` only costs time (1% of a cold run that follows re-exports on the
/// standard library, one thread at the end), and the system takes the memory back at once.
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [AnyObject] = []

    static func keep(_ object: AnyObject) { kept.append(object) }
}
