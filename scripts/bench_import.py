"""Benchmark the full seed import: files per second, first import and unchanged re-import.

Usage: .venv/bin/python scripts/bench_import.py [--files 1000]

It writes N seed-sized files made from the two seeds (each with its own title) to a temporary
folder, runs `import_seeds` on it against a throw-away database created beside the configured
one, runs it again (all unchanged), and prints files per second for both. Targets on a 2-core
machine: >= 50 files/s first import, >= 500 files/s unchanged re-import.
"""

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outlet.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")


def write_seed_variants(folder: Path, count: int) -> None:
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    for n in range(count):
        text = seeds[n % len(seeds)].read_text(encoding="utf-8")
        title = text.splitlines()[0]
        text = text.replace(title, f"{title} (dispatch {n})")
        (folder / f"bench_{n:05d}.txt").write_text(text, encoding="utf-8")


def timed_import(folder: Path) -> tuple[float, str]:
    """One `import_seeds` run over the folder, as an editor would start it; its summary line."""
    from django.core.management import call_command

    out = io.StringIO()
    started = time.perf_counter()
    call_command("import_seeds", str(folder), stdout=out)
    return time.perf_counter() - started, out.getvalue().splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        with tempfile.TemporaryDirectory() as folder:
            write_seed_variants(Path(folder), args.files)
            first, first_summary = timed_import(Path(folder))
            again, again_summary = timed_import(Path(folder))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(f"first import:     {args.files / first:8.1f} files/s  ({first_summary})")
    print(f"unchanged import: {args.files / again:8.1f} files/s  ({again_summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
