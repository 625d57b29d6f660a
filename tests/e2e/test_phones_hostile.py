"""Hostile requests to a round with phones, from a raw socket: an oversized
header, too many headers, a slow-loris (bounded: the server drops a request
that stalls, and answers others meanwhile), bad JSON, a wrong token, path
traversal, a big body, a burst of 10,000 requests from one address, and a
ballot after the round closed. Each gets its status, the session is
unchanged by every one of them, and the program still takes a ballot."""
import os
import socket
import sys
import threading
import time
from urllib.parse import urlsplit

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, temp_dir  # noqa: E402
from phones import Phone, close_round, rounds, start_serving  # noqa: E402
from sessions import kill_if_running, until  # noqa: E402

_source = [10]


def fresh_source():
    """A loopback address not used before: each probe has a rate bucket of its own."""
    _source[0] += 1
    return f"127.0.{_source[0] // 250}.{_source[0] % 250 + 2}"


def raw(host, port, data, source=None, timeout=10, head=None):
    """Sends bytes as they are; (status or None, seconds until the answer or the
    close). With `head` (a dict), fills it with the answer's headers."""
    s = socket.create_connection((host, port), timeout=timeout, source_address=(source or fresh_source(), 0))
    began = time.perf_counter()
    try:
        s.sendall(data)
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = s.recv(4096)
            if not chunk:
                break
            reply += chunk
    except (ConnectionResetError, BrokenPipeError):
        reply = b""
    finally:
        s.close()
    lines = reply.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    if head is not None:
        head.update((k.strip().lower(), v.strip()) for k, _, v in (line.partition(":") for line in lines[1:]))
    first = lines[0].encode().split()
    return (int(first[1]) if len(first) > 1 else None), time.perf_counter() - began


def main():
    t = Checks()
    work = temp_dir()
    with Xvfb() as x:
        geometry = os.path.join(work, "geometry.txt")
        app, window, url, _, log = start_serving(x.env, work, "--geometry-out", geometry)
        try:
            parts = urlsplit(url)
            host, port, base = parts.hostname, parts.port, parts.path
            token = base.split("/")[2]
            good = Phone(url, fresh_source())
            codes = [c["code"] for c in good.deck()["cards"]]
            status, _, _ = good.give([codes])
            t.check(status == 200, f"a good ballot is taken: {status}")
            until(lambda: rounds(log)[0] == [(1, "open", 1)])
            before = rounds(log)

            def get(path, extra=b""):
                return b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\n" + extra + b"\r\n"

            def post(path, body):
                return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n").encode() + body

            probes = [
                ("oversized header (one of 64 KiB)", get(base, b"X-Big: " + b"a" * 65536 + b"\r\n"), (400, 431, None)),
                ("41 headers", get(base, b"".join(b"X-%d: 1\r\n" % i for i in range(41))), (431,)),
                ("a header block of 12 KiB in 24 lines", get(base, b"".join(b"X-%d: %s\r\n" % (i, b"b" * 500) for i in range(24))), (431,)),
                ("wrong token", get("/r/" + "0" * 32 + "/"), (403,)),
                ("no token", get("/"), (403,)),
                ("traversal before the token", get("/../../etc/passwd"), (403, 400)),
                ("traversal after the token", get(base + "../../../etc/passwd"), (404,)),
                ("encoded traversal", get(base + "%2e%2e/%2e%2e/etc/passwd"), (404,)),
                ("traversal out of the token", get(base + "../" + token + "/deck.json"), (404,)),
                ("an unknown asset", get(base + "index.html"), (404,)),
                ("bad JSON", post(base + "ballot", b"{\"phone\": "), (400,)),
                ("JSON of the wrong shape", post(base + "ballot", b"[1, 2, 3]"), (400,)),
                ("an unknown code", post(base + "ballot", ('{"phone":"%s","groups":[["ZZ9"]]}' % ("ab" * 16)).encode()), (422,)),
                ("a body of 17 KiB", post(base + "ballot", b" " * (17 * 1024)), (413,)),
                ("a PUT", b"PUT " + base.encode() + b"ballot HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", (405,)),
            ]
            for what, data, expected in probes:
                head = {}
                status, _ = raw(host, port, data, head=head)
                print(f"{what}: {status}")
                t.check(status in expected, f"{what} gets {expected}: {status}")
                if status is not None:
                    t.check(head.get("content-security-policy", "").startswith("default-src 'self'") and head.get("cache-control") == "no-store"
                            and head.get("x-content-type-options") == "nosniff" and "access-control-allow-origin" not in head,
                            f"{what}: the security headers, no CORS: {head}")
            t.check(rounds(log) == before, "no probe changed the session")

            # Slow-loris: 20 connections that send a request a byte at a time
            # and then stall. Others are answered meanwhile, and the stalled
            # ones are dropped after the read timeout.
            lorises, closed_after = [], []

            def loris():
                s = socket.create_connection((host, port), timeout=30, source_address=(fresh_source(), 0))
                lorises.append(s)
                began = time.perf_counter()
                try:
                    for byte in get(base)[:20]:
                        s.send(bytes([byte]))
                        time.sleep(0.05)
                    s.recv(1)  # blocks until the server gives up on us
                except OSError:
                    pass
                closed_after.append(time.perf_counter() - began)
                s.close()
            threads = [threading.Thread(target=loris) for _ in range(20)]
            for th in threads:
                th.start()
            time.sleep(1.5)
            status, took = raw(host, port, get(base))
            print(f"a page request during 20 slow-loris connections: {status} in {took * 1000:.1f} ms")
            t.check(status == 200, f"a page request during the slow-loris is answered: {status}")
            for th in threads:
                th.join(timeout=40)
            print(f"slow-loris connections dropped after {min(closed_after):.1f} to {max(closed_after):.1f} s")
            t.check(len(closed_after) == 20 and max(closed_after) < 15, f"every slow-loris connection is dropped within 15 s: {closed_after}")

            # A burst of 10,000 requests from one address, over keep-alive connections.
            counts, lock = {}, threading.Lock()
            burst_source = fresh_source()

            def burst(n):
                p = Phone(url, burst_source)
                for _ in range(n):
                    try:
                        status, _, _ = p.request("GET", "deck.json")
                    except OSError:
                        status = "error"
                    with lock:
                        counts[status] = counts.get(status, 0) + 1
                p.close()
            began = time.perf_counter()
            threads = [threading.Thread(target=burst, args=(1000,)) for _ in range(10)]
            for th in threads:
                th.start()
            for th in threads:
                th.join(timeout=120)
            took = time.perf_counter() - began
            print(f"a burst of 10,000 requests from one address in {took:.1f} s: {dict(sorted(counts.items(), key=str))}")
            t.check(sum(counts.values()) == 10000 and counts.get(429, 0) >= 9000 and counts.get("error", 0) == 0,
                    f"the burst is answered, nearly all of it 429: {counts}")
            status, took = raw(host, port, get(base))
            print(f"right after the burst, another address: {status} in {took * 1000:.1f} ms")
            t.check(status == 200, f"another address is answered right after the burst: {status}")
            t.check(rounds(log) == before, "the burst changed nothing")

            # The window still takes a ballot, and changes it.
            second = Phone(url, fresh_source())
            second.deck()
            status, _, _ = second.give([codes[::-1]])
            t.check(status == 200 and until(lambda: rounds(log)[0] == [(1, "open", 2)]), f"a second phone's ballot is taken: {rounds(log)[0]}")
            status, _, _ = second.give([codes])
            t.check(status == 200 and until(lambda: [c for _, c in rounds(log)[1]] == [codes, codes]),
                    "its second ballot replaces its first")
            t.check(rounds(log)[0] == [(1, "open", 2)], "still 2 ballots")

            # Closed: a ballot after it gets 409 and changes nothing.
            close_round(x.env, window, geometry)
            t.check(until(lambda: rounds(log)[0] == [(1, "closed", 2)]), f"the round closes: {rounds(log)[0]}")
            after = rounds(log)
            status, _, _ = second.give([codes[::-1]])
            print(f"a ballot after the close: {status}")
            t.check(status == 409, f"a ballot after the close gets 409: {status}")
            late = Phone(url, fresh_source())
            t.check(late.deck()["open"] is False, "the deck says the round is closed")
            status, _, _ = late.give([codes])
            t.check(status == 409, f"a new phone's ballot after the close gets 409: {status}")
            time.sleep(0.5)
            t.check(rounds(log) == after, "nothing changed after the close")
            t.check(app.poll() is None, "the program is still running")
        finally:
            kill_if_running(app)
    t.finish()


if __name__ == "__main__":
    main()
