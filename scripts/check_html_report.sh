#!/usr/bin/env bash
# Opens the html report in a real browser: headless Chromium renders it to a PNG (checked
# not to be blank) and dumps its DOM (checked for the title and every category name).
# Installs Debian's chromium when no Chromium is found. Writes only under a temp folder.
# Usage: scripts/check_html_report.sh [--keep]   (--keep leaves the temp folder for a look)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
keep=${1:-}

find_browser() {
    local name
    for name in chromium chromium-browser google-chrome google-chrome-stable; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    done
    return 1
}

if ! browser=$(find_browser); then
    # Fonts named explicitly: without recommends, a bare image may have none (DejaVu has ✓ and ✗).
    echo "no Chromium found: installing Debian's chromium"
    begin=$SECONDS
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        chromium fonts-liberation fonts-dejavu-core >/dev/null
    echo "installed chromium in $((SECONDS - begin)) s"
    browser=$(find_browser)
fi
echo "browser: $browser ($("$browser" --version 2>/dev/null || echo 'version unknown'))"

if [[ ! -x .build/release/ssotlint ]]; then
    swift build -c release
fi
ssotlint=$repo/.build/release/ssotlint

work=$(mktemp -d /tmp/ssotlint-html.XXXXXX)
if [[ $keep != --keep ]]; then trap 'rm -rf "$work"' EXIT; fi

# The repository's own configuration analyses the demo tree; without it, a copy of a small
# fixture tree with a configuration of its own.
config_args=()
if [[ ! -f .ssotlint.yml || ! -d Fixtures/demo ]]; then
    cp -R Fixtures/rules/banned-api "$work/tree"
    cat >"$work/tree/.ssotlint.yml" <<'EOF'
version: 1
categories:
  - { name: Services, paths: ["services/**"] }
  - { name: Scripts, paths: ["scripts/**"] }
rules: [builtin:env-access]
thresholds: { overall: 50, categories: { Services: 80 } }
EOF
    config_args=(--config "$work/tree/.ssotlint.yml")
fi

# Two earlier runs, so that the score-over-time chart is drawn (the run itself adds a third).
status=0
"$ssotlint" report "${config_args[@]}" --format "json:$work/report.json" >/dev/null 2>"$work/report.log" || status=$?
if (( status > 1 )); then
    cat "$work/report.log" >&2
    echo "FAIL: ssotlint report exited $status" >&2
    exit "$status"
fi
python3 - "$work/report.json" "$work/history.jsonl" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))["report"]
scores = {c["name"]: c for c in report["categories"] + [report["overall"]]}
with open(sys.argv[2], "w") as history:
    for time, commit, lost in (("2025-01-06T09:00:00Z", "0123456789abcdef", 3), ("2025-02-03T09:00:00Z", "89abcdef01234567", 1)):
        entry = {name: {"compliant": max(0, s["compliant"] - (lost if s["files"] else 0)), "files": s["files"]}
                 for name, s in sorted(scores.items())}
        # Each migration a little further behind in the earlier runs, so its line chart is drawn.
        migrations = {}
        for m in report.get("migrations", []):
            point = {"files": max(0, m["files"] - lost) if m["of"] is not None else m["files"] + lost}
            if m["of"] is not None:
                point["of"] = m["of"]
            migrations[m["rule"] + " " + m["subject"]] = point
        history.write(json.dumps({"time": time, "commit": commit, "scores": entry, "rules": {}, "migrations": migrations},
                                 sort_keys=True) + "\n")
EOF

status=0
"$ssotlint" report "${config_args[@]}" --history "$work/history.jsonl" --folder-depth 2 --format "html:$work/report.html" \
    --format "json:$work/report.json" >/dev/null || status=$?
if (( status > 1 )); then
    echo "FAIL: ssotlint report exited $status" >&2
    exit "$status"
fi
echo "report: $work/report.html ($(wc -c <"$work/report.html") bytes, ssotlint exit $status)"

begin=$SECONDS
chrome_flags=(--headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
    --user-data-dir="$work/profile" --window-size=1280,2000)
"$browser" "${chrome_flags[@]}" --screenshot="$work/report.png" "file://$work/report.html" >"$work/screenshot.log" 2>&1 || true
"$browser" "${chrome_flags[@]}" --dump-dom "file://$work/report.html" >"$work/dom.html" 2>"$work/dom.log" || true
echo "rendered with headless Chromium in $((SECONDS - begin)) s"

python3 - "$work" <<'EOF'
import json, struct, sys, zlib

work = sys.argv[1]
failures = []

def check(ok, what):
    print(("ok:   " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)

def png_pixels(path):
    """Decodes an 8-bit, non-interlaced RGB(A) PNG with zlib alone; yields (r, g, b) rows."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
    channels = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    previous, rows = bytearray(stride), []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + a) & 255
            elif kind == 2: line[i] = (line[i] + b) & 255
            elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    return width, height, channels, rows

png = f"{work}/report.png"
try:
    width, height, channels, rows = png_pixels(png)
    total = width * height
    background = {}
    inked = 0
    for line in rows:
        for x in range(0, len(line), channels):
            r, g, b = line[x], line[x + 1], line[x + 2]
            if r < 235 or g < 235 or b < 235:
                inked += 1
            key = (r >> 4, g >> 4, b >> 4)
            background[key] = background.get(key, 0) + 1
    share = inked / total
    check(width >= 1000 and height >= 1000, f"screenshot {png} is {width}x{height}")
    check(share > 0.02, f"screenshot is not blank: {share:.1%} of pixels are not white or near-white")
    check(len(background) > 8, f"screenshot has {len(background)} distinct colours (coarse)")
except (OSError, ValueError, zlib.error, UnboundLocalError) as error:
    check(False, f"screenshot {png} could be read as a PNG ({error})")

report = json.load(open(f"{work}/report.json"))["report"]
dom = open(f"{work}/dom.html", encoding="utf-8").read()
html = open(f"{work}/report.html", encoding="utf-8").read()

def escaped(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

check("<title>SSOT compliance report</title>" in dom, "DOM dump has the title")
for category in report["categories"] + [report["overall"]]:
    check(f">{escaped(category['name'])}<" in dom, f"DOM dump names category {category['name']!r}")
check("chart-categories" in dom and "chart-history" in dom, "DOM dump has the category and score-over-time charts")
for index, migration in enumerate(report.get("migrations", []), start=1):
    check(f'id="chart-migration-{index}"' in dom, f"DOM dump has the line chart of migration {migration['rule']} {migration['subject']}")
check(bool(report.get("migrations")) or not report["patterns"], f"the report has {len(report.get('migrations', []))} migrations")
check('id="folders"' in dom and all(f"<code>{escaped(f['path'])}</code>" in dom for f in report["folders"]),
      f"DOM dump has the folder table with its {len(report['folders'])} folders")
check(dom.count('class="meter"') >= len(report["folders"]), "every folder row has its inline bar")
check(dom.count("<svg") == dom.count("</svg>") >= 3, f"DOM dump has {dom.count('<svg')} inline SVG elements, all closed")
for banned in ("http://", "https://", "<script", "<link", "@import", "url("):
    check(banned not in html, f"report is self-contained: no {banned!r}")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("all checks passed")
EOF
if [[ $keep == --keep ]]; then echo "png: $work/report.png"; else echo "png: $work/report.png (removed on exit; --keep keeps it)"; fi
