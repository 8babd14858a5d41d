"""(c) A gunicorn worker killed (SIGKILL) under load: the master replaces it within 2 seconds,
and only requests in flight on that worker fail."""

import os
import signal
import sys
import threading
import time

from common import Gunicorn, Site, article_path, figure

from outlet.loopback import get

KILLS = 3
CLIENTS = 8
WORKERS = 2
LIMIT_SECONDS = 2


class Client(threading.Thread):
    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.url, self.running, self.failures, self.done = url, True, [], 0

    def run(self):
        while self.running:
            started = time.monotonic()
            try:
                ok = get(self.url, timeout=10)[0] == 200
            except OSError:
                ok = False
            if ok:
                self.done += 1
            else:
                self.failures.append(started)


def main() -> int:
    good = True
    with Site() as site, Gunicorn(site, workers=WORKERS) as server:
        clients = [Client(server.url(article_path(site))) for _ in range(CLIENTS)]
        for client in clients:
            client.start()
        time.sleep(2)
        print(f"(c) a gunicorn worker killed under load ({CLIENTS} clients, {WORKERS} workers):")
        for kill in range(1, KILLS + 1):
            before = set(server.workers())
            victim = sorted(before)[0]
            failed_before = sum(len(c.failures) for c in clients)
            killed_at = time.monotonic()
            os.kill(victim, signal.SIGKILL)
            replaced = None
            while time.monotonic() - killed_at < 10:
                now = set(server.workers())
                if victim not in now and len(now) == WORKERS:
                    replaced = time.monotonic() - killed_at
                    break
                time.sleep(0.01)
            time.sleep(2)  # let the new worker take its share
            failed = sum(len(c.failures) for c in clients) - failed_before
            took = float("inf") if replaced is None else replaced
            figure(f"kill {kill}: replaced after", f"{took:.2f}", " s", ok=took < LIMIT_SECONDS)
            # A sync worker serves one request at a time: only that one may fail.
            figure(f"kill {kill}: failed requests", failed, ok=failed <= 1)
            good &= took < LIMIT_SECONDS and failed <= 1
        for client in clients:
            client.running = False
        served = sum(c.done for c in clients)
        figure("requests served in all", f"{served:,}")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
