# Shared by the benchmark and check scripts. Source it after defining note() and die().

# Installs GNU time (wall, CPU and peak RSS of a run) with apt-get when it is missing.
ensure_gnu_time() {
    [[ -x /usr/bin/time ]] && return
    note "installing GNU time (apt-get install time)"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q time >&2 \
        || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time >&2; }; } \
        || die "/usr/bin/time is missing and apt-get could not install it"
}

# Prints the absolute path of the ssotlint to run: $SSOTLINT as given (a path, or a name
# on PATH), else one release build of the package at $1. Use: bin=$(release_binary "$root") || exit 2
release_binary() {
    local root=$1 binary
    if [[ -n ${SSOTLINT:-} ]]; then
        if [[ $SSOTLINT == */* ]]; then
            binary="$(cd "$(dirname "$SSOTLINT")" && pwd)/$(basename "$SSOTLINT")"
        else
            binary=$(command -v "$SSOTLINT") || die "SSOTLINT=$SSOTLINT: not found"
        fi
        [[ -x $binary ]] || die "SSOTLINT=$SSOTLINT: not an executable file"
        note "using $binary"
    else
        note "building release (swift build -c release)"
        (cd "$root" && swift build -c release >&2) || die "release build failed"
        binary="$(cd "$root" && swift build -c release --show-bin-path)/ssotlint"
        [[ -x $binary ]] || die "no binary at $binary"
    fi
    printf '%s\n' "$binary"
}
