"""Benchmark the full seed import: files per second, first import and unchanged re-import.

Usage: .venv/bin/python scripts/bench_import.py [--files 1000]

It makes N seed-sized files from the two seeds (each with its own title), imports them into a
throw-away database created beside the configured one, imports them again (all unchanged), and
prints files per second for both. Targets on a 2-core machine: >= 50 files/s first import,
>= 500 files/s unchanged re-import.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outlet.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")


def seed_variants(count: int) -> list[tuple[str, bytes]]:
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    files = []
    for n in range(count):
        text = seeds[n % len(seeds)].read_text(encoding="utf-8")
        title = text.splitlines()[0]
        text = text.replace(title, f"{title} (dispatch {n})")
        files.append((f"bench_{n:05d}.txt", text.encode("utf-8")))
    return files


def timed_import(files) -> tuple[float, dict]:
    """One run as `import_seeds` makes it: each file imported inside one `import_run()`."""
    from articles.importer import import_run, import_seed

    statuses: dict[str, int] = {}
    started = time.perf_counter()
    with import_run():
        for name, data in files:
            status = import_seed(data, source=name).status
            statuses[status] = statuses.get(status, 0) + 1
    return time.perf_counter() - started, statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    files = seed_variants(args.files)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        first, first_statuses = timed_import(files)
        again, again_statuses = timed_import(files)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(f"files: {len(files)}")
    print(f"first import:     {len(files) / first:8.1f} files/s  {first_statuses}")
    print(f"unchanged import: {len(files) / again:8.1f} files/s  {again_statuses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
