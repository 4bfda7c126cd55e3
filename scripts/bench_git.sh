#!/usr/bin/env bash
# Benchmarks the git-aware commands on a stdlib-size repository made by this script:
# a copy of this machine's Python standard library committed once, then 30 commits of
# small edits (two files each), then one more branch commit changing one file.
#   check --new-since HEAD~1   vs  a cold check            (goal: at most 1.5x)
#   report --git-history 30    vs  a cold check of HEAD    (goal: at most 2x)
# Every run uses --no-cache; each figure is the best of --runs (default 3) wall times.
# Usage: scripts/bench_git.sh [--runs N] [--keep]    SSOTLINT=PATH uses that binary.
set -euo pipefail
note() { printf 'bench_git: %s\n' "$*" >&2; }
die() { note "error: $*"; exit 2; }

runs=3 keep=0
while (($#)); do
    case $1 in
        --runs) (($# >= 2)) || die "--runs needs a number"; runs=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) die "unknown argument: $1" ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/common.sh"
ssotlint=$(release_binary "$root") || exit 2
command -v git >/dev/null || die "git is missing"
python=${PYTHON:-python3}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench_git.XXXXXX")
tmp=$(cd "$tmp" && pwd -P)
if ((keep)); then note "scratch folder (kept): $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
repo=$tmp/repo
g() { git -C "$repo" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false "$@"; }

# The stdlib's .py files, chosen and copied as bench_vs_ruff does.
"$python" - "$root/scripts" "$repo/stdlib" <<'PY'
import sys, sysconfig
sys.path.insert(0, sys.argv[1])
from bench_vs_ruff import copy_files, stdlib_files
source = sysconfig.get_paths()["stdlib"]
copy_files(source, stdlib_files(source), sys.argv[2])
PY
cat >"$repo/.ssotlint.yml" <<'YML'
version: 1
rules:
  - builtin:env-access
  - builtin:duplicate-factories
  - id: WS001
    kind: competing-patterns
    severity: error
    message: "{api} is the {pattern} pattern; use the {canonical} pattern"
    patterns:
      - { name: subprocess, apis: [subprocess.run, subprocess.Popen], canonical: true }
      - { name: os-system, apis: [os.system, os.popen] }
  - id: DEP001
    kind: deprecated-import
    severity: warning
    message: "{module} is deprecated; import {replacement}"
    modules:
      - { module: optparse, replacement: argparse }
      - { module: imp, replacement: importlib }
YML
files=$(cd "$repo" && find stdlib -name '*.py' | LC_ALL=C sort)
count=$(wc -l <<<"$files")
g init -q -b main
g add -A && g commit -q -m "the standard library"
note "committed $count files"
mapfile -t list <<<"$files"
for i in $(seq 1 30); do
    for j in 0 1; do
        file=${list[$(( (i * 37 + j * 101) % count ))]}
        printf '\nimport os\nbench_%s_%s = os.environ.get("BENCH")\n' "$i" "$j" >>"$repo/$file"
    done
    g commit -q -a -m "edit $i"
done
g checkout -q -b feature
printf '\nimport os\nfeature = os.getenv("FEATURE")\n' >>"$repo/${list[7]}"
g commit -q -a -m "feature: one changed file"

best() {  # best wall time in seconds of "$@" over $runs runs
    local best="" start end elapsed
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        (cd "$repo" && "$@" >/dev/null 2>&1) || [[ $? -le 1 ]] || die "$* failed"
        end=$(date +%s.%N)
        elapsed=$(echo "$end - $start" | bc -l)
        if [[ -z $best ]] || (( $(echo "$elapsed < $best" | bc -l) )); then best=$elapsed; fi
    done
    printf '%.3f\n' "$best"
}

cold=$(best "$ssotlint" check --no-cache --quiet)
newsince=$(best "$ssotlint" check --no-cache --quiet --new-since main)
history=$(best "$ssotlint" report --no-cache --git-history 30 --format json)
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
echo "files: $count, runs: $runs (best wall time), $(nproc) cores"
echo "cold check:                 ${cold} s"
echo "check --new-since main:     ${newsince} s  ($(ratio "$newsince" "$cold")x cold check; goal <= 1.5x)"
echo "report --git-history 30:    ${history} s  ($(ratio "$history" "$cold")x cold check; goal <= 2x)"
