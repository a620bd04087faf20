#!/usr/bin/env bash
# Checks the HTML report the way a reader meets it, in headless Chromium:
#
#  1. on screen at 1280 and 800 pixels wide: nothing reaches past the page's right edge, no box holds
#     content wider than itself unless it is a scrolling table box (wide tables scroll sideways in
#     their own box, the page does not), no number in a table cell wraps onto a second line, and every
#     table has a header row;
#  2. printed on A4 and on Letter paper: with the print style sheet applied at the paper's printable
#     width (12 mm margins), nothing is wider than the sheet (tables marked wide against a landscape
#     sheet); the PDF has pages of that size; and no page starts a table's rows without a header above
#     them (a row orphaned from its header).
#
# With a second argument, also writes screenshots of the top of the page at both widths and the two
# PDFs into that directory.
#
#   examples/scripts/check-report-page.sh [report.html] [screenshot-dir]
#
# Needs chromium on the PATH (Debian: apt-get install chromium) and, for the print check, pdfinfo and
# pdftotext (Debian: apt-get install poppler-utils; without them the print check is skipped with a
# message).
set -euo pipefail

report=${1:-examples/target/sample-report/report.html}
shots=${2:-}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$browser" ]]; then
  echo "chromium not found on the PATH" >&2
  exit 2
fi
if [[ ! -f "$report" ]]; then
  echo "no report at $report: run ./mvnw -B -q -pl examples -am -Psample-report package first" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chrome() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" "$@" 2>/dev/null
}

# A copy of the page with a script that measures every element once the page has loaded.
probe="$work/probe.html"
sed 's|</body>|<script>\
addEventListener("load", () => {\
  const page = document.documentElement.clientWidth;\
  const bad = [];\
  const scrolls = el => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);\
  const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) if (scrolls(p)) return true; return false; };\
  for (const el of document.querySelectorAll("body *")) {\
    const box = el.getBoundingClientRect();\
    const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "");\
    if (inScroller(el)) continue;\
    if (box.right > page + 0.5) bad.push(name + " reaches " + Math.round(box.right) + "px of " + page);\
    else if (!scrolls(el) \&\& el.clientWidth > 0 \&\& el.scrollWidth > el.clientWidth + 1) bad.push(name + " holds " + el.scrollWidth + "px in " + el.clientWidth);\
  }\
  for (const td of document.querySelectorAll("td.num, td.neg")) {\
    const range = document.createRange();\
    range.selectNodeContents(td);\
    const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));\
    if (lines.size > 1) bad.push("the number " + td.textContent + " wraps onto " + lines.size + " lines");\
  }\
  for (const table of document.querySelectorAll("table")) {\
    if (!table.tHead) bad.push("a table without a header row: " + (table.caption ? table.caption.textContent : "untitled"));\
  }\
  if (document.documentElement.scrollWidth > page) bad.push("the page scrolls sideways");\
  document.body.setAttribute("data-overflow", bad.length ? bad.slice(0, 10).join("; ") : "none");\
  document.body.setAttribute("data-headers", [...document.querySelectorAll("thead tr")].map(tr => (tr.cells[0] ? tr.cells[0].textContent.trim() : "")).filter(t => t).join("\\u001f"));\
});\
</script></body>|' "$report" > "$probe"

status=0
for width in 1280 800; do
  result=$(chrome --window-size="$width,2000" --virtual-time-budget=10000 --dump-dom "file://$probe" \
    | grep -o 'data-overflow="[^"]*"' | head -1 | sed 's/^data-overflow="//; s/"$//')
  if [[ "$result" == "none" ]]; then
    echo "width $width: nothing wider than the page, no number wraps, every table has a header"
  else
    echo "width $width: ${result:-the page did not load}" >&2
    status=1
  fi
done

# The print style sheet applied on screen at the printable width of each paper (portrait, and landscape
# for the tables that print on landscape sheets), measured like the screen check: nothing may reach
# past the sheet's edge.
printable() {  # paper -> "portrait-px landscape-px" at 96 px per inch, 12 mm margins
  case "$1" in
    A4) echo "703 1032" ;;
    letter) echo "725 965" ;;
  esac
}
for paper in A4 letter; do
  read -r narrow wide <<< "$(printable "$paper")"
  sheet="$work/sheet-$paper.html"
  sed 's|@media print{|@media all{body{width:'"$narrow"'px!important}|; s|</body>|<script>\
addEventListener("load", () => {\
  const bad = [];\
  for (const el of document.querySelectorAll("body *")) {\
    const limit = el.closest(".wide") ? '"$wide"' : '"$narrow"';\
    const box = el.getBoundingClientRect();\
    if (box.width > 0 \&\& box.right > limit + 0.5) bad.push(el.tagName.toLowerCase() + " reaches " + Math.round(box.right) + "px of " + limit);\
  }\
  document.body.setAttribute("data-overflow", bad.length ? bad.slice(0, 10).join("; ") : "none");\
});\
</script></body>|' "$report" > "$sheet"
  result=$(chrome --window-size="$wide,2000" --virtual-time-budget=10000 --dump-dom "file://$sheet" \
    | grep -o 'data-overflow="[^"]*"' | head -1 | sed 's/^data-overflow="//; s/"$//')
  if [[ "$result" == "none" ]]; then
    echo "print styles on $paper: everything fits the sheet ($narrow px, wide tables $wide px landscape)"
  else
    echo "print styles on $paper: ${result:-the page did not load}" >&2
    status=1
  fi
done

# Printing: one copy of the page per paper size, each with its @page size set, printed to PDF.
headers=$(chrome --window-size=1280,2000 --virtual-time-budget=10000 --dump-dom "file://$probe" \
  | grep -o 'data-headers="[^"]*"' | head -1 | sed 's/^data-headers="//; s/"$//')
if command -v pdfinfo > /dev/null && command -v pdftotext > /dev/null; then
  for paper in A4 letter; do
    copy="$work/print-$paper.html"
    sed "s|</style>|@page{size:$paper}@page wide{size:$paper landscape}</style>|" "$report" > "$copy"
    pdf="$work/report-$paper.pdf"
    chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$copy" > /dev/null
    size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    case "$paper" in
      A4) [[ "$size" == *"(A4)"* ]] || { echo "$paper: pages are $size" >&2; status=1; } ;;
      letter) [[ "$size" == "612 x 792"* ]] || { echo "$paper: pages are $size" >&2; status=1; } ;;
    esac
    # A page whose first table row (a line that starts with a period, a year or a customer and holds
    # numbers) has no column heading above it on the same page lost its header.
    orphans=""
    for ((p = 1; p <= pages; p++)); do
      text=$(pdftotext -layout -f "$p" -l "$p" "$pdf" -)
      verdict=$(HEADERS="$headers" python3 - "$text" <<'PY'
import os, re, sys
headers = [h for h in os.environ.get("HEADERS", "").split("\x1f") if h]
lines = [l.strip() for l in sys.argv[1].splitlines() if l.strip()]
row = re.compile(r"^(\d{4}(-\d{2}|-Q[1-4])?|cus_\S+)\s.*\d")
for i, line in enumerate(lines):
    if row.match(line):
        above = lines[:i]
        ok = any(any(l.startswith(h) or (" " + h + " ") in (" " + l + " ") for h in headers) for l in above)
        print("ok" if ok else "orphan: " + line[:60])
        break
else:
    print("ok")
PY
)
      [[ "$verdict" == ok ]] || orphans+=" page $p ($verdict);"
    done
    if [[ -z "$orphans" ]]; then
      echo "printed on $paper: $pages pages of $size, every table row under its header"
    else
      echo "printed on $paper: rows without their header on$orphans" >&2
      status=1
    fi
    if [[ -n "$shots" ]]; then
      mkdir -p "$shots"
      cp "$pdf" "$shots/report-$(tr '[:upper:]' '[:lower:]' <<< "$paper").pdf"
    fi
  done
else
  echo "pdfinfo or pdftotext not found (Debian: apt-get install poppler-utils): print check skipped"
fi

if [[ -n "$shots" ]]; then
  mkdir -p "$shots"
  shots=$(cd "$shots" && pwd)
  page="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
  chrome --window-size=1280,2400 --screenshot="$shots/report-1280.png" "$page" > /dev/null
  chrome --window-size=800,2400 --screenshot="$shots/report-800.png" "$page" > /dev/null
  echo "screenshots and PDFs in $shots"
fi
exit $status
