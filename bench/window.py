#!/usr/bin/env python3
"""Figures for the real window under Xvfb: time from start to the first
rendered board (a --screenshot run, which also includes exit), and the CPU
the idle window uses over 10 seconds, read from /proc.

Usage: bench/window.py [path/to/prioriteer]   (default: build/prioriteer)
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from harness import Xvfb  # noqa: E402

program = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "build", "prioriteer")
ticks = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks


with Xvfb() as x:
    out = os.path.join(tempfile.mkdtemp(), "first.png")
    starts = []
    for _ in range(7):
        t0 = time.perf_counter()
        subprocess.run([program, "--screenshot", out, "--width", "1920", "--height", "1080"], env=x.env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        starts.append(time.perf_counter() - t0)
    print(f"start to first board (3 frames rendered, PNG written, exit): median {statistics.median(starts) * 1000:.0f} ms "
          f"over {len(starts)} runs (min {min(starts) * 1000:.0f}, max {max(starts) * 1000:.0f})")

    proc = subprocess.Popen([program, "--width", "1920", "--height", "1080"], env=x.env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(3)
    c0, t0 = cpu_seconds(proc.pid), time.perf_counter()
    time.sleep(10)
    c1, t1 = cpu_seconds(proc.pid), time.perf_counter()
    proc.terminate()
    proc.wait(timeout=10)
    print(f"idle window: {100 * (c1 - c0) / (t1 - t0):.2f}% of one core over {t1 - t0:.1f} s "
          f"({(c1 - c0) * 1000:.0f} ms CPU, user+system from /proc/PID/stat)")
