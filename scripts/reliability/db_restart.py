"""(b) PostgreSQL restarted during writes: no acknowledged write lost or doubled; readers get a
plain 503, fast, while it is away, and pages again within seconds of its return."""

import os
import sys
import threading
import time
from itertools import count

from common import ROOT, SEEDS, Gunicorn, Site, figure

from outlet.loopback import get

DOWN_SECONDS = 4
SEED = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")


def seed_file(n: int) -> bytes:
    """A seed page of its own: its own title, so each write is a new article."""
    first, rest = SEED.split("\n", 1)
    return f"Restart write number {n}: {first}\n{rest}".encode()


class Writer(threading.Thread):
    """Imports one new file after another; a write is acknowledged when import_seed returns."""

    def __init__(self):
        super().__init__(daemon=True)
        self.acked: set[str] = set()
        self.errors = 0
        self.running = True

    def run(self):
        from django.db import connection

        from articles.importer import import_seed

        n = 0
        while self.running:
            source = f"restart_{n:05d}.txt"
            try:
                result = import_seed(seed_file(n), source=source)
            except Exception:  # noqa: BLE001 - the database is away: not acknowledged, retried
                self.errors += 1
                connection.close()
                time.sleep(0.05)
                continue
            if result.status in {"created", "unchanged"}:
                self.acked.add(source)
            n += 1


class Reader(threading.Thread):
    """GETs an uncached page in a loop, recording (time, status, seconds taken, body)."""

    def __init__(self, server):
        super().__init__(daemon=True)
        self.server, self.log, self.running = server, [], True

    def run(self):
        for n in count():
            if not self.running:
                return
            started = time.monotonic()
            try:
                status, body, kind = get(self.server.url(f"/search/?q=restart+{n}"), timeout=10)
            except OSError as error:
                status, body, kind = 0, str(error).encode(), ""
            self.log.append((started, status, time.monotonic() - started, body, kind))
            time.sleep(0.02)


def main() -> int:
    with Site() as site, Gunicorn(site, workers=2) as server:
        os.environ.update(site.env)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outlet.settings")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        writer, reader = Writer(), Reader(server)
        writer.start()
        reader.start()
        time.sleep(3)  # writes and reads under way before the restart
        site.db.stop()
        down_at = time.monotonic()
        time.sleep(DOWN_SECONDS)
        down_until = time.monotonic()
        site.db.start()
        up_at = time.monotonic()
        deadline = up_at + 10
        while time.monotonic() < deadline and not any(
            s == 200 and t > up_at for t, s, *_ in reader.log
        ):
            time.sleep(0.02)
        time.sleep(2)  # more writes after the return
        writer.running = reader.running = False
        writer.join(30)
        reader.join(30)

        from django.db import connection
        from django.db.models import Count

        from articles.models import Article

        connection.close()
        stored = set(
            Article.objects.filter(source_ref__startswith="restart_").values_list(
                "source_ref", flat=True
            )
        )
        doubled = (
            Article.objects.filter(title__startswith="Restart write number")
            .values("title")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .count()
        )
    down = [e for e in reader.log if down_at < e[0] and e[0] + e[2] < down_until]
    down_statuses = sorted({status for _, status, *_ in down})
    leaks = [e for e in down if b"Traceback" in e[3] or b"Error" in e[3]]
    slowest = max((e[2] for e in down), default=0)
    recovered = min((t for t, s, *_ in reader.log if s == 200 and t > up_at), default=None)
    recovery = (recovered - up_at) if recovered else float("inf")
    lost = writer.acked - stored
    print(f"(b) PostgreSQL stopped for {DOWN_SECONDS} s during writes and reads:")
    figure("acknowledged writes", len(writer.acked))
    figure("writes refused while down (retried)", writer.errors)
    figure("acknowledged writes lost", len(lost), ok=not lost)
    figure("duplicated articles", doubled, ok=doubled == 0)
    figure("requests while down", len(down))
    figure("their statuses", down_statuses, ok=down_statuses == [503])
    figure("tracebacks or error names shown", len(leaks), ok=not leaks)
    figure("slowest answer while down", f"{slowest * 1000:.0f}", " ms", ok=slowest < 1)
    figure("first 200 after the return", f"{recovery:.2f}", " s", ok=recovery < 5)
    good = (
        not lost and not doubled and down_statuses == [503] and not leaks
        and slowest < 1 and recovery < 5 and len(writer.acked) > 0
    )  # fmt: skip
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
