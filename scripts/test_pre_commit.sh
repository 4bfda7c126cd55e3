#!/usr/bin/env bash
# End-to-end test of the pre-commit hook in .pre-commit-hooks.yaml, the way a team uses
# it: pre-commit (installed into a throwaway virtualenv) clones THIS repository at its
# current HEAD commit, builds ssotlint with `swift build -c release` in its cache, and
# runs `ssotlint check` on the files given to `pre-commit run --files`.
#
# It checks that a staged change introducing violations fails the hook, that a
# duplicate defined in an unchanged file is still seen (cross-file rules read the whole
# project) but only the named file is reported, and that the hook passes once fixed.
#
# Usage: bash scripts/test_pre_commit.sh
#   Commit first: pre-commit uses the committed HEAD, not the working tree.
#   The first run builds ssotlint in release mode (several minutes) and needs network
#   access for pre-commit and the Swift package dependencies. Set PRE_COMMIT_HOME to a
#   folder of your own to keep pre-commit's cache (and the build) between runs.
# Needs: git, python3 (with venv), swift on PATH.
set -euo pipefail

REPO=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
REV=$(git -C "$REPO" rev-parse HEAD)
if ! git -C "$REPO" cat-file -e "$REV:.pre-commit-hooks.yaml" 2>/dev/null; then
    echo "error: .pre-commit-hooks.yaml is not committed at HEAD ($REV); commit it first" >&2
    exit 2
fi
command -v swift >/dev/null || { echo "error: swift is not on PATH" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ssotlint-pre-commit.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export PRE_COMMIT_HOME=${PRE_COMMIT_HOME:-$WORK/pre-commit-cache}
export PIP_DISABLE_PIP_VERSION_CHECK=1

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
fail() { echo "FAIL: $*" >&2; exit 1; }
TIMINGS=()

echo "== hook repository: $REPO @ $REV"
echo "== pre-commit cache: $PRE_COMMIT_HOME"

start=$(now)
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet pre-commit
TIMINGS+=("virtualenv + pip install pre-commit: $(seconds "$start" "$(now)") s")
echo "== $("$WORK/venv/bin/pre-commit" --version)"

# The project a team would have: a configuration with ENV001 and a duplicate-definition
# rule, a canonical factory in a file no one touches, and a service about to change.
PROJECT=$WORK/project
mkdir -p "$PROJECT/shared" "$PROJECT/app" "$PROJECT/legacy"
cd "$PROJECT"
git init --quiet
git config user.email "test@example.com"
git config user.name "pre-commit test"
git config commit.gpgsign false
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $REPO
    rev: $REV
    hooks:
      - id: ssotlint
EOF
cat > .ssotlint.yml <<'EOF'
version: 1
rules:
  - builtin:env-access
  - id: DUP100
    kind: duplicate-definition
    severity: error
    message: "'{name}' is also defined at {others}"
    names: 'make_\w+'
EOF
cat > shared/factory.py <<'EOF'
def make_client():
    return object()
EOF
cat > app/service.py <<'EOF'
from shared.factory import make_client

client = make_client()
EOF
# An old violation in a file the change does not touch: never reported by this hook run.
cat > legacy/old.py <<'EOF'
import os

home = os.getenv("HOME")
EOF
git add -A
git commit --quiet -m "initial project"

# The change: direct environment access, and a second make_client beside the canonical one.
cat > app/service.py <<'EOF'
import os


def make_client():
    return os.environ["CLIENT_URL"]


client = make_client()
EOF
git add app/service.py

run_hook() {  # label, then the expected exit status (0 or 1)
    local label=$1 expected=$2 status=0 start
    start=$(now)
    "$WORK/venv/bin/pre-commit" run --files app/service.py > "$WORK/output.txt" 2>&1 || status=$?
    TIMINGS+=("$label: $(seconds "$start" "$(now)") s")
    echo "== pre-commit run --files app/service.py ($label): exit $status"
    sed 's/^/   | /' "$WORK/output.txt"
    if [ "$expected" = 0 ] && [ "$status" != 0 ]; then fail "$label: the hook should pass"; fi
    if [ "$expected" = 1 ] && [ "$status" = 0 ]; then fail "$label: the hook should fail"; fi
}

run_hook "first run (clones and builds ssotlint)" 1
grep -q '^app/service.py:5:12: ENV001 ' "$WORK/output.txt" || fail "no ENV001 finding in app/service.py"
grep -q "^app/service.py:4:5: DUP100 'make_client' is also defined at shared/factory.py:1" "$WORK/output.txt" \
    || fail "the duplicate of shared/factory.py (an unchanged file) was not seen"
if grep -Eq '^(shared/factory|legacy/old)\.py:' "$WORK/output.txt"; then
    fail "a file that was not passed to the hook was reported"
fi

run_hook "second run (cached build)" 1

# The fix: import the canonical factory, read settings through one accessor.
cat > app/service.py <<'EOF'
from shared.factory import make_client
from shared.settings import get_setting

client = make_client()
url = get_setting("CLIENT_URL")
EOF
git add app/service.py
run_hook "after the fix" 0

echo "== timings"
printf '   %s\n' "${TIMINGS[@]}"
echo "PASS: pre-commit hook ssotlint"
