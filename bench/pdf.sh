#!/usr/bin/env bash
# PDF export benchmark (not a test). Two parts:
#  1. in one JVM: a ten-page pack rendered cold, then warm many times; the median time of a
#     render and of each phase (fill, parse, script runs, CSS, layout, write), and Flying
#     Saucer used the plain way, interleaved, for comparison;
#  2. one-shot runs (a new JVM each, as `./briefdesk export pdf …` is): `help` against
#     `export pdf` of the Vienna pack and of the ten-page pack, with hyperfine. Until the
#     briefing feature exists the pack comes from the test classes (BenchPackSource).
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
echo "== 2. one-shot, a new JVM per run (class path, as OneShot runs it; the fat jar starts a little slower)"
out="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$out" "$home"' EXIT
run="env BRIEFDESK_HOME=$home BRIEFDESK_BENCH_SAMPLE_PACKS=true java -XX:TieredStopAtLevel=1 -Xshare:auto -cp $cp org.briefdesk.BriefdeskApplication"
hyperfine --warmup 2 --runs "${RUNS:-10}" --style basic \
  -n help "$run help" \
  -n "export pdf (Vienna, 3 pages)" "$run export pdf --briefing icat-briefing-2023 --out $out/v.pdf --overwrite" \
  -n "export pdf (many scripts, 4 pages)" "$run export pdf --briefing many-scripts --out $out/m.pdf --overwrite" \
  -n "export pdf (10 pages)" "$run export pdf --briefing bench-ten-pages --out $out/t.pdf --overwrite"
