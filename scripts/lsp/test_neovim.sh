#!/usr/bin/env bash
# Neovim's built-in LSP client (headless) against `ssotlint server` on a temporary
# project: the diagnostics it receives, the quick fix applied to the buffer, and the
# diagnostics after it must be exactly the expected text below.
#   bash scripts/lsp/test_neovim.sh BINARY
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
command -v nvim >/dev/null || { echo "nvim is not installed (Debian: apt-get install neovim)"; exit 1; }
project=$(mktemp -d)
trap 'rm -rf "$project"' EXIT
python3 -c "import sys; sys.path.insert(0, '$here'); import project; project.write('$project')"
SSOTLINT="$binary" PROJECT="$project" OUT="$project/out.txt" \
    timeout 120 nvim --headless -u NONE -i NONE -c "luafile $here/neovim_client.lua" </dev/null >/dev/null 2>&1 || {
    echo "neovim exited with $?; its output:"; cat "$project/out.txt" 2>/dev/null; exit 1; }
expected='diagnostics:
  1:6 DEP001 ssotlint: legacy.config is deprecated; import shared.config instead
action: Fix DEP001: rewrite the import (quickfix)
action: Suppress DEP001 on this line (quickfix)
action: Fix all ssotlint findings that have a fix (source.fixAll.ssotlint)
buffer:
  from shared.config import settings
  
  print(settings)
diagnostics after the fix:'
actual=$(cat "$project/out.txt")
if [[ "$actual" != "$expected" ]]; then
    echo "unexpected Neovim session:"; diff <(echo "$expected") <(echo "$actual") || true; exit 1
fi
echo "$actual"
echo "neovim: diagnostics received, quick fix applied, buffer as expected"
