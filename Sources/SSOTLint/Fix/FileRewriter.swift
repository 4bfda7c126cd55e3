/// How `--fix` and `init` write: through `AtomicFile`, the one implementation of
/// "temporary file beside the target, fsync, rename". `replace` keeps an existing file's
/// permission bits; `create` never replaces anything.
public typealias FileRewriter = AtomicFile
