"""Benchmark the full seed import: files per second, first import and unchanged re-import.

Usage: .venv/bin/python scripts/bench_import.py [--files 1000]

It writes N seed-sized files made from the two seeds (each with its own title) to a temporary
folder, runs `import_seeds` on it against a throw-away database created beside the configured
one, runs it again (all unchanged), and prints files per second for both. Targets on a 2-core
machine: >= 50 files/s first import, >= 500 files/s unchanged re-import.

Wall time on a shared machine is noisy, so it also prints each run's CPU time per file in the
importing process, in its parse workers and in its database backend, and its queries per file
(each one a round trip on which the importer and the backend wait for each other).
"""

import argparse
import io
import os
import resource
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


def backend_cpu_seconds(pid: int) -> float:
    """User and system CPU time so far of the database backend `pid`, on this machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_import(folder: Path) -> dict:
    """One `import_seeds` run over the folder, as an editor would start it: its wall time, CPU
    times (the parse workers are reaped when it ends), query count and summary line."""
    from django.core.management import call_command
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (backend,) = cursor.fetchone()
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    out = io.StringIO()
    backend_before, children_before = backend_cpu_seconds(backend), children_cpu_seconds()
    cpu_started, started = time.process_time(), time.perf_counter()
    with connection.execute_wrapper(count):
        call_command("import_seeds", str(folder), stdout=out)
    return {
        "wall": time.perf_counter() - started,
        "importer": time.process_time() - cpu_started,
        "workers": children_cpu_seconds() - children_before,
        "backend": backend_cpu_seconds(backend) - backend_before,
        "queries": queries,
        "summary": out.getvalue().splitlines()[-1],
    }


def report(label: str, run: dict, files: int) -> None:
    per_file = {key: 1000 * run[key] / files for key in ("importer", "workers", "backend")}
    print(
        f"{label} {files / run['wall']:8.1f} files/s  ({run['summary']})\n"
        f"    CPU ms a file: importer {per_file['importer']:.2f}, workers"
        f" {per_file['workers']:.2f}, database {per_file['backend']:.2f};"
        f" {run['queries'] / files:.1f} queries a file"
    )


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
            first = timed_import(Path(folder))
            again = timed_import(Path(folder))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    report("first import:    ", first, args.files)
    report("unchanged import:", again, args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
