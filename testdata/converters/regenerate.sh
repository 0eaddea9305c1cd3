#!/usr/bin/env bash
# Regenerates the converter outputs under testdata/converters/ (see README.md there): renders the SEC page of
# every filing of SELECTION.tsv with our SecHtmlRenderer (and takes the three real SEC pages as they are),
# prints each to PDF with headless Chromium, and reads it back with pdftotext (-layout, -raw and default), tesseract (clean and as a
# degraded scan), pandoc (from the HTML), MuPDF's text (mutool draw -F txt, what PyMuPDF's page.get_text() gives)
# and @opendocsg/pdf2md. Slow (OCR); CI does not run it.
#
#   testdata/converters/regenerate.sh              # everything missing; existing outputs are kept (resumable)
#   FORCE=1 testdata/converters/regenerate.sh      # redo everything
#   ONLY='GOOG/form4' testdata/converters/regenerate.sh   # one filing (a grep pattern on TICKER/name)
#
# Needs (Debian packages): chromium poppler-utils mupdf-tools tesseract-ocr tesseract-ocr-eng imagemagick pandoc nodejs npm,
# and JDK 17 + Maven for the rendering step. Missing packages are installed with apt-get when run as root.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=testdata/converters
JOBS=${JOBS:-2}
WORK=${WORK:-$(mktemp -d /tmp/form4-converters.XXXXXX)}
PDF2MD_VERSION=0.3.2
export OMP_THREAD_LIMIT=1   # tesseract: one thread per job, JOBS jobs in parallel

need_package() {  # command package
  if ! command -v "$1" >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq "$2"; else echo "missing: $1 (apt-get install $2)" >&2; exit 1; fi
  fi
}
need_package chromium chromium
need_package pdftotext poppler-utils
need_package pdftoppm poppler-utils
need_package mutool mupdf-tools
need_package tesseract tesseract-ocr
need_package convert imagemagick
need_package pandoc pandoc
need_package node nodejs
need_package npm npm
need_package mvn maven

# pdf2md outside the repository, pinned.
if [ ! -d "$WORK/node/node_modules/@opendocsg/pdf2md" ]; then
  mkdir -p "$WORK/node" && npm install --silent --prefix "$WORK/node" "@opendocsg/pdf2md@$PDF2MD_VERSION" >/dev/null
fi
# Under Node, pdf.js never hands pdf2md the font objects it waits for (they go to a font loader that needs a
# browser), so pdf2md would wait forever. The wrapper answers a font request still open after 100 ms with a
# stub named by the font id: pdf2md then marks bold only by its "largest font" rule, not by font names.
cat > "$WORK/pdf2md.js" <<'JS'
const unpdf = require(process.argv[2] + '/node_modules/unpdf');
const getDocumentProxy = unpdf.getDocumentProxy;
unpdf.getDocumentProxy = async (data, options) => {
  const doc = await getDocumentProxy(data, options);
  const objs = (doc.transport || doc._transport).commonObjs;
  const get = objs.get.bind(objs);
  objs.get = (id, callback) => {
    if (!callback || objs.has(id)) return get(id, callback);
    setTimeout(() => (objs.has(id) ? get(id, callback) : callback({ name: id })), 100);
  };
  return doc;
};
const pdf2md = require(process.argv[2] + '/node_modules/@opendocsg/pdf2md');
const fs = require('fs');
pdf2md(new Uint8Array(fs.readFileSync(process.argv[3])))
  .then(md => { process.stdout.write(md); process.exit(md.trim() ? 0 : 1); })
  .catch(e => { console.error(e); process.exit(1); });
JS

# Step 1 (Java): SELECTION.tsv and the HTML pages.
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt"
java -cp "target/classes:target/test-classes:$(cat "$WORK/cp.txt")" dev.form4.corpus.ConverterInputsMain "$WORK/html"

# Provenance: the tool versions that made these files.
{
  echo "generated: $(date -u +%Y-%m-%d)"
  echo "chromium: $(chromium --version 2>/dev/null | tail -1)"
  echo "pdftotext: $(pdftotext -v 2>&1 | head -1)"
  echo "mutool: $(mutool -v 2>&1 | head -1) ($(dpkg-query -W -f='${Package} ${Version}' mupdf-tools 2>/dev/null || echo unknown))"
  echo "tesseract: $(tesseract --version 2>&1 | head -1) ($(tesseract --version 2>&1 | grep -i leptonica | head -1 | xargs))"
  echo "tesseract eng data: $(dpkg-query -W -f='${Package} ${Version}' tesseract-ocr-eng 2>/dev/null || echo unknown)"
  echo "imagemagick: $(convert -version | head -1)"
  echo "pandoc: $(pandoc --version | head -1)"
  echo "node: $(node --version)"
  echo "pdf2md: @opendocsg/pdf2md $PDF2MD_VERSION"
} > "$OUT/TOOL-VERSIONS.txt"

convert_one() {  # REL: TICKER/name or TICKER/name.sec (the page is $WORK/html/REL.html)
  local rel=$1 html="$WORK/html/$1.html" start=$SECONDS
  local pdf="$WORK/pdf/$rel.pdf" png="$WORK/png/$rel"
  mkdir -p "$(dirname "$pdf")" "$(dirname "$png")"
  for c in pandoc pandoc-markdown pandoc-plain pdftotext pdftotext-raw pdftotext-default mutool tesseract scan pdf2md; do mkdir -p "$OUT/$c/$(dirname "$rel")"; done
  if [ -z "${FORCE:-}" ] && [ -s "$OUT/pdf2md/$rel.md" ] && [ -s "$OUT/scan/$rel.txt" ] \
    && [ -s "$OUT/mutool/$rel.txt" ] && [ -s "$OUT/pdftotext-raw/$rel.txt" ] && [ -s "$OUT/pdftotext-default/$rel.txt" ]; then return 0; fi
  # A fresh profile each time; no header/footer lines (date, file URL) so that reruns give the same text.
  local profile; profile=$(mktemp -d "$WORK/chromium.XXXXXX")
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$html" >/dev/null 2>&1
  rm -rf "$profile"
  pandoc -f html -t gfm "$html" -o "$OUT/pandoc/$rel.md"
  # pandoc's own Markdown (what 'pandoc page.html -o page.md' writes: grid and simple tables) and its plain text
  pandoc -f html -t markdown "$html" -o "$OUT/pandoc-markdown/$rel.md"
  pandoc -f html -t plain "$html" -o "$OUT/pandoc-plain/$rel.txt"
  pdftotext -layout "$pdf" "$OUT/pdftotext/$rel.txt"
  # the PDF's text in the order it was drawn (poppler's -raw): a line per run of text, no blank lines
  pdftotext -raw "$pdf" "$OUT/pdftotext-raw/$rel.txt"
  # poppler's default mode: text blocks in its own reading order, blank lines between them
  pdftotext "$pdf" "$OUT/pdftotext-default/$rel.txt"
  # MuPDF's plain text: a block per paragraph, one line per text line (a table cell per line)
  mutool draw -q -F txt -o "$OUT/mutool/$rel.txt" "$pdf"
  # Clean OCR: 300 dpi grayscale pages, tesseract's default page segmentation, pages joined in order.
  rm -f "$png"-*.png
  pdftoppm -r 300 -gray -png "$pdf" "$png"
  : > "$OUT/tesseract/$rel.txt"
  for page in "$png"-*.png; do tesseract "$page" stdout -l eng 2>/dev/null >> "$OUT/tesseract/$rel.txt"; done
  # Degraded scan: 200 dpi, turned 0.4 degrees, blurred, Gaussian noise (fixed seed), grayscale.
  rm -f "$png"-*.png
  pdftoppm -r 200 -gray -png "$pdf" "$png"
  : > "$OUT/scan/$rel.txt"
  for page in "$png"-*.png; do
    convert "$page" -background white -rotate 0.4 -blur 0x0.8 -seed 4 -attenuate 0.6 +noise Gaussian \
      -colorspace Gray -units PixelsPerInch -density 200 "$page.scan.png"
    tesseract "$page.scan.png" stdout -l eng 2>/dev/null >> "$OUT/scan/$rel.txt"
  done
  rm -f "$png"-*.png
  timeout 120 node "$WORK/pdf2md.js" "$WORK/node" "$pdf" > "$OUT/pdf2md/$rel.md.part" && mv "$OUT/pdf2md/$rel.md.part" "$OUT/pdf2md/$rel.md" \
    || { echo "pdf2md failed or timed out: $rel" >&2; rm -f "$OUT/pdf2md/$rel.md.part"; }
  echo "$(date -u +%H:%M:%S) $rel $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages $((SECONDS - start)) s"
}
export -f convert_one
export WORK OUT FORCE

cd "$WORK/html" && find . -name '*.html' | sed 's#^\./##; s#\.html$##' | sort | grep -e "${ONLY:-.}" > "$WORK/todo.txt"; cd - >/dev/null
echo "$(wc -l < "$WORK/todo.txt") pages to convert, $JOBS at a time; work files in $WORK"
xargs -a "$WORK/todo.txt" -P "$JOBS" -I{} bash -c 'convert_one "$@"' _ {}
echo "done"
