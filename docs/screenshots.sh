#!/usr/bin/env bash
# Regenerates the report pictures shown in the README from the shipped examples:
# the HTML reports are opened in headless Chromium (a screenshot, and a print to
# PDF whose pages pdftoppm turns into PNG), then pngquant keeps each file small.
# Needs: chromium, poppler-utils, pngquant (Debian packages). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release -q
dvht=target/release/dvht

$dvht report examples/th-tan-hoa-1/roster.csv --rubric tt24 --as-of 2025-06-30 \
  --date 2025-01-10 --place "Tân Hòa" --authority "UBND huyện Tân Hiệp" \
  --prepared-by "Nguyễn Thị Hồng Hằng" --head "Trần Hữu Hùng" -o "$out/m4.html"
$dvht report examples/mn-hoa-sen/roster.csv --rubric hanoi --as-of 2025-06-30 \
  --date 2025-01-10 --place "Hà Nội" -o "$out/hanoi.html"
$dvht batch examples --rubric tt24 --as-of 2025-06-30 --format html -o "$out/district-tt24.html"
$dvht batch examples --rubric hanoi --as-of 2025-06-30 --format html -o "$out/district-hanoi.html"

chrome() {
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>/dev/null
  rm -rf "$profile"
}
shot() { # shot PAGE.html NAME: a 1240×1754 screenshot as docs/NAME.png
  chrome --screenshot="$out/$2.png" --window-size=1240,1754 "file://$out/$1"
  pngquant --force --quality 60-90 --output "docs/$2.png" "$out/$2.png"
}
page() { # page PAGE.html N NAME: printed page N (A4 PDF) as docs/NAME.png
  chrome --no-pdf-header-footer --print-to-pdf="$out/${1%.html}.pdf" "file://$out/$1"
  pdftoppm -png -r 100 -f "$2" -l "$2" -singlefile "$out/${1%.html}.pdf" "$out/$3"
  pngquant --force --quality 60-90 --output "docs/$3.png" "$out/$3.png"
}

shot m4.html report-m4
page m4.html 2 report-m4-print-page-2
page m4.html 3 report-action-plan
page hanoi.html 1 report-hanoi-print-page-1
shot district-tt24.html district-tt24
shot district-hanoi.html district-hanoi
ls -l docs/*.png
