#!/usr/bin/env bash
# Benchmark of the fact library (not a test): search latency and a 10,000-person import in a
# library of 100,000 facts. Usage: bench/facts.sh [FACTS]   (default 100000)
# Results go in docs/PERFORMANCE.md, "## Fact library", with the machine and the date.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.briefdesk.bench.FactsBenchmark "${1:-100000}"
