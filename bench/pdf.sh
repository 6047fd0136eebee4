#!/usr/bin/env bash
# PDF export benchmark: renders a ten-page pack in memory, cold then warm, and prints the
# median time of a render and of each phase (fill, parse, CSS, layout, write).
# Usage: bench/pdf.sh [warm-up seconds] [measured renders]    (defaults: 20 300)
# Results are recorded in docs/PERFORMANCE.md ("## PDF export").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Djava.awt.headless=true -Xms512m -Xmx512m \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.briefdesk.render.pdf.PdfBench "${1:-20}" "${2:-300}"
