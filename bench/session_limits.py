#!/usr/bin/env python3
"""Figures for a session at the limits (2,000 cards, 50 lanes, a note on every
card, 42,000 log entries, 14 MiB): `prioriteer check` on it, and the real
window under Xvfb from start to its first rendered board, each a median,
beside the same for the bundled deck. The first frame is timed twice: as a
--screenshot run (which includes encoding the PNG and exit), and as a normal
start until its first frame is drawn (the --geometry-out file appears), with
the autosave and recovery that a screenshot run leaves out. Prints figures;
passes or fails nothing.

Usage: bench/session_limits.py [build folder]   (default: build)
"""
import os
import shutil
import signal
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


def first_frame(args, env, runs=5):
    """Median wall and CPU time in ms from the start of a normal window to the
    first frame it draws, each run with a fresh home (no recovery offer)."""
    times, cpus = [], []
    for _ in range(runs):
        home = tempfile.mkdtemp(prefix="prio-limits-home-", dir=work)
        geometry = os.path.join(home, "geometry.txt")
        run_env = dict(env, HOME=home, XDG_STATE_HOME=os.path.join(home, "state"), XDG_CONFIG_HOME=os.path.join(home, "config"),
                       XDG_DATA_HOME=os.path.join(home, "data"))
        t0 = time.perf_counter()
        proc = subprocess.Popen([program, "--geometry-out", geometry, "--width", "1920", "--height", "1080", *args], env=run_env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not os.path.exists(geometry):
            if proc.poll() is not None:
                raise SystemExit(f"{args} exited {proc.returncode} before its first frame")
            time.sleep(0.002)
        times.append((time.perf_counter() - t0) * 1000)
        with open(f"/proc/{proc.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        cpus.append((int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK"))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        shutil.rmtree(home, ignore_errors=True)
    return statistics.median(times), statistics.median(cpus)


def edit_rounds(env, rounds=7):
    """Median ms from a key that moves the selected card (xdotool) to the
    session's file rewritten by the autosave, in a window on a copy of the
    session: the frame, the edit and the autosave on the window's thread."""
    home = tempfile.mkdtemp(prefix="prio-limits-home-", dir=work)
    copy = os.path.join(home, "s.yaml")
    shutil.copy(session, copy)
    geometry = os.path.join(home, "geometry.txt")
    run_env = dict(env, HOME=home, XDG_STATE_HOME=os.path.join(home, "state"), XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"))
    proc = subprocess.Popen([program, "--geometry-out", geometry, "--width", "1920", "--height", "1080", copy], env=run_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not os.path.exists(geometry):
        time.sleep(0.01)
    time.sleep(1.0)
    subprocess.run(["xdotool", "search", "--sync", "--pid", str(proc.pid), "windowactivate", "--sync"], env=run_env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=20)
    subprocess.run(["xdotool", "key", "Tab"], env=run_env, check=True)  # selects a card
    time.sleep(1.0)
    times = []
    for n in range(rounds):
        before = os.stat(copy).st_mtime_ns
        t0 = time.perf_counter()
        subprocess.run(["xdotool", "key", str(2 + n % 3)], env=run_env, check=True)  # into lane 2, 3 or 4
        while os.stat(copy).st_mtime_ns == before:
            if time.perf_counter() - t0 > 20:
                raise SystemExit("the edit was not saved within 20 s")
            time.sleep(0.002)
        times.append((time.perf_counter() - t0) * 1000)
        time.sleep(0.6)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    shutil.rmtree(home, ignore_errors=True)
    return times


ms, cpu, mib = timed([program, "check", session])
print(f"prioriteer check, session at the limits: median {ms:.0f} ms ({cpu:.0f} ms CPU) over 5 runs, peak RSS {mib:.0f} MiB (median)")
with Xvfb() as x:
    shot = os.path.join(work, "first.png")
    for what, args in [("bundled deck", []), ("session at the limits", [session])]:
        ms, cpu, mib = timed([program, "--screenshot", shot, "--width", "1920", "--height", "1080", *args], env=x.env)
        print(f"start to first rendered board, {what}: median {ms:.0f} ms ({cpu:.0f} ms CPU) over 5 runs, peak RSS {mib:.0f} MiB (median)")
    for what, args in [("bundled deck", []), ("session at the limits", [session])]:
        ms, cpu = first_frame(args, x.env)
        print(f"start to first frame drawn (a normal start, autosave and recovery on), {what}: median {ms:.0f} ms ({cpu:.0f} ms CPU) over 5 runs")
    times = edit_rounds(x.env)
    print(f"an edit in the window, from the key to the file rewritten, session at the limits: median {statistics.median(times):.0f} ms "
          f"over {len(times)} (the first, which emits the whole log and keeps the backup: {times[0]:.0f} ms)")
os.unlink(session)
