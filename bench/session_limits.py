#!/usr/bin/env python3
"""Figures for a session at the limits (2,000 cards, 50 lanes, a note on every
card, 42,000 log entries, 14 MiB): `prioriteer check` on it, and the real
window under Xvfb from start to its first rendered board (a --screenshot run,
which includes exit), each a median with its peak memory, beside the same for
the bundled deck. Prints figures; passes or fails nothing.

Usage: bench/session_limits.py [build folder]   (default: build)
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from harness import Xvfb  # noqa: E402

build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "build")
program = os.path.join(build, "prioriteer")
work = tempfile.mkdtemp(prefix="prio-limits-")
session = os.path.join(work, "limits.yaml")
subprocess.run([os.path.join(build, "prio_bench_session_limits"), session], check=True)


def timed(args, env=None, runs=5):
    """Median wall time in ms, median CPU time (user + system) in ms and the
    median peak RSS in MiB over `runs`. CPU time is the figure to compare on
    a busy machine, where wall time mostly measures the waiting."""
    times, cpus, peaks = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append((time.perf_counter() - t0) * 1000)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"{args} exited {proc.returncode}")
        cpus.append((usage.ru_utime + usage.ru_stime) * 1000)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), statistics.median(cpus), statistics.median(peaks)


ms, cpu, mib = timed([program, "check", session])
print(f"prioriteer check, session at the limits: median {ms:.0f} ms ({cpu:.0f} ms CPU) over 5 runs, peak RSS {mib:.0f} MiB (median)")
with Xvfb() as x:
    shot = os.path.join(work, "first.png")
    for what, args in [("bundled deck", []), ("session at the limits", [session])]:
        ms, cpu, mib = timed([program, "--screenshot", shot, "--width", "1920", "--height", "1080", *args], env=x.env)
        print(f"start to first rendered board, {what}: median {ms:.0f} ms ({cpu:.0f} ms CPU) over 5 runs, peak RSS {mib:.0f} MiB (median)")
os.unlink(session)
