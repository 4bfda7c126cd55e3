#!/usr/bin/env bash
# Tokenizer throughput: ssotlint vs CPython's tokenize vs a plain read. See --help.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/bench_tokenizer.sh [--runs N] [--with-site-packages] [--help]

Measures tokenizer throughput on every .py file of this machine's Python standard
library (python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'),
site-packages excluded unless --with-site-packages is given, and compares:

  ssotlint   `ssotlint debug tokens --stats` on all files in one invocation: its own
             `seconds` figure (decoding + tokenizing, one core, files read beforehand)
  CPython    tokenize.generate_tokens of this Python (meant to be 3.11), one process:
             files read and decoded beforehand, only tokenizing is timed
             (scripts/bench_tokenizer_cpython.py)
  cat        `cat` of all files to /dev/null, wall clock, warm page cache

Each is repeated N times; the table shows medians (and the min-max range), throughput
in MB/s (1 MB = 10^6 bytes) and tokens/s, the ratios ssotlint/CPython and ssotlint/cat
as throughput ratios, and whether ssotlint meets the 300 MB/s single-core goal.

Options:
  --runs N               repetitions of each measurement (default 5)
  --with-site-packages   include the standard library's site-packages (and dist-packages)
  -h, --help             show this text

Environment:
  SSOTLINT=PATH   use this ssotlint binary instead of building (`swift build -c release`)
  PYTHON=PATH     the Python whose stdlib is measured and whose tokenize is the
                  reference (default python3)

Files are listed with find, in byte order (LC_ALL=C sort), NUL-separated, so the order
is deterministic and any file name works; all tools run from the stdlib folder on paths
relative to it, which keeps the single argument list short. Progress goes to stderr,
the report to stdout. The default set takes about a minute per 5 runs on one core of
a 2-core machine, most of it CPython; --with-site-packages can be five times longer.
EOF
}

die() { printf 'bench_tokenizer: %s\n' "$*" >&2; exit 2; }
note() { printf 'bench_tokenizer: %s\n' "$*" >&2; }

runs=5
with_site_packages=0
while (($#)); do
    case "$1" in
        --runs) (($# >= 2)) || die "--runs needs a number"; runs=$2; shift 2 ;;
        --runs=*) runs=${1#--runs=}; shift ;;
        --with-site-packages) with_site_packages=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, not '$runs'"

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
helper="$root/scripts/bench_tokenizer_cpython.py"
[[ -f $helper ]] || die "missing $helper"
python=${PYTHON:-python3}
command -v "$python" >/dev/null || die "no Python: $python"
python_version=$("$python" -c 'import platform; print(platform.python_implementation(), platform.python_version())')
case "$python_version" in
    "CPython 3.11."*) ;;
    *) note "warning: reference is $python_version, not CPython 3.11" ;;
esac

# The binary, absolute (the tools run from the stdlib folder).
source "$root/scripts/common.sh"
ssotlint=$(release_binary "$root") || exit 2

stdlib=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
[[ -d $stdlib ]] || die "stdlib folder not found: $stdlib"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench_tokenizer.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
list="$tmp/files"  # NUL-separated paths relative to $stdlib, sorted

cd "$stdlib"
if ((with_site_packages)); then
    scope="site-packages included"
    find . -type f -name '*.py' -print0 | LC_ALL=C sort -z >"$list"
else
    scope="site-packages excluded"
    find . -path ./site-packages -prune -o -path ./dist-packages -prune \
        -o -type f -name '*.py' -print0 | LC_ALL=C sort -z >"$list"
fi
mapfile -d '' files <"$list"
file_count=${#files[@]}
((file_count > 0)) || die "no .py files under $stdlib"
total_bytes=$(wc -c --files0-from="$list" | tail -n 1 | awk '{print $1}')

# One exec must take every path (the totals and the timing are for the whole set).
# The kernel's limit covers the strings and a pointer for each, plus the environment.
arg_bytes=$(( $(wc -c <"$list") + 8 * (file_count + 8) + $(env | wc -c) + ${#ssotlint} + 64 ))
arg_max=$(getconf ARG_MAX)
if ((arg_bytes > arg_max - 4096)); then
    die "$file_count paths need ~$arg_bytes bytes of arguments, over ARG_MAX=$arg_max;" \
        "ssotlint needs a --files-from option to take them in one invocation"
fi

note "$file_count files, $total_bytes bytes under $stdlib ($scope); $runs runs each"
note "load average: $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown), cores: $(nproc)"

now() { printf '%s' "$EPOCHREALTIME"; }

# Warm the page cache so every tool, every run, reads from memory.
cat -- "${files[@]}" >/dev/null

ssotlint_out="$tmp/ssotlint"
: >"$ssotlint_out"
for ((i = 1; i <= runs; i++)); do
    note "ssotlint run $i/$runs"
    line=$("$ssotlint" debug tokens --stats -- "${files[@]}") || die "ssotlint failed (exit $?)"
    [[ $line == files\ * && $line != *$'\n'* ]] || die "unexpected ssotlint output: $line"
    printf '%s\n' "$line" >>"$ssotlint_out"
done

cat_out="$tmp/cat"
: >"$cat_out"
for ((i = 1; i <= runs; i++)); do
    start=$(now)
    cat -- "${files[@]}" >/dev/null
    end=$(now)
    printf '%s %s\n' "$start" "$end" >>"$cat_out"
done

note "CPython tokenize, $runs runs (slow: about 3 MB/s)"
cpython_out="$tmp/cpython"
"$python" "$helper" --runs "$runs" "$list" | tee "$cpython_out" >&2

"$python" - "$ssotlint_out" "$cpython_out" "$cat_out" "$file_count" "$total_bytes" \
    "$stdlib" "$scope" "$runs" "$python_version" <<'EOF'
import statistics
import sys

ssotlint_path, cpython_path, cat_path, file_count, total_bytes, stdlib, scope, runs, version = sys.argv[1:]
file_count, total_bytes, runs = int(file_count), int(total_bytes), int(runs)
GOAL = 300.0  # MB/s, one core

def fields(line):
    words = line.split()
    return {words[i]: words[i + 1] for i in range(0, len(words) - 1, 2)}

ssotlint = [fields(l) for l in open(ssotlint_path) if l.strip()]
cpython = [fields(l) for l in open(cpython_path) if l.strip()]
cat = [float(b) - float(a) for a, b in (l.split() for l in open(cat_path) if l.strip())]
warnings = []

def check(name, rows):
    for key in ("files", "bytes", "tokens", "errors"):
        values = sorted({r[key] for r in rows})
        if len(values) > 1:
            warnings.append(f"{name}: '{key}' differs between runs: {', '.join(values)}")
    if int(rows[0]["files"]) != file_count:
        warnings.append(f"{name} saw {rows[0]['files']} files of {file_count} listed (unreadable files are skipped)")
    if int(rows[0]["bytes"]) != total_bytes:
        warnings.append(f"{name} counted {rows[0]['bytes']} bytes, the files hold {total_bytes}")

check("ssotlint", ssotlint)
check("CPython", cpython)
if len(ssotlint) != runs or len(cpython) != runs or len(cat) != runs:
    sys.exit(f"bench_tokenizer: expected {runs} runs of each, got {len(ssotlint)}, {len(cpython)}, {len(cat)}")

def row(name, seconds, tokens, errors):
    median = statistics.median(seconds)
    mbps = total_bytes / median / 1e6
    spread = (max(seconds) - min(seconds)) / median
    if spread > 0.2:
        warnings.append(f"{name}: runs spread {spread:.0%} around the median (busy machine?)")
    tps = f"{tokens / median / 1e6:10.2f}" if tokens is not None else f"{'-':>10}"
    tok = f"{tokens:>10}" if tokens is not None else f"{'-':>10}"
    err = f"{errors:>7}" if errors is not None else f"{'-':>7}"
    print(f"{name:<24}{median:>9.4f}  {min(seconds):>8.4f}-{max(seconds):<8.4f}{mbps:>9.1f}{tps}  {tok}{err}")
    return mbps

mb = total_bytes / 1e6
print(f"Tokenizer benchmark: {file_count} files, {mb:.1f} MB, {stdlib} ({scope})")
print(f"median of {runs} runs; MB = 10^6 bytes; ssotlint and CPython on one core, files in memory")
print()
print(f"{'':<24}{'seconds':>9}  {'min-max':<17}{'MB/s':>9}{'Mtok/s':>10}  {'tokens':>10}{'errors':>7}")
s_mbps = row("ssotlint tokens --stats", [float(r["seconds"]) for r in ssotlint],
             int(ssotlint[0]["tokens"]), int(ssotlint[0]["errors"]))
c_mbps = row(f"CPython {version.split()[1]} tokenize", [float(r["seconds"]) for r in cpython],
             int(cpython[0]["tokens"]), int(cpython[0]["errors"]))
k_mbps = row("cat > /dev/null (wall)", cat, None, None)
print()
decode = statistics.median(float(r["decode_seconds"]) for r in cpython)
print(f"ssotlint / CPython tokenize: {s_mbps / c_mbps:.1f}x throughput "
      f"(CPython decoding, untimed above, would add {decode:.3f} s)")
print(f"ssotlint / cat:              {s_mbps / k_mbps:.2f}x throughput")
verdict = "MET" if s_mbps >= GOAL else "NOT MET"
print(f"goal {GOAL:.0f} MB/s on one core: {verdict} ({s_mbps:.1f} MB/s, {s_mbps / GOAL:.0%} of the goal)")
print("notes: token counts are each tool's own (ssotlint's internal stream splits f-strings,")
print("       CPython 3.11 makes each one STRING), so compare MB/s; ssotlint's seconds exclude")
print(f"       reading the files, cat's are mostly opening and reading {file_count} files one by one")
for warning in warnings:
    print(f"warning: {warning}")
EOF
