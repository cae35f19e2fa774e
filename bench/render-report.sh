#!/usr/bin/env bash
# Renders a returns report as a manager would see it printed: LibreOffice turns the
# workbook into a PDF (every sheet, with its print set-up and charts), pdftoppm turns the
# PDF into one PNG a page, to look at.
#
# Usage: bench/render-report.sh WORKBOOK.xlsx [OUTPUT_DIR] [MAX_PAGES]
#        (default: OUTPUT_DIR = WORKBOOK's folder/render, every page)
# Needs: apt-get install -y libreoffice-calc-nogui poppler-utils
set -euo pipefail

workbook=${1:?usage: bench/render-report.sh WORKBOOK.xlsx [OUTPUT_DIR] [MAX_PAGES]}
[ -f "$workbook" ] || { echo "render-report.sh: no file $workbook" >&2; exit 66; }
out=${2:-$(dirname "$workbook")/render}
pages=${3:-}
command -v soffice >/dev/null || { echo "render-report.sh: soffice missing (apt-get install -y libreoffice-calc-nogui)" >&2; exit 69; }
command -v pdftoppm >/dev/null || { echo "render-report.sh: pdftoppm missing (apt-get install -y poppler-utils)" >&2; exit 69; }

mkdir -p "$out"
# a profile of its own, so that a LibreOffice already open elsewhere does not take the job
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null
pdf="$out/$(basename "${workbook%.*}").pdf"
pdftoppm -png -r 70 ${pages:+-l "$pages"} "$pdf" "$out/page"
echo "$pdf: $(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p') pages; PNG pages in $out"
