#!/usr/bin/env python3
"""Time to the interactive shell's prompt, beside `help`, in one run (issue 22: the shell reaches
its prompt as quickly as `help` returns).

    bench/prompt.py BRIEFDESK [RUNS]

The shell runs in a pseudo-terminal, as a person starts it: the time is from the start of the
launcher until the prompt ("briefdesk> ") is on the screen; then `exit` is typed and the
process waited for (not timed). `help` is timed to its exit, with its output read from a pipe.
Runs alternate between the two, after one warm-up run of each; prints the medians and the ratio.
Needs only Python 3 (pty is in its standard library), on Linux or macOS.
"""
import fcntl
import os
import pty
import struct
import termios
import select
import statistics
import subprocess
import sys
import time

PROMPT = b"briefdesk> "


def shell_to_prompt(launcher, timeout=60.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(launcher, [launcher])
    # a terminal of 24 lines of 80 columns (a new pseudo-terminal has none, and JLine then
    # shortens the prompt to nothing)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = None
    deadline = start + timeout
    while elapsed is None:
        if time.perf_counter() > deadline:
            os.kill(pid, 9)
            raise SystemExit("bench: no prompt within %.0f s; the screen showed: %r" % (timeout, seen[-300:]))
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            raise SystemExit("bench: the shell ended before its prompt: %r" % seen[-300:])
        seen += chunk
        if PROMPT.strip() in seen:  # colour codes may stand around it
            elapsed = time.perf_counter() - start
    os.write(fd, b"exit\r")
    while True:
        try:
            if not os.read(fd, 4096):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def help_to_exit(launcher):
    start = time.perf_counter()
    subprocess.run([launcher, "help"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    launcher = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    shell_to_prompt(launcher)
    help_to_exit(launcher)
    shell, helps = [], []
    for _ in range(runs):
        shell.append(shell_to_prompt(launcher))
        helps.append(help_to_exit(launcher))
    s, h = statistics.median(shell), statistics.median(helps)
    print("| what | median [ms] | min [ms] | max [ms] |")
    print("|:---|---:|---:|---:|")
    print("| `./briefdesk help` (to its exit) | %.0f | %.0f | %.0f |" % (h * 1000, min(helps) * 1000, max(helps) * 1000))
    print("| `./briefdesk` (interactive, in a terminal, to its prompt) | %.0f | %.0f | %.0f |" % (s * 1000, min(shell) * 1000, max(shell) * 1000))
    print()
    print("shell prompt / help: %.2f (%d runs each)" % (s / h, runs))


if __name__ == "__main__":
    main()
