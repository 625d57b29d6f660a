"""Shared by the tests of rounds with phones: the program started with
--serve-round on loopback, plain HTTP requests from a chosen source address
(all of 127.0.0.0/8 is this machine, so each simulated phone has an address
of its own, as in a room), and the rounds and ballots of --state-log."""
import http.client
import json
import os
import secrets
import time
from urllib.parse import urlsplit

from sessions import start, until, window_origin, xdo


def start_serving(env, work, *args, width=1600, height=900):
    """The program with a round with phones open: (app, window, url, code_url, log)."""
    url_file = os.path.join(work, "url.txt")
    log = os.path.join(work, "state.log")
    app, window = start(env, "--serve-round", "127.0.0.1:0", "--url-out", url_file, "--state-log", log, *args,
                        width=width, height=height)
    until(lambda: os.path.exists(url_file) and len(open(url_file).read().splitlines()) == 2)
    url, code_url = open(url_file).read().splitlines()
    return app, window, url, code_url, log


def phone_id():
    return secrets.token_hex(16)


class Phone:
    """One phone: its id, its source address and a keep-alive connection."""

    def __init__(self, url, source="127.0.0.1"):
        parts = urlsplit(url)
        self.host, self.port, self.base = parts.hostname, parts.port, parts.path
        self.source = source
        self.id = phone_id()
        self.conn = None

    def request(self, method, rest, body=None, timeout=20):
        """(status, body bytes, seconds) of one request to base + rest."""
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout, source_address=(self.source, 0))
            began = time.perf_counter()
            try:
                headers = {"Content-Type": "application/json"} if body is not None else {}
                self.conn.request(method, self.base + rest, body=body, headers=headers)
                r = self.conn.getresponse()
                data = r.read()
                if r.getheader("Connection", "").lower() == "close":
                    self.close()
                return r.status, data, time.perf_counter() - began
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # The server closed the keep-alive connection: once more on a new one.
                self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def deck(self):
        status, data, _ = self.request("GET", "deck.json?phone=" + self.id)
        return json.loads(data) if status == 200 else None

    def give(self, groups):
        return self.request("POST", "ballot", json.dumps({"phone": self.id, "groups": groups}))

    def close(self):
        if self.conn:
            self.conn.close()
            self.conn = None


def rounds(path):
    """The last complete state of a --state-log file: ([(number, state, count)], [(round, codes)])."""
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    blocks = text.split("--\n")[:-1]
    rounds_, ballots = [], []
    for line in (blocks[-1] if blocks else "").splitlines():
        if line.startswith("#round "):
            _, number, state, count = line.split()
            rounds_.append((int(number), state, int(count)))
        elif line.startswith("#ballot "):
            parts = line.split()
            ballots.append((int(parts[1]), parts[2:]))
    return rounds_, ballots


def close_round(env, window, geometry_path):
    """Clicks "Close the round" on the round's screen, where --geometry-out says it is."""
    def button():
        text = open(geometry_path, encoding="utf-8").read() if os.path.exists(geometry_path) else ""
        for line in text.splitlines():
            if line.startswith("close_round "):
                box = [int(v) for v in line.split()[1:]]
                if box[2] > box[0]:
                    return box
        return None
    until(lambda: button() is not None)
    box = button()
    ox, oy = window_origin(env, window)
    xdo(env, "mousemove", str(ox + (box[0] + box[2]) // 2), str(oy + (box[1] + box[3]) // 2))
    time.sleep(0.2)
    xdo(env, "mousedown", "1")
    time.sleep(0.15)
    xdo(env, "mouseup", "1")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
