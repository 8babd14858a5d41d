"""gunicorn serving this project on a free loopback port: for the two-server test, the
benchmark and the reliability scripts, which all need a real app server beside them."""

import socket
import subprocess  # nosec B404 - runs gunicorn with arguments built here
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What the TLS proxy in front of production says: production settings redirect plain HTTP.
HEADERS = {"X-Forwarded-Proto": "https"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 10) -> tuple[int, bytes, str]:
    """(status, body, content type) of a GET; raises OSError when nothing answers."""
    request = urllib.request.Request(url, headers=HEADERS)  # noqa: S310 - loopback only
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310  # nosec B310
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


class LoopbackServer:
    """gunicorn with `env` on a free loopback port. Used as a context manager it waits until
    the site answers and stops gunicorn and its workers on exit."""

    def __init__(self, env: dict, *, workers: int = 2, log_level: str = "warning", options=()):
        self.port = free_port()
        self.process = subprocess.Popen(  # noqa: S603  # nosec B603
            [sys.executable, "-m", "gunicorn", "outlet.wsgi", "--workers", str(workers),
             "--bind", f"127.0.0.1:{self.port}", "--log-level", log_level, *options],
            env=env, cwd=ROOT,
        )  # fmt: skip

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path: str) -> tuple[int, bytes, str]:
        return get(self.url(path))

    def ready(self) -> bool:
        try:
            return self.get("/robots.txt")[0] == 200
        except OSError:
            return False

    def wait_until_ready(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while not self.ready():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError(f"gunicorn on port {self.port} did not start")
            time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self):
        self.wait_until_ready()
        return self

    def __exit__(self, *exc):
        self.stop()
