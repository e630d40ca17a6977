#!/usr/bin/env bash
# Regenerates the pictures of the dossier's Word forms shown in the README: each .docx
# from `dvht dossier` (and `dvht batch --list-proposed`) is converted to PDF by
# LibreOffice, one page of it to PNG at 60 dpi by pdftoppm, then pngquant keeps the
# file small. Needs: libreoffice-writer-nogui, poppler-utils, pngquant (Debian
# packages). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# DVHT=path/to/dvht uses that binary instead of building one.
if [ -z "${DVHT:-}" ]; then cargo build --release -q; fi
dvht=${DVHT:-target/release/dvht}

$dvht -q dossier examples/th-tan-hoa-1 --rubric tt24 --as-of 2025-01-10 --date 2025-01-10 \
  --place "Tân Hòa" --authority "UBND huyện Tân Hiệp" --head "Trần Hữu Hùng" \
  --to "Phòng Giáo dục và Đào tạo huyện Tân Hiệp" -o "$out/tt24"
$dvht -q dossier examples/mn-hoa-sen --rubric hanoi --as-of 2025-01-10 --date 2025-01-10 \
  --place "Hà Nội" --authority "UBND huyện Gia Lâm" -o "$out/hanoi"
$dvht -q batch examples --rubric tt24 --as-of 2025-01-10 --list-proposed -o "$out/danh-sach.docx"

page() { # page FILE.docx N NAME: page N of the document as docs/NAME.png
  local pdf="$out/pdf/$(basename "${1%.docx}").pdf"
  HOME="$out/home" soffice --headless --convert-to pdf --outdir "$out/pdf" "$1" >/dev/null 2>&1
  pdftoppm -png -r 60 -f "$2" -l "$2" -singlefile "$pdf" "$out/$3"
  if command -v pngquant >/dev/null; then
    pngquant --force --quality 60-90 --output "docs/$3.png" "$out/$3.png"
  else
    cp "$out/$3.png" "docs/$3.png"
  fi
}

page "$out/tt24/01-to-trinh.docx" 1 dossier-to-trinh
page "$out/tt24/02-bao-cao-tu-danh-gia-m3.docx" 1 dossier-m3
page "$out/tt24/04-phieu-danh-gia-m1.docx" 9 dossier-m1
page "$out/tt24/05-muc-do-dat-m2.docx" 1 dossier-m2
page "$out/tt24/06-ke-hoach-cai-thien.docx" 1 dossier-action-plan
page "$out/hanoi/01-bien-ban-tu-danh-gia.docx" 1 dossier-bien-ban
page "$out/danh-sach.docx" 1 dossier-danh-sach
ls -l docs/dossier-*.png
