#!/bin/sh
# check.sh: the HTML report in a real browser (make test-browser).
#   tests/browser/check.sh DIPNET MKREPORT OUTDIR
# Writes the report of the fixtures (a small network and hostile names) with
# `DIPNET report --format html`, or with the MKREPORT driver when this
# dipnet has no HTML report yet; then, in Debian's headless Chromium:
#   1. takes a screenshot and checks it is not blank (many colours, not
#      mostly one);
#   2. dumps the DOM and checks the picture (inline SVG with node and edge
#      ids), the three tables and the summary are there and no hostile name
#      became markup (no <img>, the title not rewritten by a name);
#   3. runs the page's script on a copy with a small probe appended: a click
#      on a header sorts the table, a click on an actor highlights its ties,
#      tooltips carry the evidence, the zoom button switches to actual size;
#   4. writes the report of 172 invented actors (too many to name all at
#      once) and runs tests/browser/probe_zoom.js on it: names readable and
#      apart when fitted, more as the wheel zooms in; hover; search (case
#      and accents ignored) selecting and centring an actor; "actual size"
#      centred on it; drag to pan; keys; Fit.
# Skips (exit 0, with a message) when Chromium is not installed:
# `sh scripts/setup.sh browser` installs it.
set -u
DIPNET=$1 MKREPORT=$2 OUT=$3
FIX=tests/fixtures/dot
fail=0

browser=""
for b in chromium chromium-browser; do
    if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
if [ -z "$browser" ]; then
    echo "test-browser: skipped: Chromium is not installed (sh scripts/setup.sh browser)"
    exit 0
fi

mkdir -p "$OUT"
html=$OUT/report.html
rm -f "$html"
if "$DIPNET" report --format html -o "$html" "$FIX/small.tsv" "$FIX/hostile.tsv" \
        2>"$OUT/report.err"; then
    echo "test-browser: report written by dipnet report --format html"
else
    echo "test-browser: dipnet report --format html failed ($(head -c 200 "$OUT/report.err")); using $MKREPORT"
    "$MKREPORT" -o "$html" "$FIX/small.tsv" "$FIX/hostile.tsv" || {
        echo "test-browser: FAIL: no report"; exit 1; }
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# chrome FLAGS...: headless Chromium with nothing that reaches the network.
chrome() {
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --hide-scrollbars \
        --user-data-dir="$profile" "$@" 2>>"$OUT/chromium.log"
}
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"

# 1. Screenshot, not blank.
rm -f "$OUT/report.png"
chrome --window-size=1280,2200 --screenshot="$OUT/report.png" "$url" >/dev/null
if [ ! -s "$OUT/report.png" ]; then
    echo "test-browser: FAIL: no screenshot (see $OUT/chromium.log)"
    exit 1
fi
python3 - "$OUT/report.png" <<'EOF' || fail=1
import struct, sys, zlib
# Reads an 8-bit RGB/RGBA PNG (what Chromium writes) with the stdlib only.
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, w = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and ctype in (2, 6), f"PNG type {ctype}/{depth}"
        bpp = 3 if ctype == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
colours = {}
for y in range(h):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    if y % 2 == 0:  # every other row is plenty for counting
        for x in range(0, stride, bpp * 2):
            px = bytes(line[x:x + 3])
            colours[px] = colours.get(px, 0) + 1
total = sum(colours.values())
top = max(colours.values())
print(f"test-browser: screenshot {w}x{h}, {len(colours)} colours, "
      f"most common {100 * top / total:.1f}% of pixels")
if len(colours) < 50 or top / total > 0.97:
    print("test-browser: FAIL: the screenshot looks blank")
    sys.exit(1)
EOF

# 2. The DOM as rendered.
chrome --dump-dom "$url" >"$OUT/dom.html"
check() {  # check DESCRIPTION PATTERN: the DOM must contain PATTERN
    if grep -q -- "$2" "$OUT/dom.html"; then :; else
        echo "test-browser: FAIL: $1 (no \`$2\` in $OUT/dom.html)"; fail=1
    fi
}
check_not() {
    if grep -q -- "$2" "$OUT/dom.html"; then
        echo "test-browser: FAIL: $1 (\`$2\` in $OUT/dom.html)"; fail=1
    fi
}
check "inline SVG picture" '<svg'
check "actor nodes with ids" '<g id="a0" class="node actor'
check "tie edges with ids" 'id="e_a[0-9]*_a[0-9]*" class="edge tie'
check "actors table" 'id="actors-table"'
check "ties table" 'id="ties-table"'
check "events table" 'id="events-table"'
check "summary" 'The network has <b>10</b> actors'
check "Kazakh name as text" 'Қазақстан'
check "hostile name as text" '&lt;img src=x onerror="document.title=.PWNED.'
check_not "hostile name became an element" '<img'
check_not "hostile evidence ran" 'PWNED</title>'
check_not "external resources" '<link'
check_not "nothing loaded from the network" 'src="http'

# 3. The script: sorting, highlighting, tooltips (probe on a copy).
probe=$OUT/probe.html
sed 's|</body>|<script>\
(function(){var r=[];\
var t=document.getElementById("actors-table");\
var th=t.tHead.rows[0].cells[1];th.click();\
var names=[].map.call(t.tBodies[0].rows,function(x){return x.cells[1].textContent.toLowerCase();});\
var ok=names.every(function(n,i){return i===0\|\|names[i-1].localeCompare(n)<=0;});\
r.push("sort-"+(ok\&\&th.getAttribute("aria-sort")==="ascending"?"ok":"bad"));\
var deg=t.tHead.rows[0].cells[3];deg.click();\
var v=[].map.call(t.tBodies[0].rows,function(x){return parseFloat(x.cells[3].getAttribute("data-v"));});\
r.push("numsort-"+(v.every(function(n,i){return i===0\|\|v[i-1]>=n;})?"ok":"bad"));\
var svg=document.querySelector(".picture svg");\
var node=document.getElementById("a1");\
node.querySelector("text").dispatchEvent(new MouseEvent("click",{bubbles:true}));\
r.push("focus-"+(svg.classList.contains("focus")?"ok":"bad"));\
r.push("ties-"+svg.querySelectorAll("g.edge.hl").length);\
var tt=document.querySelector(".picture g.edge title").textContent;\
r.push("tip-"+(/\\n/.test(tt)\&\&/„/.test(tt)?"ok":"bad"));\
document.getElementById("zoom").click();\
r.push("zoom-"+(document.querySelector(".picture").getAttribute("data-scale")==="1.000"?"ok":"bad"));\
document.body.setAttribute("data-probe",r.join(" "));})();\
</script></body>|' "$html" >"$probe"
chrome --dump-dom "file://$(cd "$OUT" && pwd)/probe.html" >"$OUT/probe-dom.html"
result=$(sed -n 's/.*data-probe="\([^"]*\)".*/\1/p' "$OUT/probe-dom.html" | head -1)
echo "test-browser: script probe: ${result:-none}"
case "$result" in
    *bad*|"") echo "test-browser: FAIL: the page script"; fail=1 ;;
    *ties-0*) echo "test-browser: FAIL: clicking an actor highlighted no tie"; fail=1 ;;
esac

# 4. A picture of many actors: zoom, pan, search, names (probe_zoom.js).
awk 'BEGIN { OFS = "\t"
    print "source", "source_kind", "relation", "target", "target_kind",
          "start", "end", "place", "doc", "line", "evidence"
    n = split("Aland Borland Corland Dorland Erland Forland Gorland " \
              "Horland Irland Jorland Korland Lorland", h, " ")
    for (i = 1; i <= n; i++)
        print "Staat " h[i], "state", "meeting", "Staat " h[i % n + 1],
              "state", "2001", "", "", "many.txt", i, "Ein Treffen."
    for (i = 1; i <= 160; i++) {
        p = sprintf("Gesandte Žofie %03d", i)
        print p, "person", "meeting", "Staat " h[i % n + 1], "state", "2002",
              "", "", "many.txt", 100 + i, p " traf Gesprächspartner."
        if (i % 3 == 0)
            print p, "person", "visit", "Staat " h[(i * 7) % n + 1], "state",
                  "2003", "", "", "many.txt", 300 + i, p " reiste ab."
    } }' >"$OUT/many.tsv"
many=$OUT/many.html
if "$DIPNET" report --format html -o "$many" "$OUT/many.tsv" 2>>"$OUT/report.err" \
    || "$MKREPORT" -o "$many" "$OUT/many.tsv"; then
    python3 - "$many" tests/browser/probe_zoom.js "$OUT/probe-many.html" <<'EOF'
import sys
page, probe, out = sys.argv[1:4]
html = open(page, encoding="utf-8").read()
js = open(probe, encoding="utf-8").read()
open(out, "w", encoding="utf-8").write(
    html.replace("</body>", "<script>\n" + js + "</script></body>"))
EOF
    chrome --window-size=1280,1000 --dump-dom \
        "file://$(cd "$OUT" && pwd)/probe-many.html" >"$OUT/probe-many-dom.html"
    result=$(sed -n 's/.*data-probe="\([^"]*\)".*/\1/p' "$OUT/probe-many-dom.html" | head -1)
    echo "test-browser: picture probe: ${result:-none}"
    case "$result" in
        *bad*|"") echo "test-browser: FAIL: zoom, search or names of a big picture"; fail=1 ;;
    esac
else
    echo "test-browser: FAIL: no report of $OUT/many.tsv"; fail=1
fi

if [ "$fail" -eq 0 ]; then
    echo "test-browser: passed (screenshot $OUT/report.png)"
fi
exit $fail
