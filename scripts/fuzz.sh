#!/usr/bin/env bash
# Fuzzes ssotlint's per-file pipeline with libFuzzer and AddressSanitizer for a bounded
# time, and fails on any crash, hang, leak, out-of-memory or broken invariant.
#
#   scripts/fuzz.sh [SECONDS]            default 60; .ci/run calls `scripts/fuzz.sh 60`
#   scripts/fuzz.sh SECONDS lsp          the language server instead: framing, JSON-RPC
#                                        decoding and message handling (Fuzz/lsp/)
#
# SSOTLINT_FUZZ_CORPUS=DIR keeps the inputs libFuzzer finds in DIR (and starts from them
# next time, with the seeds); without it every run starts from the seeds alone.
#
# Every input goes through decoding, the line table, the tokenizer, the CPython token
# view, the fact scanner and every rule kind (Fuzz/project/.ssotlint.yml has one rule of
# each), then through the public Analyzer as `check --stdin-filename` would run it
# (suppressions, cross-file rules, compliance), the JSON and SARIF reporters and the
# `check --fix` planner; Fuzz/FuzzHarness.swift lists the invariants checked on the way.
#
# How it is built, without touching `swift build` or `swift test`:
#  1. `swift build --target SSOTLint` compiles the libraries (PythonSource, SSOTLint, Yams)
#     with `-Xswiftc -sanitize=fuzzer,address` in their own scratch folder, .build-fuzz,
#     so the normal .build is neither invalidated nor rebuilt. The fuzzer flags live on
#     this command line only, never in Package.swift. Only library targets are built: the
#     ssotlint executable has a `main`, and so does libFuzzer.
#  2. swiftc compiles Fuzz/*.swift (which defines LLVMFuzzerTestOneInput and no `main`)
#     with the same flags against those modules, and links it with their object files
#     (listed in SwiftPM's output file maps, so a deleted source leaves no stale object)
#     into .build-fuzz/ssotlint-fuzz.
# A SwiftPM executable target for the fuzzer does not link: SwiftPM links executables
# with `--defsym main=<module>_main`, and a fuzz target defines no main of its own.
#
# The seed corpus is made at run time in a temporary folder by Fuzz/build_corpus.py
# (fixtures, tokenizer error cases, saved regressions, a few standard-library modules,
# line-end, BOM and coding-line variants); nothing generated is committed. Crashes and
# hangs are written to .build-fuzz/artifacts/. To keep one: minimise it with
#   SWIFT_BACKTRACE=enable=no .build-fuzz/ssotlint-fuzz -minimize_crash=1 -runs=10000 \
#       -exact_artifact_path=Fuzz/regressions/NAME.py ARTIFACT
# and Tests/SSOTLintTests/FuzzRegressionTests.swift runs it with every `swift test`.
#
# LeakSanitizer stays on, with Fuzz/lsan.supp ignoring what LLVMFuzzerInitialize keeps
# for the whole run (Swift's tagged enum pointers hide it from the leak scanner there).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
target=${2:-pipeline}
case $target in
    pipeline) sources=(Fuzz/*.swift); binary=ssotlint-fuzz; dict=(-dict=Fuzz/python.dict) ;;
    lsp) sources=(Fuzz/lsp/*.swift); binary=ssotlint-fuzz-lsp; dict=(-dict=Fuzz/lsp/lsp.dict) ;;
    *) echo "unknown fuzz target '$target' (pipeline or lsp)"; exit 2 ;;
esac
max_len=65536
scratch=.build-fuzz
build_flags=(-c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address)

echo "==> building the libraries with -sanitize=fuzzer,address in $scratch"
swift build "${build_flags[@]}" --target SSOTLint
bin=$(swift build "${build_flags[@]}" --show-bin-path)

objects=()
while IFS= read -r object; do objects+=("$object"); done < <(python3 - "$bin" <<'EOF'
import json, pathlib, sys
bin = pathlib.Path(sys.argv[1])
# SSOTLint runs git through swift-subprocess (Subprocess, SystemPackage and their C shims).
for module in ("PythonSource", "SSOTLint", "Yams", "Subprocess", "SystemPackage"):
    entries = json.loads((bin / f"{module}.build/output-file-map.json").read_text())
    for source, outputs in entries.items():
        if source and "object" in outputs:
            print(outputs["object"])
for shim in ("CYaml", "_SubprocessCShims", "CSystem"):
    for object in sorted((bin / f"{shim}.build").rglob("*.o")):
        print(object)
EOF
)

# SSOTLint's interface imports Yams, whose interface imports the C module CYaml (and
# Subprocess, whose interface imports the C modules _SubprocessCShims and CSystem).
module_maps=()
while IFS= read -r map; do module_maps+=(-Xcc "-fmodule-map-file=$map"); done \
    < <(find "$scratch/checkouts" -path '*/Sources/*/include/module.modulemap')

echo "==> linking $scratch/$binary"
swiftc -O -parse-as-library -sanitize=fuzzer,address -use-ld=lld \
    -I "$bin/Modules" "${module_maps[@]}" "${sources[@]}" "${objects[@]}" -o "$scratch/$binary"

work=$(mktemp -d "${TMPDIR:-/tmp}/ssotlint-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
artifacts="$scratch/artifacts"
rm -rf "$artifacts"
mkdir -p "$artifacts"
if [[ $target == lsp ]]; then
    python3 Fuzz/lsp/build_corpus.py "$work/corpus"
else
    python3 Fuzz/build_corpus.py "$work/corpus" --max-len "$max_len"
fi

corpora=("$work/corpus")
if [[ -n ${SSOTLINT_FUZZ_CORPUS:-} ]]; then
    mkdir -p "$SSOTLINT_FUZZ_CORPUS"
    corpora=("$SSOTLINT_FUZZ_CORPUS" "$work/corpus")   # libFuzzer adds new inputs to the first
fi

echo "==> fuzzing for $seconds s"
status=0
# SWIFT_BACKTRACE: the Swift runtime's crash backtracer reads the crashed thread's stack,
# which AddressSanitizer reports as an error of its own and hides the real one.
SWIFT_BACKTRACE=enable=no \
SSOTLINT_FUZZ_PROJECT="$PWD/Fuzz/project" \
LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0" \
    "$scratch/$binary" "${corpora[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    "${dict[@]}" -print_final_stats=1 -artifact_prefix="$artifacts/" \
    >"$work/log" 2>&1 || status=$?

executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || true)
coverage=$(grep -E '^#[0-9]+' "$work/log" | grep -o 'cov: [0-9]* ft: [0-9]*' | tail -1 || true)
speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || true)
slowest=$(grep -o 'stat::slowest_unit_time_sec: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || true)
echo "executions: ${executions:-?} (${speed:-?}/s); final ${coverage:-coverage unknown}; slowest input: ${slowest:-?} s"
found=$(find "$artifacts" -type f | sort)
if [[ $status -ne 0 || -n $found ]]; then
    echo "FAILED: libFuzzer exited with $status; artifacts:"
    echo "${found:-  (none)}"
    echo "--- the end of libFuzzer's log ---"
    tail -n 150 "$work/log"
    exit 1
fi
echo "no crash, hang, leak or broken invariant"
