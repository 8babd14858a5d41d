"""A throw-away Outlet for the reliability scripts: its own PostgreSQL (pgserver) in a temporary
folder, production settings, gunicorn on a free loopback port. Nothing here touches another
database server or leaves a process behind."""

# They run fixed local tools (gunicorn, wrk, pg_ctl, apt-get) with arguments built here.
# ruff: noqa: S603, S607

import contextlib
import os
import secrets
import shutil
import socket
import subprocess  # nosec B404 - runs this repository's own tools with arguments built here
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
SEEDS = ROOT / "fixtures" / "seeds"
HEADERS = {"X-Forwarded-Proto": "https"}  # as the TLS proxy in front of production says


def figure(name: str, value, unit: str = "", ok: bool | None = None) -> None:
    mark = "" if ok is None else ("  ok" if ok else "  FAIL")
    print(f"  {name}: {value}{unit}{mark}", flush=True)


class Database:
    """PostgreSQL from the pgserver wheel in `folder`, on a Unix socket; stoppable at will."""

    def __init__(self, folder: Path):
        import pgserver

        self.server = pgserver.get_server(folder / "pgdata", cleanup_mode="stop")
        self.socket_dir = str(self.server.get_postmaster_info().socket_dir)
        self.server.psql("CREATE DATABASE outlet;")

    def url(self, name: str = "outlet") -> str:
        return f"postgres://postgres@{urllib.parse.quote(self.socket_dir, safe='')}/{name}"

    def stop(self, mode: str = "fast") -> None:
        from pgserver._commands import pg_ctl

        pg_ctl(["-w", "-m", mode, "stop"], pgdata=self.server.pgdata, user=self.server.system_user)

    def start(self) -> None:
        self.server.ensure_postgres_running()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.server.cleanup()


class Site:
    """Migrated, collected and seeded Outlet with production settings, in a temporary folder."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="outlet-reliability-"))
        self.db = Database(self.folder)
        self.env = {
            **os.environ,
            "DATABASE_URL": self.db.url(),
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "OUTLET_LOCAL_DIR": str(self.folder / "local"),
            "STATIC_ROOT": str(self.folder / "static"),
            "MEDIA_ROOT": str(self.folder / "media"),
            "CACHE_DIR": str(self.folder / "cache"),
            "LOG_LEVEL": "ERROR",
        }
        self.env.pop("REDIS_URL", None)
        self.manage("migrate", "--noinput", "-v0")
        self.manage("collectstatic", "--noinput", "-v0")
        self.manage("import_seeds", str(SEEDS))

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(  # nosec B603
            [PY, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True
        )
        if check and done.returncode:
            sys.stderr.write(done.stderr.decode(errors="replace")[-3000:])
            done.check_returncode()
        return done

    def clear_cache(self) -> None:
        shutil.rmtree(self.folder / "cache", ignore_errors=True)

    def close(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 5) -> tuple[int, bytes, str]:
    """(status, body, content type) of a GET; raises OSError when nothing answers."""
    request = urllib.request.Request(url, headers=HEADERS)  # noqa: S310 - loopback only
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310  # nosec B310
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


class Gunicorn:
    """gunicorn serving `site` on a free loopback port; stopped with its workers on exit."""

    def __init__(self, site: Site, workers: int = 2, *extra: str):
        self.port = free_port()
        self.process = subprocess.Popen(  # nosec B603
            [PY, "-m", "gunicorn", "outlet.wsgi", "--workers", str(workers), "--bind",
             f"127.0.0.1:{self.port}", "--log-level", "critical", "--timeout", "30", *extra],
            cwd=ROOT, env=site.env,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if get(self.url("/robots.txt"))[0] == 200:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def workers(self) -> list[int]:
        import psutil

        return [child.pid for child in psutil.Process(self.process.pid).children()]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def article_path(site: Site) -> str:
    """The address of a published article of the seeded site."""
    code = (
        "from articles.models import Article as A;"
        "print(A.objects.published()[0].get_absolute_url())"
    )
    out = site.manage("shell", "-c", code)
    return out.stdout.decode().strip().splitlines()[-1]
