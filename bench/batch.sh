#!/usr/bin/env bash
# Batch export, start-up included (not a test): one `./briefdesk export batch` of a job of 20
# briefings x (docx + pdf) = 40 files, beside the same 40 exports as 40 one-shot
# `./briefdesk export docx|pdf` commands, side by side with hyperfine in one run. The batch runs
# with the launcher's default (C1 only) and with the optimising compiler back
# (BRIEFDESK_JAVA_OPTS=-XX:TieredStopAtLevel=4), so that the faster one can be chosen.
# Goals (issue 19): the batch in at most 5 s, and at least 10x faster than the 40 commands.
# The sample library has 5 briefings: the job lists each 4 times, under 4 names ({n}-...).
# Results go to docs/PERFORMANCE.md ("## Batch export").
# Usage: bench/batch.sh     (RUNS=5 for the batch rows, LOOP_RUNS=2 for the 40 commands)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-5}"
loop_runs="${LOOP_RUNS:-2}"
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BRIEFDESK_HOME="$work/home"
mkdir "$BRIEFDESK_HOME"  # Briefdesk refuses a BRIEFDESK_HOME that does not exist
unset BRIEFDESK_DEBUG BRIEFDESK_JAVA_OPTS BRIEFDESK_FAST_START
c2="-XX:TieredStopAtLevel=4"

briefings=(icat-briefing-2018 osce-side-event-2019 icat-principals-2020 icat-briefing-2023
  oas-unodc-cochairpersonship-2025)
{
  echo "defaults:"
  echo "  formats: [docx, pdf]"
  echo "  name: \"{n}-{briefing}.{ext}\""
  echo "items:"
  for round in 1 2 3 4; do
    for briefing in "${briefings[@]}"; do
      echo "  - briefing: $briefing"
    done
  done
} >"$work/job.yaml"
{
  n=0
  for round in 1 2 3 4; do
    for briefing in "${briefings[@]}"; do
      n=$((n + 1))
      echo "./briefdesk export docx --briefing $briefing --out '$work/one/$n-$briefing.docx'"
      echo "./briefdesk export pdf --briefing $briefing --out '$work/one/$n-$briefing.pdf'"
    done
  done
} >"$work/one-shot.sh"

# the library created, and the launcher's fast start prepared for both option sets, before timing
./briefdesk briefing list >/dev/null
BRIEFDESK_JAVA_OPTS="$c2" ./briefdesk help >/dev/null

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u '+%F %H:%M') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(BRIEFDESK_DEBUG=1 ./briefdesk version 2>&1 >/dev/null | sed -n 's/^briefdesk launcher: java \([^ ]*\) (JDK \([^)]*\)).*/\1 (\2)/p')"
hyperfine --runs "$runs" --warmup 1 --export-json "$work/batch.json" --export-markdown "$work/batch.md" \
  --prepare "rm -rf '$work/out'" \
  -n "export batch, 40 files (C1 only: the launcher's default)" \
  "./briefdesk export batch '$work/job.yaml' --out '$work/out' --date 2025-06-11" \
  -n "export batch, 40 files (C1 + C2: BRIEFDESK_JAVA_OPTS=$c2)" \
  "BRIEFDESK_JAVA_OPTS=$c2 ./briefdesk export batch '$work/job.yaml' --out '$work/out' --date 2025-06-11"
hyperfine --runs "$loop_runs" --export-json "$work/one-shot.json" --export-markdown "$work/one-shot.md" \
  --prepare "rm -rf '$work/one'; mkdir -p '$work/one'" \
  -n "40 one-shot export docx|pdf commands (C1 only)" "bash '$work/one-shot.sh'"
cat "$work/batch.md"
tail -n +3 "$work/one-shot.md"
python3 - "$work/batch.json" "$work/one-shot.json" <<'EOF'
import json, sys
batch = json.load(open(sys.argv[1]))["results"]
loop = json.load(open(sys.argv[2]))["results"][0]["mean"]
for row in batch:
    print(f"== {row['command']}: mean {row['mean']:.2f} s, {loop / row['mean']:.1f}x the 40 commands ({loop:.1f} s)")
EOF
echo "== files: batch $(find "$work/out" -type f ! -name '.*' ! -name manifest.json | wc -l), one-shot $(ls "$work/one" | wc -l)"
