#!/usr/bin/env bash
# PDF export benchmark (not a test). Two parts:
#  1. in one JVM: a ten-page pack rendered cold, then warm many times; the median time of a
#     render and of each phase (fill, parse, script runs, CSS, layout, write), and Flying
#     Saucer used the plain way, interleaved, for comparison;
#  2. one-shot runs through the launcher (a new JVM each, start-up included): `help` against
#     `export pdf` of two sample briefings, with hyperfine.
# Usage: bench/pdf.sh [warm-up seconds] [measured renders]    (defaults: 20 300)
# Results are recorded in docs/PERFORMANCE.md ("## PDF export").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

echo "== 1. one JVM, warm"
java -Djava.awt.headless=true -Xms512m -Xmx512m -cp "$cp" org.briefdesk.render.pdf.PdfBench "${1:-20}" "${2:-300}"

echo
echo "== 2. one-shot, end to end: ./briefdesk (launcher, start-up included), a new JVM per run"
out="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$out" "$home"' EXIT
export BRIEFDESK_HOME="$home"
./briefdesk version >/dev/null            # builds the jar and prepares the fast start if needed
./briefdesk briefing list >/dev/null 2>&1 # creates the library with the sample briefings
hyperfine --warmup 2 --runs "${RUNS:-10}" --style basic \
  -n "./briefdesk help" "./briefdesk help" \
  -n "./briefdesk export pdf (Vienna 2023)" "./briefdesk export pdf --briefing icat-briefing-2023 --out $out/v.pdf --overwrite" \
  -n "./briefdesk export pdf (OSCE 2019)" "./briefdesk export pdf --briefing osce-side-event-2019 --out $out/o.pdf --overwrite"
for f in "$out"/*.pdf; do echo "$(basename "$f"): $(pdfinfo "$f" 2>/dev/null | sed -n 's/^Pages: *//p') pages, $(stat -c %s "$f") bytes"; done
