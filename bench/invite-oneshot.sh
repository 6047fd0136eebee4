#!/usr/bin/env bash
# One-shot invitations, start-up included (not a test): `./briefdesk invite generate` of N
# letters, a fresh process each time, beside the docxtemplater script (node + docxtemplater +
# pizzip, as bench/invitations.sh installs them, here without its warm-up: WARMUP=0) rendering
# the same default templates for the same N invitees, each letter written to disk. hyperfine
# runs both side by side. Results go to docs/PERFORMANCE.md ("## Invitation letters").
# Usage: bench/invite-oneshot.sh [N]     (default 1000; RUNS=5 to change)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-1000}"
runs="${RUNS:-5}"
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
. bench/docxtemplater-peer.sh

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BRIEFDESK_HOME="$work/home"
mkdir "$BRIEFDESK_HOME"
event=icat-briefing-2023-10-03

# the same invitees for both: the benchmark's letter data, and the CSV a secretariat would import
java -Djava.awt.headless=true -cp "$cp" org.briefdesk.render.invitation.InvitationBench data "$n" "$work/letters.json" >/dev/null 2>&1
node "$root/bench/letters-to-csv.js" "$work/letters.json" "$work/invitees.csv"
./briefdesk invite import "$work/invitees.csv" --event "$event" >/dev/null
./briefdesk help >/dev/null   # the launcher's fast start, prepared once per build

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u '+%F %H:%M') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(java -version 2>&1 | head -1); node: $(node --version); docxtemplater $(node -p "require('./$node_dir/node_modules/docxtemplater/package.json').version")"
hyperfine --runs "$runs" --warmup 1 --export-markdown "$work/oneshot.md" \
  --prepare "rm -rf '$work/dt' '$work/bd'; mkdir -p '$work/dt'" \
  -n "docxtemplater script, $n letters" "WARMUP=0 node $node_dir/invitations-docxtemplater.js templates '$work/letters.json' '$work/dt'" \
  -n "./briefdesk invite generate, $n letters" "./briefdesk invite generate --event $event --out '$work/bd'"
cat "$work/oneshot.md"
echo "== letters written by the last ./briefdesk run: $(ls "$work"/bd/*.docx | wc -l)"
