#!/usr/bin/env bash
# ssotlint vs ruff on the same files (release build). See --help.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/bench_vs_ruff.sh [--runs N] [--quick] [--json FILE] [--keep] [--help]

Times ssotlint against ruff on the same files, in one run, and prints a table of
medians, the ratios ssotlint/ruff and the performance goals with MET / NOT MET:

  cold, env-access   `ssotlint check --no-cache` with builtin:env-access (ENV001) vs
                     `ruff check --no-cache --select TID251` with a banned-api config for
                     os.environ, os.environb, os.getenv, os.getenvb, os.putenv, os.unsetenv;
                     on this machine's Python stdlib (its .py files, site-packages and
                     symbolic links left out, copied to stdlib/) and on a 10x corpus (that
                     copy 10 times, copy0/ ... copy9/, about 18,000 files)
  rule set           all five rule kinds (Rules/ssot-demo.yml, builtin:env-access,
                     builtin:duplicate-factories and a regex rule) vs env-access alone,
                     on the stdlib; then each kind alone; then re-export following on and
                     off for project-internal APIs, and env-access with following on (what
                     SPEC's default `follow-reexports: true` would cost it) vs ruff
  warm cache         both tools without --no-cache: nothing changed, then one file changed
                     before each run ("cache: not implemented" while ssotlint writes no
                     .ssotlint_cache/)
  peak RSS           of every run (/usr/bin/time -v)
  findings           env-access findings of each tool side by side, position by position,
                     and the number of files each tool analysed

Each corpus root holds a .ssotlint.yml (rules: [builtin:env-access], cache-dir:
.ssotlint_cache) and a ruff.toml; it is a plain folder (no git, no .gitignore).

Options:
  --runs N      repetitions of each measurement (default 5; 3 with --quick)
  --quick       the stdlib only, 3 runs (for CI-ish use)
  --json FILE   also write every sample, the goals and the warnings as JSON
  --keep        keep the scratch folder (corpora, venv, every run's output)
  -h, --help    show this text

Environment:
  SSOTLINT=PATH   use this ssotlint binary instead of building (`swift build -c release`)
  RUFF=PATH       use this ruff instead of installing it from PyPI into a throwaway
                  virtualenv (python3 -m venv; pip install ruff)
  PYTHON=PATH     the Python whose stdlib is the corpus, which makes the venv and runs
                  scripts/bench_vs_ruff.py (default python3)
  TMPDIR          where the scratch folder goes (default /tmp; the 10x corpus needs
                  about 400 MB)

Installs GNU time with apt-get when /usr/bin/time is missing. Progress goes to stderr,
the report to stdout. The full run takes about 5 minutes on an idle 2-core machine
(--quick well under a minute), building and installing aside.
EOF
}

die() { printf 'bench_vs_ruff: %s\n' "$*" >&2; exit 2; }
note() { printf 'bench_vs_ruff: %s\n' "$*" >&2; }

pass=()
keep=0
while (($#)); do
    case "$1" in
        --runs) (($# >= 2)) || die "--runs needs a number"; pass+=(--runs "$2"); runs_arg=$2; shift 2 ;;
        --runs=*) runs_arg=${1#--runs=}; pass+=(--runs "$runs_arg"); shift ;;
        --quick) pass+=(--quick); shift ;;
        --json) (($# >= 2)) || die "--json needs a file"; pass+=(--json "$(realpath -m -- "$2")"); shift 2 ;;
        --json=*) pass+=(--json "$(realpath -m -- "${1#--json=}")"); shift ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done
if [[ -n ${runs_arg:-} ]]; then
    [[ $runs_arg =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, not '$runs_arg'"
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
helper="$root/scripts/bench_vs_ruff.py"
[[ -f $helper ]] || die "missing $helper"
python=${PYTHON:-python3}
command -v "$python" >/dev/null || die "no Python: $python"

source "$root/scripts/common.sh"
ensure_gnu_time
ssotlint=$(release_binary "$root") || exit 2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench_vs_ruff.XXXXXX")
tmp=$(cd "$tmp" && pwd -P)
if ((keep)); then
    note "scratch folder (kept): $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi

# ruff: $RUFF as given, else the newest from PyPI in a throwaway virtualenv.
if [[ -n ${RUFF:-} ]]; then
    ruff=$(command -v "$RUFF") || die "RUFF=$RUFF: not found"
    note "using $ruff"
else
    note "installing ruff from PyPI into $tmp/venv"
    "$python" -m venv "$tmp/venv" >&2 || die "python -m venv failed"
    "$tmp/venv/bin/pip" install --quiet --disable-pip-version-check ruff >&2 || die "pip install ruff failed"
    ruff="$tmp/venv/bin/ruff"
fi
[[ -x $ruff ]] || die "no ruff at $ruff"
note "$("$ruff" --version)"

"$python" "$helper" --ssotlint "$ssotlint" --ruff "$ruff" --work "$tmp/work" --repo "$root" "${pass[@]}"
