#!/usr/bin/env bash
# One huge generated Python file: right findings, linear time, bounded memory. See --help.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/large_file_check.sh [--size MB] [--runs N] [--keep] [--help]

SPEC §8: a 100 MB generated file is analysed like any other, in linear time, with peak
memory at most 3× the file's size. This script

  1. builds ssotlint in release mode (`swift build -c release`), unless SSOTLINT=PATH
     names a binary;
  2. generates two projects, each one big file of realistic Python (classes, methods,
     docstrings, decorators, comments, f-strings with nested fields, bytes, numbers,
     brackets over several lines, non-ASCII text) with a direct environment access
     every ~2 MB, plus a small env.py with one more: a SMALL one of MB/4 and a LARGE
     one of MB (default 100; 1 MB = 10^6 bytes);
  3. runs `ssotlint check --format json` on each (default settings, cold cache) under
     `/usr/bin/time -v`, N times (default 2), and checks that every run exits 1 and
     prints exactly the expected ENV001 findings;
  4. asserts, for the LARGE project, peak resident memory ≤ 3 × the big file's size,
     and for linear time that the LARGE/SMALL ratio of CPU seconds (user + system,
     best of N) is at most 5 (4 would be exactly linear);
  5. prints the figures and exits 0 when every check passes, 1 otherwise, 2 on a
     usage or set-up error.

Options:
  --size MB   size of the LARGE file in MB (default 100); SMALL is a quarter of it
  --runs N    runs per project; time is the best of them, memory the worst (default 2)
  --keep      keep the generated projects (their folder is printed)
  -h, --help  show this text

Needs bash, python3 (only to generate the input and compare findings) and GNU time
at /usr/bin/time (installed with apt-get when missing). Memory is checked against the file size, so it needs about 3× MB of
free RAM; the two projects need 1.25 × MB of disk in $TMPDIR (default /tmp).
EOF
}

die() { printf 'large_file_check: %s\n' "$*" >&2; exit 2; }
note() { printf 'large_file_check: %s\n' "$*" >&2; }

size_mb=100
runs=2
keep=0
while (($#)); do
    case "$1" in
        --size) (($# >= 2)) || die "--size needs a number"; size_mb=$2; shift 2 ;;
        --size=*) size_mb=${1#--size=}; shift ;;
        --runs) (($# >= 2)) || die "--runs needs a number"; runs=$2; shift 2 ;;
        --runs=*) runs=${1#--runs=}; shift ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done
[[ $size_mb =~ ^[1-9][0-9]*$ ]] || die "--size must be a positive integer, not '$size_mb'"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, not '$runs'"
command -v python3 >/dev/null || die "python3 is needed to generate the input"

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/common.sh"
ensure_gnu_time
binary=$(release_binary "$root") || exit 2

work=$(mktemp -d "${TMPDIR:-/tmp}/ssotlint-large.XXXXXX")
if ((keep)); then note "projects kept in $work"; else trap 'rm -rf "$work"' EXIT; fi

# Writes PROJECT/big.py of about BYTES bytes and PROJECT/env.py, and the findings that
# `check --format json` must print, as `path:line:col:rule` lines, to PROJECT.expected.
generate() {
    python3 - "$1" "$2" <<'PY'
import os, sys

project, target = sys.argv[1], int(sys.argv[2])
os.makedirs(project)
block = '''

@register("widget-{n}")
class Widget{n}(Base):
    """Widget number {n}: holds a value and renders it.

    Naïve café — Ünïcödé text in a docstring is decoded like any other.
    """

    registry = {{"name": "w{n}", "size": {n}, 'tags': ["a", "b", 'c']}}

    def __init__(self, value: int = {n}, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.value = value  # the value; os.environ in a comment is not a reference
        self.items = [i * 2 for i in range(value % 17) if i % 3]

    async def render(self, prefix="w") -> str:
        label = f"{{prefix}}-{{self.value:08d}}-{{self.registry['name']!r:>{{width}}}}"
        data = b"\\x00\\x01" + rb"raw\\d+"
        total = 0x{n:x} + 0o17 + 1_000 + 3.14e-2 + 2j
        if total > 10 and not self.items:
            return label.upper()
        elif (
            total < 5
            or label.startswith("z")
        ):
            return await helper(label, total)
        return "%s:%d" % (label, total)
'''
violation = '\nSETTING_{n} = os.environ.get("SETTING_{n}")\n'
expected = []
line = 1
with open(os.path.join(project, "big.py"), "w", encoding="utf-8") as out:
    header = "import os\nfrom pkg.base import Base, helper, register\n"
    out.write(header)
    line += header.count("\n")
    written, n = len(header.encode()), 0
    while written < target:
        text = block.format(n=n)
        if n % 2400 == 7:
            text += violation.format(n=n)
            column = len(f"SETTING_{n} = ") + 1
            expected.append(f"big.py:{line + text.count(chr(10)) - 1}:{column}:ENV001")
        out.write(text)
        line += text.count("\n")
        written += len(text.encode())
        n += 1
with open(os.path.join(project, "env.py"), "w") as out:
    out.write('import os\n\nvalue = os.environ["HOME"]\n')
expected.append("env.py:3:9:ENV001")
with open(project + ".expected", "w") as out:
    out.write("\n".join(sorted(expected, key=lambda s: (s.split(":")[0], int(s.split(":")[1])))) + "\n")
PY
}

# Prints `path:line:col:rule` for each finding of a `--format json` output file.
findings() {
    python3 -c '
import json, sys
for f in json.load(open(sys.argv[1]))["findings"]:
    print("%s:%s:%s:%s" % (f["path"], f["line"], f["col"], f["rule"]))' "$1"
}

failures=0
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }

# measure NAME: runs check N times; sets <NAME>_bytes, _cpu (best), _wall (best), _rss (worst, KB).
measure() {
    local name=$1 project="$work/$1" bytes cpu wall rss best_cpu="" best_wall="" worst_rss=0 run status
    bytes=$(stat -c %s "$project/big.py")
    for ((run = 1; run <= runs; run++)); do
        rm -rf "$project/.ssotlint_cache"
        status=0
        (cd "$project" && /usr/bin/time -v -o "$work/$name.time" "$binary" check --format json >"$work/$name.json") || status=$?
        [[ $status == 1 ]] || fail "$name run $run: exit $status, expected 1 (findings)"
        if ! diff <(findings "$work/$name.json") "$project.expected" >"$work/$name.diff"; then
            fail "$name run $run: findings differ from the expected ones:"; head -20 "$work/$name.diff"
        fi
        cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$work/$name.time")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2, p, ":"); t=0; for (i=1;i<=n;i++) t=t*60+p[i]; printf "%.2f", t}' "$work/$name.time")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
        note "$name run $run: $(awk "BEGIN {printf \"%.1f\", $bytes / 1e6}") MB, cpu ${cpu} s, wall ${wall} s, peak RSS $((rss / 1024)) MiB"
        if [[ -z $best_cpu ]] || awk "BEGIN {exit !($cpu < $best_cpu)}"; then best_cpu=$cpu; fi
        if [[ -z $best_wall ]] || awk "BEGIN {exit !($wall < $best_wall)}"; then best_wall=$wall; fi
        ((rss > worst_rss)) && worst_rss=$rss
    done
    printf -v "${name}_bytes" '%s' "$bytes"
    printf -v "${name}_cpu" '%s' "$best_cpu"
    printf -v "${name}_wall" '%s' "$best_wall"
    printf -v "${name}_rss" '%s' "$worst_rss"
}

note "generating $((size_mb / 4)) MB and $size_mb MB projects in $work"
generate "$work/small" $((size_mb * 1000000 / 4))
generate "$work/large" $((size_mb * 1000000))
measure small
measure large

memory_ratio=$(awk "BEGIN {printf \"%.2f\", $large_rss * 1024 / $large_bytes}")
size_ratio=$(awk "BEGIN {printf \"%.2f\", $large_bytes / $small_bytes}")
cpu_ratio=$(awk "BEGIN {printf \"%.2f\", $large_cpu / ($small_cpu > 0 ? $small_cpu : 0.01)}")
wall_ratio=$(awk "BEGIN {printf \"%.2f\", $large_wall / ($small_wall > 0 ? $small_wall : 0.01)}")
throughput=$(awk "BEGIN {printf \"%.0f\", $large_bytes / 1e6 / ($large_cpu > 0 ? $large_cpu : 0.01)}")

printf '\n%-8s %12s %10s %10s %14s %16s\n' project "file (MB)" "cpu (s)" "wall (s)" "peak RSS (MB)" "RSS / file size"
for name in small large; do
    bytes_var=${name}_bytes cpu_var=${name}_cpu wall_var=${name}_wall rss_var=${name}_rss
    printf '%-8s %12.1f %10s %10s %14.1f %16.2f\n' "$name" "$(awk "BEGIN {print ${!bytes_var} / 1e6}")" \
        "${!cpu_var}" "${!wall_var}" "$(awk "BEGIN {print ${!rss_var} * 1024 / 1e6}")" \
        "$(awk "BEGIN {print ${!rss_var} * 1024 / ${!bytes_var}}")"
done
printf '\nlarge/small: size %s×, cpu %s×, wall %s× (linear: %s×); %s MB/s of CPU time\n' \
    "$size_ratio" "$cpu_ratio" "$wall_ratio" "$size_ratio" "$throughput"

awk "BEGIN {exit !($memory_ratio <= 3)}" \
    || fail "peak memory is ${memory_ratio}× the file's size (at most 3× allowed)"
awk "BEGIN {exit !($cpu_ratio <= 5)}" \
    || fail "CPU time grew ${cpu_ratio}× for ${size_ratio}× the input (at most 5× allowed): not linear"

if ((failures)); then
    printf '\nlarge_file_check: %d check(s) failed\n' "$failures"
    exit 1
fi
printf '\nlarge_file_check: all checks passed\n'
