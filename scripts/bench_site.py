"""Benchmark the reader's site at 1,000 and 100,000 articles against a static file.

Usage: .venv/bin/python scripts/bench_site.py [--sizes 1000 100000] [--duration 5] [--no-import]

For each size it builds a corpus (`generate_corpus`) in its own database `outlet_bench_<size>`,
starts gunicorn (2 workers, production settings) on 127.0.0.1, and runs `wrk -t2 -c16` for a
few seconds against a static file through whitenoise (the ceiling) and each page kind, with the
page cache off (cold) and on (warm). It prints req/s, p50, p99, the ratio to the static file in
the same run, queries per request, and the 100,000 / 1,000 ratio of each p50; then the EXPLAIN of
every page's queries (flagging sequential scans of large tables), search latency for the 20 most
common words, and the seed import's speed (scripts/bench_import.py). Loopback only; servers and
databases are removed at the end. Installs wrk with apt-get if it is missing.
"""

# It runs fixed local tools (psql, gunicorn, wrk, apt-get) with arguments it builds itself.
# ruff: noqa: S603, S607

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from itertools import pairwise
from pathlib import Path

from outlet.loopback import HEADERS, LoopbackServer, get

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
LARGE_TABLES = ("articles_article", "taggit_taggeditem", "articles_quote", "articles_articleauthor")
# Seconds each page is loaded before its measured run (`steady_wrk`).
WARM_UP = 2
# The target for the p99 of a search for a common word.
SEARCH_TARGET_MS = 50


def matches(cursor, to_tsquery: str, text: str) -> int:
    """How many articles match `text` read by `to_tsquery` (one of PostgreSQL's functions)."""
    cursor.execute(
        f"SELECT count(*) FROM articles_article"  # noqa: S608  a fixed function name
        f" WHERE search_vector @@ {to_tsquery}('english', %s)",
        [text],
    )
    return cursor.fetchone()[0]


def database_url(size: int) -> str:
    return BASE_URL.rstrip("/") + f"/outlet_bench_{size}"


def run(args, env, **kwargs):
    return subprocess.run(args, env=env, cwd=ROOT, check=True, text=True, **kwargs)


def django_env(size: int, static_root: str, cache_dir: str, page_cache: bool) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url(size),
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": static_root,
        "CACHE_DIR": cache_dir,
        "PAGE_CACHE_SECONDS": "600" if page_cache else "0",
        "LOG_LEVEL": "WARNING",
    }


def ensure_wrk() -> None:
    if shutil.which("wrk"):
        return
    print("installing wrk (apt-get install -y wrk)", flush=True)
    prefix = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*prefix, "apt-get", "install", "-y", "wrk"], check=True)


def build(size: int, env: dict) -> float:
    admin = {**env, "DATABASE_URL": BASE_URL.rstrip("/") + "/postgres"}
    drop_database(size, admin)
    run(["psql", admin["DATABASE_URL"], "-qc", f"CREATE DATABASE outlet_bench_{size}"], admin)
    run([PY, "manage.py", "migrate", "--noinput", "-v0"], env)
    started = time.perf_counter()
    run([PY, "manage.py", "generate_corpus", "--articles", str(size)], env)
    seconds = time.perf_counter() - started
    # What autovacuum does on a running site: visibility maps for index-only scans. Then the
    # load's dirty pages are written out now rather than by the checkpointer during the runs.
    run(["psql", env["DATABASE_URL"], "-qc", "VACUUM ANALYZE"], env)
    run(["psql", env["DATABASE_URL"], "-qc", "CHECKPOINT"], env)
    return seconds


def drop_database(size: int, env: dict) -> None:
    admin_url = BASE_URL.rstrip("/") + "/postgres"
    subprocess.run(
        ["psql", admin_url, "-qc", f"DROP DATABASE IF EXISTS outlet_bench_{size} WITH (FORCE)"],
        env=env,
        check=True,
    )


def wrk(url: str, duration: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{duration}s", "--timeout", "5s", "--latency",
         "-H", "X-Forwarded-Proto: https", url],
        capture_output=True, text=True, check=True, timeout=duration + 30,
    ).stdout  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    return {"rps": rate, "p50": to_ms(latency["50"]), "p99": to_ms(latency["99"])}


def steady_wrk(url: str, duration: int) -> dict:
    """`wrk` on a page already under load for `WARM_UP` seconds, so that the measured run finds
    the caches of a running site filled: the workers', PostgreSQL's, and the file cache, which
    a virtual machine's memory manager may have trimmed of what the build wrote."""
    wrk(url, WARM_UP)
    return wrk(url, duration)


def to_ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def unloaded(url: str, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def inspect(env: dict) -> dict:
    """Page URLs, queries per request and EXPLAINs, from a Django process on the database."""
    out = run([PY, __file__, "--inspect"], {**env, "DEBUG": "1"}, capture_output=True).stdout
    return json.loads(out.splitlines()[-1])


def bench_size(size: int, args, static_root: str) -> dict:
    cache_dir = tempfile.mkdtemp(prefix="outlet-bench-cache-")
    try:
        cold_env = django_env(size, static_root, cache_dir, page_cache=False)
        seconds = build(size, cold_env)
        print(f"\n{size:,} articles built in {seconds:.1f} s ({size / seconds:,.0f}/s)", flush=True)
        info = inspect(cold_env)
        results = {"build_seconds": seconds, "info": info, "pages": {}}
        with LoopbackServer(cold_env) as server:
            for name, path in [("static", info["static"]), *info["urls"].items()]:
                results["pages"][name] = steady_wrk(server.url(path), args.duration)
            article = server.url(info["urls"]["article (cold)"])
            results["article_unloaded_p50"] = unloaded(article, 50)[0]
            # Each article's first view builds and stores its page parts (articles/parts.py).
            results["article_first_view_p50"] = statistics.median(
                unloaded(server.url(path), 1)[0] for path in info["first_views"]
            )
            results["search_common"] = {
                word: unloaded(server.url(f"/search/?q={word}"), 15)[1]
                for word in info["common_words"]
            }
            results["search_other"] = {
                kind: unloaded(server.url(info["urls"][f"search ({kind})"]), 15)[1]
                for kind in ("rare word", "phrase")
            }
        warm_env = django_env(size, static_root, cache_dir, page_cache=True)
        with LoopbackServer(warm_env) as server:
            for name, path in [("static (warm run)", info["static"]),
                               ("article (warm)", info["urls"]["article (cold)"]),
                               ("home (warm)", "/")]:  # fmt: skip
                results["pages"][name] = steady_wrk(server.url(path), args.duration)
        return results
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
        if not args.keep:
            drop_database(size, os.environ)


def report(all_results: dict) -> None:
    sizes = sorted(all_results)
    for size in sizes:
        pages = all_results[size]["pages"]
        queries = all_results[size]["info"]["queries"]
        print(f"\n== {size:,} articles ==")
        print(f"{'page':<24}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'× static':>10}{'queries':>9}"
              + ("   p50 ÷ 1k" if size != sizes[0] else ""))  # fmt: skip
        for name, row in pages.items():
            static = pages["static (warm run)" if "warm" in name else "static"]["rps"]
            ratio = ""
            if size != sizes[0] and name in all_results[sizes[0]]["pages"]:
                ratio = f"   {row['p50'] / all_results[sizes[0]]['pages'][name]['p50']:.2f}"
            print(f"{name:<24}{row['rps']:>9.0f}{row['p50']:>9.2f}{row['p99']:>9.2f}"
                  f"{row['rps'] / static:>10.2f}{queries.get(name, ''):>9}{ratio}")  # fmt: skip
        result = all_results[size]
        first = result["article_first_view_p50"]
        print(f"article (cold) unloaded p50: {result['article_unloaded_p50']:.2f} ms;"
              f" first view of 30 others (parts built): p50 {first:.2f} ms")  # fmt: skip
        print(f"rare word: {result['info']['urls']['search (rare word)']}"
              f" ({result['info']['rare_count']} articles)")  # fmt: skip
        print(f"phrase: {result['info']['urls']['search (phrase)']}"
              f" ({result['info']['phrase_count']} articles)")  # fmt: skip
        common = result["search_common"]
        worst = max(common.items(), key=lambda item: item[1])
        # One slow request decides a word's p99 of 15: the median word and the count over the
        # target tell one slow moment from slow words.
        over = sum(ms > SEARCH_TARGET_MS for ms in common.values())
        print(f"search, 20 most common words: worst p99 {worst[1]:.1f} ms ('{worst[0]}'),"
              f" the median word's {statistics.median(common.values()):.1f} ms,"
              f" {over} over {SEARCH_TARGET_MS} ms")  # fmt: skip
        others = ", ".join(f"{kind} {ms:.1f} ms" for kind, ms in result["search_other"].items())
        print(f"search, p99 of 15 sequential requests: {others}")
        p50, p99 = result["info"]["related_ms"]
        print(
            f"related posts, first view of 100 random articles: p50 {p50:.1f} ms, p99 {p99:.1f} ms"
        )
        scans = result["info"]["seq_scans"]
        print("sequential scans of large tables: " + (", ".join(scans) if scans else "none"))
    largest = all_results[sizes[-1]]["info"]
    print(f"\n== EXPLAIN of each page's queries ({sizes[-1]:,} articles) ==")
    for name, plans in largest["explain"].items():
        print(f"-- {name}")
        for plan in plans:
            print("   " + plan.replace("\n", "\n   "))


def bench_import() -> None:
    print("\n== seed import (scripts/bench_import.py --files 1000) ==", flush=True)
    cache_dir = tempfile.mkdtemp(prefix="outlet-bench-cache-")
    env = {**os.environ, "DATABASE_URL": database_url(0) + "_import", "DEBUG": "0",
           "CACHE_DIR": cache_dir}  # fmt: skip
    try:
        subprocess.run([PY, "scripts/bench_import.py", "--files", "1000"], env=env, cwd=ROOT)
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)


def inspect_main() -> None:
    """Run inside Django: choose the pages, count their queries, EXPLAIN each query."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outlet.settings")
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from taggit.models import Tag

    from articles.corpus import COMMON
    from articles.models import Article
    from articles.views import PAGE_SIZE, SEARCH_PAGE_SIZE

    article = Article.objects.published().exclude(section=None).first()
    # The least used tag with more than two pages of articles: a full page at every corpus size
    # (the first article's own tag may have eight articles at 1,000 and 55,000 at 100,000,
    # which compares content, not scale), and the sparsest such tag, the hardest for the plan.
    tag = (
        Tag.objects.annotate(uses=Count("taggit_taggeditem_items"))
        .filter(uses__gt=2 * PAGE_SIZE)
        .order_by("uses", "pk")
        .first()
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w FROM unnest(%s::text[]) w WHERE to_tsvector('english', w) <> ''::tsvector",
            [COMMON],
        )
        common = [row[0] for row in cursor.fetchall()][:20]
    # The rarest word of the newest titles that still fills a page of results, for the same
    # reason as the tag: three results at 1,000 against ten at 100,000 compares content.
    counts = {}
    titles = Article.objects.published().values_list("title", flat=True)[:20]
    with connection.cursor() as cursor:
        for word in {w.strip(".,").lower() for t in titles for w in t.split()} - set(COMMON):
            counts[word] = matches(cursor, "plainto_tsquery", word)
    full = [(n, w) for w, n in counts.items() if n >= SEARCH_PAGE_SIZE]
    rare = min(full or [(n, w) for w, n in counts.items() if n] or [(0, "zzz")])[1]
    # Two words of the opening paragraph of the newest article's body, neither a stop word,
    # the rarest such pair that still fills a page, for the same reason again. (The first two
    # words of its title made "The parliament", which PostgreSQL searches as one word.)
    opening = article.body.split("\n\n")[0].replace("“", " ").replace("”", " ")
    sentences = [[w.strip(".,;:!?").lower() for w in s.split()] for s in opening.split(". ")]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w FROM unnest(%s::text[]) w WHERE to_tsvector('english', w) <> ''::tsvector",
            [[w for sentence in sentences for w in sentence]],
        )
        content = {row[0] for row in cursor.fetchall()}
        pairs = {
            f"{a} {b}"
            for sentence in sentences
            for a, b in pairwise(sentence)
            if a in content and b in content
        }
        phrases = {pair: matches(cursor, "phraseto_tsquery", pair) for pair in pairs}
    filling = [(n, p) for p, n in phrases.items() if n >= SEARCH_PAGE_SIZE]
    most = max(((n, p) for p, n in phrases.items()), default=(0, "zzz zzz"))
    phrase = (min(filling) if filling else most)[1]
    urls = {
        "home": "/",
        "article (cold)": article.get_absolute_url(),
        "tag": f"/tags/{tag.slug}/",
        "section": article.section.get_absolute_url(),
        "search (rare word)": f"/search/?q={rare}",
        "search (common word)": f"/search/?q={common[0]}",
        "search (phrase)": "/search/?q=" + urllib.request.quote(f'"{phrase}"'),
        "feed": "/feed/",
        "sitemap": "/sitemap.xml",
    }
    client = Client(headers=HEADERS, secure=True, HTTP_HOST="127.0.0.1")
    queries, explain, scans = {}, {}, []
    for name, url in urls.items():
        client.get(url)  # warm the related-posts cache, as a running site has it
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200, url
        queries[name] = len(captured)
        explain[name] = []
        with connection.cursor() as cursor:
            for query in captured:
                if not query["sql"].lstrip("( ").upper().startswith(("SELECT", "WITH")):
                    continue  # transaction control and the article page's stored parts
                cursor.execute("EXPLAIN " + query["sql"])
                plan = "\n".join(row[0] for row in cursor.fetchall())
                explain[name].append(plan)
                scans += [
                    f"{name}: {t}" for t in LARGE_TABLES if re.search(rf"Seq Scan on {t}\b", plan)
                ]
    queries["article (warm)"] = queries["home (warm)"] = 0
    print(json.dumps({
        "urls": urls, "rare_count": counts.get(rare, 0), "phrase_count": phrases.get(phrase, 0),
        "static": "/static/css/outlet.css",
        "queries": queries, "related_ms": related_choice_ms(),
        "first_views": [a.get_absolute_url() for a in first_views(exclude=article.pk)],
        "explain": explain, "seq_scans": scans, "common_words": common,
    }))  # fmt: skip


def first_views(*, exclude: int, sample: int = 30):
    import random

    from articles.models import Article

    ids = list(Article.objects.published().exclude(pk=exclude).values_list("pk", flat=True))
    chosen = random.Random(2).sample(ids, min(sample, len(ids)))
    return Article.objects.filter(pk__in=chosen).only("slug")


def related_choice_ms(sample: int = 100) -> list[float]:
    """p50 and p99 of choosing an article's related posts on its first view (nothing cached
    for it), over random public articles, in a process whose tag counts are warm."""
    import random

    from taggit.models import Tag

    from articles import related
    from articles.models import Article

    related.tag_weights(list(Tag.objects.values_list("pk", flat=True)))
    ids = list(Article.objects.published().values_list("pk", flat=True))
    times = []
    for pk in random.Random(1).sample(ids, min(sample, len(ids))):
        article = Article.objects.select_related("section").prefetch_related("tags").get(pk=pk)
        started = time.perf_counter()
        related.choose(article)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return [statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--no-import", action="store_true", help="skip the import benchmark")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark databases")
    parser.add_argument("--inspect", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inspect:
        inspect_main()
        return 0
    ensure_wrk()
    static_root = tempfile.mkdtemp(prefix="outlet-bench-static-")
    try:
        env = django_env(args.sizes[0], static_root, static_root, page_cache=False)
        run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)
        results = {}
        for size in args.sizes:
            try:
                results[size] = bench_size(size, args, static_root)
            except (subprocess.SubprocessError, RuntimeError, OSError) as error:
                # Report the sizes that finished rather than nothing (a box too small for one).
                print(f"\n{size:,} articles: stopped ({error})", flush=True)
                break
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
    if results:
        report(results)
    if not args.no_import:
        bench_import()
    return 0


if __name__ == "__main__":
    sys.exit(main())
