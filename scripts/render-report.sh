#!/usr/bin/env bash
# Renders a run report (REPORT_DIR/index.html) to a PNG with headless Chromium (Debian's `chromium`),
# to look at it as a browser shows it. Usage: scripts/render-report.sh REPORT_DIR OUT.png [HEIGHT_PX]
set -euo pipefail
REPORT="${1:?usage: $0 REPORT_DIR OUT.png [HEIGHT_PX]}"
OUT="${2:?usage: $0 REPORT_DIR OUT.png [HEIGHT_PX]}"
HEIGHT="${3:-7000}"
[ -f "$REPORT/index.html" ] || { echo "no index.html in $REPORT" >&2; exit 2; }
BROWSER="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$BROWSER" ] || { echo "chromium not found: apt-get install chromium" >&2; exit 2; }
PAGE="file://$(cd "$REPORT" && pwd)/index.html"
OUT_ABS="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"
# --no-sandbox: containers and CI run as root, where Chromium's sandbox refuses to start.
"$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,"$HEIGHT" \
  --screenshot="$OUT_ABS" "$PAGE" 2> >(grep -v -E "dbus|Fontconfig|GPU|gpu|sandbox" >&2 || true)
[ -s "$OUT_ABS" ] || { echo "Chromium wrote no screenshot" >&2; exit 1; }
echo "$OUT_ABS"
