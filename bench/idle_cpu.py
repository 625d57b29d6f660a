"""Idle CPU of the real window: start prioriteer under a private Xvfb, let
it settle, then measure its CPU time over 10 s with no input. Prints a
figure; passes or fails nothing.
Run: PRIORITEER=build/prioriteer python3 bench/idle_cpu.py"""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from harness import PROGRAM, Xvfb  # noqa: E402

SECONDS = 10.0


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime


with Xvfb(1920, 1080) as x:
    app = subprocess.Popen([PROGRAM, "--width", "1920", "--height", "1080"], env=x.env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(3.0)
        before, start = cpu_seconds(app.pid), time.monotonic()
        time.sleep(SECONDS)
        after, end = cpu_seconds(app.pid), time.monotonic()
    finally:
        app.terminate()
        app.wait(timeout=10)
share = (after - before) / (end - start) * 100.0
print(f"idle CPU over {end - start:.1f} s: {after - before:.3f} s of CPU = {share:.2f}% of one core")
