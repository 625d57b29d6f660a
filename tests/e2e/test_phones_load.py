"""200 simulated phones on loopback, each from an address of its own and a
thread of its own: each fetches the page, its script and style and the deck,
then gives a ballot and changes it once. Every phone's last ballot is in the
session exactly once and none is lost. Prints the idle CPU of the window
with the round open, p50/p95 latency per kind of request and the time until
all 200 are in. Bounded: 200 phones, 120 s."""
import json
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, temp_dir  # noqa: E402
from phones import Phone, percentile, rounds, start_serving  # noqa: E402
from sessions import kill_if_running, until  # noqa: E402

PHONES = 200


def main():
    t = Checks()
    work = temp_dir()
    with Xvfb() as x:
        app, _, url, _, log = start_serving(x.env, work)
        try:
            # The window with the round open and its 200 threads waiting, no requests.
            time.sleep(1)
            ticks = os.sysconf("SC_CLK_TCK")

            def cpu():
                fields = open(f"/proc/{app.pid}/stat").read().rsplit(")", 1)[1].split()
                return (int(fields[11]) + int(fields[12])) / ticks
            threads_running = len(os.listdir(f"/proc/{app.pid}/task"))
            began, used = time.perf_counter(), cpu()
            time.sleep(10)
            idle = (cpu() - used) / (time.perf_counter() - began)
            print(f"idle, a round with phones open and no requests: {idle * 100:.2f}% of a core over 10 s ({threads_running} threads)")
            latencies = {"page": [], "deck": [], "ballot": []}
            statuses, given, lock = [], {}, threading.Lock()
            barrier = threading.Barrier(PHONES)
            t0 = [0.0]

            def phone(n):
                # 127.0.<n/250>.<n%250+2>: an address of its own for the rate limit.
                p = Phone(url, f"127.0.{n // 250}.{n % 250 + 2}")
                barrier.wait()
                if n == 0:
                    t0[0] = time.perf_counter()
                mine = []
                for rest in ("", "app.js", "app.css"):
                    status, _, took = p.request("GET", rest)
                    mine.append(("page", status, took))
                status, data, took = p.request("GET", "deck.json?phone=" + p.id)
                mine.append(("deck", status, took))
                codes = [c["code"] for c in json.loads(data)["cards"]] if status == 200 else []
                rng = random.Random(n)
                last = None
                for _ in range(2):
                    rng.shuffle(codes)
                    last = list(codes)
                    status, _, took = p.give([last])
                    mine.append(("ballot", status, took))
                p.close()
                with lock:
                    for kind, status, took in mine:
                        latencies[kind].append(took)
                        statuses.append(status)
                    given[p.id] = last

            threads = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
            for th in threads:
                th.start()
            for th in threads:
                th.join(timeout=120)
            all_in = until(lambda: rounds(log)[0] == [(1, "open", PHONES)], timeout=60)
            took_all = time.perf_counter() - t0[0]
            t.check(all(s == 200 for s in statuses) and len(statuses) == PHONES * 6,
                    f"every request of every phone is answered 200: {len(statuses)} answers, "
                    f"{sorted(set(statuses))}")
            t.check(all_in, f"the round holds {PHONES} ballots, one per phone: {rounds(log)[0]}")
            kept = sorted(codes for _, codes in rounds(log)[1])
            t.check(kept == sorted(given.values()), "each phone's second ballot is the one kept, none lost, none twice")
            for kind, values in latencies.items():
                print(f"{kind}: {len(values)} requests, p50 {percentile(values, 50) * 1000:.1f} ms, "
                      f"p95 {percentile(values, 95) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms")
            print(f"all {PHONES} phones' ballots in the session after {took_all:.2f} s")
        finally:
            kill_if_running(app)
    t.finish()


if __name__ == "__main__":
    main()
