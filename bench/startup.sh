#!/usr/bin/env bash
# Start-up benchmark: Briefdesk's one-shot `help` (and the commands that open the library
# or export a sample briefing) beside a bare Spring Boot 4.0.9 +
# Spring Shell 4.0.1 fat jar with one command (bench/bare; keep its Spring Shell version
# Briefdesk's), measured side by side with hyperfine in one run. Goal: ./briefdesk help
# takes at most a quarter of the bare jar's `java -jar bare.jar help`, on each JDK the
# launcher uses (a second bare-jar row runs on the launcher's JDK when it is not the default).
#
#   bench/startup.sh [RESULTS_DIR]     (default target/bench; RUNS=15 WARMUP=3 to change)
#
# Writes startup.md (hyperfine's table), startup.json and machine.txt into RESULTS_DIR and
# prints the ratio; then interleaved.md (issue 22's rows again, in rounds: bench/interleaved.py)
# and prompt.md (the shell at a terminal, to its prompt: bench/prompt.py). Run it on a quiet machine: two cores shared with a build measure the build.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$(mkdir -p "${1:-$root/target/bench}" && cd "${1:-$root/target/bench}" && pwd)"
runs="${RUNS:-15}"
warmup="${WARMUP:-3}"

command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

# 1. The bare jar, built with the repository's Maven wrapper.
bare_jar="$root/bench/bare/target/bare.jar"
if [ ! -f "$bare_jar" ] || [ -n "$(find "$root/bench/bare/pom.xml" "$root/bench/bare/src" -newer "$bare_jar" -print -quit)" ]; then
  echo "bench: building the bare jar…" >&2
  (cd "$root" && ./mvnw -B -q -f bench/bare/pom.xml package) >&2
fi

# 2. Briefdesk built and its fast start prepared (the launcher does both on first use).
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
work="$scratch/work"   # the working directory of every run: the bare jar writes its history there
home="$scratch/home"   # Briefdesk's data directory
mkdir -p "$work" "$home"
export BRIEFDESK_HOME="$home"
unset BRIEFDESK_DEBUG BRIEFDESK_JAVA_OPTS BRIEFDESK_FAST_START
(cd "$work" && "$root/briefdesk" version) >/dev/null

# 3. A data directory with a library in it, as a user has: any command that reads the
#    library creates it. Which commands exist depends on the features merged so far.
library_note="no command opens the library yet: BRIEFDESK_HOME holds only the log file"
for probe in "org list" "person list" "stat list" "event list" "briefing list"; do
  if (cd "$work" && "$root/briefdesk" help) | grep -q "^  $probe "; then
    # shellcheck disable=SC2086 # the probe is a command line
    (cd "$work" && "$root/briefdesk" $probe) >/dev/null 2>&1 || true
    library_note="library created by \`$probe\`: $(cd "$home" && ls | tr '\n' ' ')"
    break
  fi
done

# The JDK the launcher prefers, and the machine's default java (the bare jar's), for a
# second Briefdesk row when they differ.
default_java="$(readlink -f "$(command -v java)")"
launcher_java="$(BRIEFDESK_DEBUG=1 "$root/briefdesk" version 2>&1 >/dev/null | sed -n 's/^briefdesk launcher: java \([^ ]*\) .*/\1/p')"

commands=(
  -n "bare jar: java -jar bare.jar help" "java -jar $bare_jar help"
  -n "./briefdesk help" "$root/briefdesk help"
  -n "./briefdesk version" "$root/briefdesk version"
  -n "plain jar: java -jar target/briefdesk.jar help" "java -jar $root/target/briefdesk.jar help"
)
printf 'exit\n' >"$work/exit.txt"
# The commands that open the library, and the exports of a sample briefing (issue 22: at most
# 1.5x and 2x `help`), when this build has them. The exports write into the working
# directory; --prepare deletes their files before every run, of every row alike.
if (cd "$work" && "$root/briefdesk" help) | grep -q "^  export pdf "; then
  commands+=(
    -n "./briefdesk (shell reading exit from a file: to its prompt, then exit)" "bash -c 'exec $root/briefdesk <$work/exit.txt'"
    -n "./briefdesk person list" "$root/briefdesk person list"
    -n "./briefdesk search poznanski" "$root/briefdesk search poznanski"
    -n "./briefdesk briefing preview icat-briefing-2023" "$root/briefdesk briefing preview icat-briefing-2023"
    -n "./briefdesk briefing check icat-briefing-2023" "$root/briefdesk briefing check icat-briefing-2023"
    -n "./briefdesk export docx --briefing icat-briefing-2023" "$root/briefdesk export docx --briefing icat-briefing-2023 --out $work/pack.docx"
    -n "./briefdesk export pdf --briefing icat-briefing-2023" "$root/briefdesk export pdf --briefing icat-briefing-2023 --out $work/pack.pdf"
  )
fi
if [ -n "$launcher_java" ] && [ "$launcher_java" != "$default_java" ]; then
  # Like with like: each JDK's Briefdesk row has a bare-jar row on the same JDK.
  (cd "$work" && BRIEFDESK_JAVA="$default_java" "$root/briefdesk" version) >/dev/null
  commands+=(-n "./briefdesk help on the default java ($("$default_java" -version 2>&1 | head -1 | cut -d'"' -f2))"
    "env BRIEFDESK_JAVA=$default_java $root/briefdesk help")
  commands+=(-n "bare jar on the launcher's java ($("$launcher_java" -version 2>&1 | head -1 | cut -d'"' -f2))"
    "$launcher_java -jar $bare_jar help")
fi

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(free -h | awk '/^Mem:/ {print $2}') memory"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "default java (bare jar, plain jar): $("$default_java" -version 2>&1 | head -2 | tail -1)"
  echo "launcher's java: ${launcher_java:-?} ($("${launcher_java:-$default_java}" -version 2>&1 | head -2 | tail -1))"
  echo "data directory: $library_note"
  echo "runs: $runs after $warmup warm-up runs each"
} | tee "$results/machine.txt" >&2

cd "$work"
hyperfine -N --warmup "$warmup" --runs "$runs" --prepare "rm -f $work/pack.docx $work/pack.pdf" \
  --export-markdown "$results/startup.md" --export-json "$results/startup.json" \
  "${commands[@]}"

python3 - "$results/startup.json" <<'EOF' | tee "$results/ratio.txt"
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
bare = results["bare jar: java -jar bare.jar help"]["median"]
print("medians:")
for name, r in results.items():
    print(f"  {r['median']:.3f} s  ({r['median'] / bare:.2f} of the bare jar)  {name}")
help_median = results["./briefdesk help"]["median"]
ratio = help_median / bare
print(f"./briefdesk help / bare jar help = {ratio:.3f} (goal: at most 0.25)")
for name, r in results.items():
    if name.startswith("./briefdesk ") and name not in ("./briefdesk help", "./briefdesk version") and "default java" not in name:
        goal = 2.0 if name.startswith("./briefdesk export") else None if "shell" in name else 1.5
        print(f"{name} / ./briefdesk help = {r['median'] / help_median:.2f}" + (f" (goal: at most {goal})" if goal else ""))
# Per JDK, each Briefdesk row against the bare jar on the same JDK.
same_jdk_bare = next((r["median"] for n, r in results.items() if n.startswith("bare jar on the launcher's java")), None)
default_row = next((r["median"] for n, r in results.items() if n.startswith("./briefdesk help on the default java")), None)
if same_jdk_bare is not None:
    print(f"launcher's JDK: ./briefdesk help / bare jar on the same JDK = {results['./briefdesk help']['median'] / same_jdk_bare:.3f}")
if default_row is not None:
    print(f"default JDK: ./briefdesk help / bare jar on the same JDK = {default_row / bare:.3f}")
EOF

# The same ratios measured in rounds (every command once per round, so that a burst of load
# on a shared machine falls on all rows alike): the figures to judge issue 22's goals by.
# The bare jar is in the rounds too (on each JDK), so that help's share of it is measured the
# same way.
bare_rounds=(-- "bare jar (default java)" "java -jar $bare_jar help")
if [ -n "$launcher_java" ] && [ "$launcher_java" != "$default_java" ]; then
  bare_rounds+=(-- "bare jar on the launcher's java" "$launcher_java -jar $bare_jar help")
fi
if (cd "$work" && "$root/briefdesk" help) | grep -q "^  export pdf "; then
  (cd "$work" && python3 "$root/bench/interleaved.py" "$runs" "rm -f $work/pack.docx $work/pack.pdf" \
    -- "./briefdesk help" "$root/briefdesk help" \
    "${bare_rounds[@]}" \
    -- "person list" "$root/briefdesk person list" \
    -- "search poznanski" "$root/briefdesk search poznanski" \
    -- "briefing preview" "$root/briefdesk briefing preview icat-briefing-2023" \
    -- "briefing check" "$root/briefdesk briefing check icat-briefing-2023" \
    -- "export docx" "$root/briefdesk export docx --briefing icat-briefing-2023 --out $work/pack.docx" \
    -- "export pdf" "$root/briefdesk export pdf --briefing icat-briefing-2023 --out $work/pack.pdf") \
    | tee "$results/interleaved.md"
fi

# The shell as a person starts it, on a terminal: the time to its prompt beside `help`'s
# (issue 22: at most 1x), measured by bench/prompt.py in a pseudo-terminal, in one run.
if (cd "$work" && "$root/briefdesk" help) | grep -q "^  export pdf "; then
  (cd "$work" && python3 "$root/bench/prompt.py" "$root/briefdesk" "$runs") | tee "$results/prompt.md"
fi
