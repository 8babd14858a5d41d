"""Measure seed-parser throughput: parse the seeds and layout pages repeatedly, print files/s.

Three figures: the cold start (which includes dateparser loading its language data once per
process); pages never seen before (every per-line cache cleared before each file, so repeating
the same few pages cannot flatter the result); and with the caches kept warm. Then the same
unseen figure for the two seeds alone: the target (300 files/s) is for seed-sized files, which
are several times the size of the average layout page.

Usage: python scripts/bench_parse.py [--files 1000]
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles import seedparser  # noqa: E402
from articles.seedparser import parse_seed  # noqa: E402


def _read(folder: Path) -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def _size(pages: list[tuple[str, str]]) -> float:
    return sum(len(text.encode("utf-8")) for _, text in pages) / len(pages)


def _caches() -> list:
    found = []
    for module in list(sys.modules.values()):
        if module and module.__name__.startswith(seedparser.__name__):
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper) and value not in found:
                    found.append(value)
    return found


def _run(pages, files: int, *, clear: list) -> float:
    start = time.perf_counter()
    for n in range(files):
        for cache in clear:
            cache.cache_clear()
        name, text = pages[n % len(pages)]
        parse_seed(text, source=name)
    return files / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000, help="files to parse per figure")
    args = parser.parse_args()
    seeds = _read(ROOT / "fixtures" / "seeds")
    pages = seeds + _read(ROOT / "tests" / "layouts")
    size = _size(pages)
    print(f"{len(pages)} distinct pages, {size / 1024:.1f} KiB on average")

    start = time.perf_counter()
    for name, text in pages:
        parse_seed(text, source=name)
    print(f"cold start: {len(pages) / (time.perf_counter() - start):,.0f} files/s")

    caches = _caches()
    unseen = _run(pages, args.files, clear=caches)
    print(f"{args.files} unseen pages (caches cleared per file): {unseen:,.0f} files/s")
    warm = _run(pages, args.files, clear=[])
    print(f"{args.files} pages with warm caches: {warm:,.0f} files/s")
    print(f"throughput on unseen pages: {unseen * size / 1e6:.2f} MB/s")
    seed_rate = _run(seeds, args.files, clear=caches)
    print(f"the seeds alone ({_size(seeds) / 1024:.1f} KiB on average), unseen: ", end="")
    print(f"{seed_rate:,.0f} files/s")


if __name__ == "__main__":
    main()
