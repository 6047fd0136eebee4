#!/usr/bin/env bash
# Benchmark of the Word export (not a test): warm export of the largest sample pack through
# the default template (DocxExportBench), then the one-shot command end to end with its
# start-up. Results go in docs/PERFORMANCE.md under "## Word export".
#   bench/docx.sh [WARMUP ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
echo "== warm export (JDK: $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.briefdesk.render.docx.DocxExportBench "${1:-300}" "${2:-300}"

echo "== one-shot, end to end: java -jar target/briefdesk.jar template check templates/briefing.docx"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export BRIEFDESK_HOME="$home"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 --style basic \
    "java -jar target/briefdesk.jar template check templates/briefing.docx"
else
  for i in 1 2 3 4 5; do
    /usr/bin/time -f "%e s" java -jar target/briefdesk.jar template check templates/briefing.docx >/dev/null
  done
fi
