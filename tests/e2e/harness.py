"""Shared by the end-to-end tests: the program under test, a private Xvfb
server, and small checks on PNG files."""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

PROGRAM = os.environ.get("PRIORITEER", "prioriteer")
SOURCE_DIR = os.environ.get("PRIO_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


# The Debian package that brings each outside program a test calls.
PACKAGE_OF = {
    "Xvfb": "xvfb", "xdotool": "xdotool", "import": "imagemagick", "mount": "mount", "umount": "mount",
    "pandoc": "pandoc", "pdftotext": "poppler-utils", "pdfinfo": "poppler-utils", "pdffonts": "poppler-utils",
    "soffice": "libreoffice-writer-nogui", "cmake": "cmake", "setxkbmap": "x11-xkb-utils",
}


def require(*programs):
    """Stops the test in one line when a program it calls is not installed:
    a missing install step should read as one, not as a traceback."""
    for program in programs:
        if shutil.which(program) is None:
            print(f"`{program}` is missing: scripts/common.sh must install {PACKAGE_OF[program]}", file=sys.stderr)
            sys.exit(1)


def run(*args, env=None, timeout=60, cwd=None):
    return subprocess.run([PROGRAM, *args], capture_output=True, text=True, env=env, timeout=timeout, cwd=cwd)


class Xvfb:
    """An X server of our own, ready when the constructor returns."""

    def __init__(self, width=1920, height=1080):
        require("Xvfb")
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp",
             # Without it the server resets when its last client leaves, and
             # a program started just after a kill finds no display.
             "-noreset"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        number = b""
        deadline = time.time() + 30
        with os.fdopen(read_fd, "rb") as pipe:
            while time.time() < deadline:
                chunk = pipe.read(1)
                if not chunk or chunk == b"\n":
                    break
                number += chunk
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number.decode()
        # A home of its own: the program keeps recovery files, recent
        # sessions and saved sessions there, never in the real one.
        self.home = tempfile.mkdtemp(prefix="prioriteer-home-")
        self.env = dict(os.environ, DISPLAY=self.display, **private_home(self.home))

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def private_home(home):
    """Environment variables that keep all of the program's files under `home`."""
    return {"HOME": home, "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
            "XDG_CONFIG_HOME": os.path.join(home, ".config"), "XDG_DOCUMENTS_DIR": os.path.join(home, "Documents")}


def png_pixels(path):
    """(width, height, rows of RGBA bytes) of an 8-bit RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour_type == 6, "expected 8-bit RGBA"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * 4
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - 4] if i >= 4 else 0
            b = prev[i]
            c = prev[i - 4] if i >= 4 else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def distinct_colours(rows, step=7):
    seen = set()
    for row in rows[::step]:
        for x in range(0, len(row), 4 * step):
            seen.add(row[x:x + 3])
    return seen


class Checks:
    """Counts checks the way the plain closing line wants them."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", what, file=sys.stderr)

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)


def temp_dir():
    return tempfile.mkdtemp(prefix="prioriteer-e2e-")
