#!/usr/bin/env python3
"""Commands timed in rounds, each round running every command once in turn, so that a burst of
load on a shared machine falls on all of them alike (hyperfine runs one command's runs one after
another). Prints each command's median, minimum and ratio to the first command's median.

    bench/interleaved.py RUNS PREPARE -- NAME COMMAND [-- NAME COMMAND ...]

PREPARE is a shell command run before every run ("" for none), e.g. deleting an export's file.
One warm-up round is not counted. A command named "bare jar..." is the first command's peer: its
line after the table gives the first as a share of it. For issue 22's ratios, with BRIEFDESK_HOME set to a data
directory with the sample library:

    bench/interleaved.py 15 "rm -f /tmp/p.docx" -- help "./briefdesk help" \\
        -- "person list" "./briefdesk person list" \\
        -- "export docx" "./briefdesk export docx --briefing icat-briefing-2023 --out /tmp/p.docx"
"""
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 6 or sys.argv[3] != "--":
        raise SystemExit(__doc__)
    runs, prepare, rest = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    commands = []
    while rest:
        if rest[0] != "--" or len(rest) < 3:
            raise SystemExit(__doc__)
        commands.append((rest[1], rest[2]))
        rest = rest[3:]
    times = {name: [] for name, _ in commands}
    for round_number in range(runs + 1):
        for name, command in commands:
            if prepare:
                subprocess.run(prepare, shell=True, check=False)
            start = time.perf_counter()
            result = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            if result.returncode != 0:
                raise SystemExit("bench: %s exited %d" % (name, result.returncode))
            if round_number > 0:
                times[name].append(elapsed)
    first = statistics.median(times[commands[0][0]])
    print("| command | median [ms] | min [ms] | ÷ %s |" % commands[0][0])
    print("|:---|---:|---:|---:|")
    for name, _ in commands:
        median = statistics.median(times[name])
        print("| %s | %.0f | %.0f | %.2f |" % (name, median * 1000, min(times[name]) * 1000, median / first))
    print()
    print("%d rounds after 1 warm-up round" % runs)
    # A row named "bare jar…" is the peer of the first row: the first as a share of it.
    for name, _ in commands:
        if name.startswith("bare jar"):
            print("%s / %s = %.3f" % (commands[0][0], name, first / statistics.median(times[name])))


if __name__ == "__main__":
    main()
