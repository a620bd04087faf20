#!/usr/bin/env bash
# Opens the HTML report in headless Chromium at a desktop and a narrow window width and fails if
# anything is wider than the page (an element past its right edge, or content wider than its box,
# such as a preformatted line that does not wrap). With a second argument, also writes screenshots
# of the top of the page at both widths and the page printed on A4 as PDF into that directory.
#
#   examples/scripts/check-report-page.sh [report.html] [screenshot-dir]
#
# Needs chromium on the PATH (Debian: apt-get install chromium).
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
  for (const el of document.querySelectorAll("body *")) {\
    const box = el.getBoundingClientRect();\
    const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "");\
    if (box.right > page + 0.5) bad.push(name + " reaches " + Math.round(box.right) + "px of " + page);\
    else if (el.clientWidth > 0 \&\& el.scrollWidth > el.clientWidth + 1) bad.push(name + " holds " + el.scrollWidth + "px in " + el.clientWidth);\
  }\
  if (document.documentElement.scrollWidth > page) bad.push("the page scrolls sideways");\
  document.body.setAttribute("data-overflow", bad.length ? bad.slice(0, 10).join("; ") : "none");\
});\
</script></body>|' "$report" > "$probe"

status=0
for width in 1280 800; do
  result=$(chrome --window-size="$width,2000" --virtual-time-budget=10000 --dump-dom "file://$probe" \
    | grep -o 'data-overflow="[^"]*"' | head -1 | sed 's/^data-overflow="//; s/"$//')
  if [[ "$result" == "none" ]]; then
    echo "width $width: nothing wider than the page"
  else
    echo "width $width: overflow: ${result:-the page did not load}" >&2
    status=1
  fi
done

if [[ -n "$shots" ]]; then
  mkdir -p "$shots"
  shots=$(cd "$shots" && pwd)
  page="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
  chrome --window-size=1280,2400 --screenshot="$shots/report-1280.png" "$page" > /dev/null
  chrome --window-size=800,2400 --screenshot="$shots/report-800.png" "$page" > /dev/null
  chrome --no-pdf-header-footer --print-to-pdf="$shots/report-a4.pdf" "$page" > /dev/null
  echo "screenshots and PDF in $shots"
fi
exit $status
