#!/usr/bin/env bash
# Benchmark of the Word export (not a test): warm export of the largest sample briefing through
# the default template (DocxExportBench), then the one-shot commands end to end through the
# launcher, start-up included. Results go in docs/PERFORMANCE.md under "## Word export".
#   bench/docx.sh [WARMUP ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
echo "== warm export (JDK: $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.briefdesk.render.docx.DocxExportBench "${1:-300}" "${2:-300}"

echo "== one-shot, end to end: ./briefdesk (launcher, start-up included), a new JVM per run"
home="$(mktemp -d)"
out="$(mktemp -d)"
trap 'rm -rf "$home" "$out"' EXIT
export BRIEFDESK_HOME="$home"
./briefdesk version >/dev/null            # builds the jar and prepares the fast start if needed
./briefdesk briefing list >/dev/null 2>&1 # creates the library with the sample briefings
hyperfine --warmup 2 --runs "${RUNS:-10}" --style basic \
  -n "./briefdesk help" "./briefdesk help" \
  -n "./briefdesk export docx (Vienna 2023)" "./briefdesk export docx --briefing icat-briefing-2023 --out $out/v.docx --overwrite" \
  -n "./briefdesk template check templates/briefing.docx" "./briefdesk template check templates/briefing.docx"
for f in "$out"/*.docx; do echo "$(basename "$f"): $(stat -c %s "$f") bytes"; done
