#!/usr/bin/env bash
# Invitation letters benchmark (not a test), every figure side by side with its peer in the
# same run. Results are recorded in docs/PERFORMANCE.md ("## Invitation letters").
#  1. Word letters: the SAME default templates (templates/invitation.docx, invitation.fr.docx)
#     and the SAME data for N invitees, rendered by docxtemplater + pizzip (npm, installed into
#     target/bench-node) and by Briefdesk's fast path, each letter written to disk;
#  2. the same Briefdesk run with -Xmx256m: no failure, heap peak;
#  3. PDF letters through the PDF pipeline on all cores, and LibreOffice converting the same
#     letters' .docx (soffice --headless --convert-to pdf, the mail-merge user's way), on
#     PDF_N letters each: soffice once for all of them (before and after Briefdesk's rows),
#     and once per letter for 10 of them; Briefdesk in-process after a warm-up of 100 letters
#     (a short run) and of 3,000 (a warm JVM), with the JVM's default compilers and with the
#     launcher's flags (C1 only), and one-shot: `./briefdesk invite generate
#     --pdf` in a fresh process, start-up included (needs node for the invitee CSV);
#  4. the print files (combined PDF and combined .docx) of COMBINED_N letters.
# Usage: bench/invitations.sh [N] [PDF_N] [COMBINED_N]     (defaults: 10000 100 1000)
#        SECTIONS=3 bench/invitations.sh ...                 (only the sections named)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-10000}"
pdf_n="${2:-100}"
combined_n="${3:-1000}"

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
bench() { java -Djava.awt.headless=true "$@"; }
want() { [[ "${SECTIONS:-1234}" == *"$1"* ]]; }

. bench/docxtemplater-peer.sh

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
echo "== java: $(java -version 2>&1 | head -1); node: $(node --version); docxtemplater $(node -p "require('./$node_dir/node_modules/docxtemplater/package.json').version"), pizzip $(node -p "require('./$node_dir/node_modules/pizzip/package.json').version")"
echo "== soffice: $(soffice --version 2>/dev/null | head -1 || echo none)"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if want 1; then
echo
echo "== 1. $n Word letters, same templates and data, each written to disk"
bench -cp "$cp" org.briefdesk.render.invitation.InvitationBench data "$n" "$work/letters.json" 2>/dev/null
mkdir -p "$work/docxtemplater"
node "$node_dir/invitations-docxtemplater.js" templates "$work/letters.json" "$work/docxtemplater"
bench -cp "$cp" org.briefdesk.render.invitation.InvitationBench docx "$n" "$work/briefdesk" 2>/dev/null | grep RESULT
rm -rf "$work/briefdesk" "$work/docxtemplater"
mkdir -p "$work/docxtemplater"
node "$node_dir/invitations-docxtemplater.js" templates "$work/letters.json" "$work/docxtemplater"
rm -rf "$work/docxtemplater"

fi
if want 2; then
echo
echo "== 2. the same $n letters with -Xmx256m"
bench -Xmx256m -cp "$cp" org.briefdesk.render.invitation.InvitationBench docx "$n" "$work/small-heap" 2>/dev/null | grep RESULT
rm -rf "$work/small-heap"

fi
if want 3; then
echo
echo "== 3. $pdf_n PDF letters: Briefdesk's PDF pipeline against soffice --convert-to pdf"
# the same letters' .docx for soffice, from a run of its own (its files are not timed)
bench -Dbench.warm=0 -cp "$cp" org.briefdesk.render.invitation.InvitationBench pdf "$pdf_n" "$work/pdf" >/dev/null 2>&1
mkdir -p "$work/soffice-in" "$work/soffice-profile"
cp "$work"/pdf/*.docx "$work/soffice-in/"
rm -rf "$work/pdf"
# soffice converts all the letters in one process, its profile made beforehand (a user's is there)
soffice -env:UserInstallation=file://"$work/soffice-profile" --headless --terminate_after_init >/dev/null 2>&1 || true
soffice_once() {
  rm -rf "$work/soffice-out"
  mkdir -p "$work/soffice-out"
  local start end made
  /usr/bin/time -f '%e %U %S' -o "$work/time" soffice -env:UserInstallation=file://"$work/soffice-profile" --headless --convert-to pdf --outdir "$work/soffice-out" "$work"/soffice-in/*.docx >/dev/null 2>&1 || true
  made=$(ls "$work/soffice-out"/*.pdf 2>/dev/null | wc -l)
  timed soffice "$made"
}
# RESULT line from /usr/bin/time's "elapsed user system" in $work/time (CPU: the process and the children it waited for)
timed() {
  awk -v mode="$1" -v n="$2" '{ printf "RESULT mode=%s letters=%d seconds=%.2f rate=%.1f cpuSeconds=%.2f\n", mode, n, $1, n / $1, $2 + $3 }' "$work/time"
}
soffice_once
# in-process, the JVM warmed by a run of 100 letters first (a short run's JIT) or of 3,000 (a
# long-lived process), with the JVM's default compilers (C1 and C2) and with the launcher's
# flags (C1 only, Serial GC: what ./briefdesk and its interactive shell run with)
for flags in "" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"; do
  for warm in 100 3000; do
    echo "-- in-process after a warm-up of $warm letters, JVM flags: ${flags:-none}"
    bench $flags -Dbench.warm=$warm -cp "$cp" org.briefdesk.render.invitation.InvitationBench pdf "$pdf_n" "$work/pdf-$warm" 2>/dev/null | grep RESULT
    rm -rf "$work/pdf-$warm"
  done
done
# one-shot, start-up included: ./briefdesk invite generate --pdf in a fresh process (the launcher as it is)
export BRIEFDESK_HOME="$work/home"
mkdir -p "$BRIEFDESK_HOME"
bench -cp "$cp" org.briefdesk.render.invitation.InvitationBench data "$pdf_n" "$work/pdf-letters.json" >/dev/null 2>&1
node "$root/bench/letters-to-csv.js" "$work/pdf-letters.json" "$work/pdf-invitees.csv"
./briefdesk invite import "$work/pdf-invitees.csv" --event icat-briefing-2023-10-03 >/dev/null
./briefdesk help >/dev/null   # the launcher's fast start, prepared once per build
for run in 1 2; do
  rm -rf "$work/oneshot"
  /usr/bin/time -f '%e %U %S' -o "$work/time" ./briefdesk invite generate --event icat-briefing-2023-10-03 --pdf --out "$work/oneshot" >/dev/null
  timed oneshot-pdf "$(ls "$work/oneshot"/*.pdf | wc -l)"
done
unset BRIEFDESK_HOME
soffice_once
# the steady rate, on more letters than the side-by-side run
bench -cp "$cp" org.briefdesk.render.invitation.InvitationBench pdf "$combined_n" "$work/pdf-steady" 2>/dev/null | grep RESULT
rm -rf "$work/pdf-steady"
# ... and one soffice per letter, as a mail merge that converts letter by letter does (10 letters)
mkdir -p "$work/soffice-one"
start=$(date +%s.%N)
for f in $(ls "$work"/soffice-in/*.docx | head -10); do
  soffice -env:UserInstallation=file://"$work/soffice-profile" --headless --convert-to pdf --outdir "$work/soffice-one" "$f" >/dev/null 2>&1 || true
done
end=$(date +%s.%N)
made=$(ls "$work/soffice-one"/*.pdf 2>/dev/null | wc -l)
awk -v s="$start" -v e="$end" -v n="$made" 'BEGIN { printf "RESULT mode=soffice-per-letter letters=%d seconds=%.2f rate=%.1f\n", n, e - s, n / (e - s) }'

fi
if want 4; then
echo
echo "== 4. print files of $combined_n letters (combined PDF and combined .docx)"
bench -cp "$cp" org.briefdesk.render.invitation.InvitationBench combined "$combined_n" "$work/combined" 2>/dev/null | grep RESULT
ls -l "$work"/combined/invitations-combined.* | awk '{ print $5, $9 }'
fi
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
