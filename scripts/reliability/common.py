"""A throw-away Outlet for the reliability scripts: its own PostgreSQL (pgserver) in a temporary
folder, production settings, gunicorn on a free loopback port. Nothing here touches another
database server or leaves a process behind."""

# They run fixed local tools (gunicorn, wrk, pg_ctl, apt-get) with arguments built here.
# ruff: noqa: S603, S607

import contextlib
import os
import secrets
import shutil
import subprocess  # nosec B404 - runs this repository's own tools with arguments built here
import sys
import tempfile
import urllib.parse
from pathlib import Path

from outlet.loopback import LoopbackServer

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
SEEDS = ROOT / "fixtures" / "seeds"


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


class Gunicorn(LoopbackServer):
    """gunicorn serving `site`, its errors only in the output."""

    def __init__(self, site: Site, workers: int = 2):
        super().__init__(
            site.env, workers=workers, log_level="critical", options=("--timeout", "30")
        )

    def workers(self) -> list[int]:
        import psutil

        return [child.pid for child in psutil.Process(self.process.pid).children()]


def article_path(site: Site) -> str:
    """The address of a published article of the seeded site."""
    code = (
        "from articles.models import Article as A;"
        "print(A.objects.published()[0].get_absolute_url())"
    )
    out = site.manage("shell", "-c", code)
    return out.stdout.decode().strip().splitlines()[-1]
