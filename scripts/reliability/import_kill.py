"""(d) `import_seeds` killed with SIGKILL at random points, 20 times, over a batch of 500 files:
no article is ever half-written, and importing again ends with exactly the rows of one clean
run (compared table by table, and row by row on everything but ids and timestamps)."""

import os

# ruff: noqa: S603
import random
import signal
import subprocess  # nosec B404
import sys
import time

import psycopg
from common import PY, ROOT, SEEDS, Site, figure

FILES = int(os.environ.get("RELIABILITY_IMPORT_FILES", "500"))
KILLS = 20

# Everything an import writes, without ids or timestamps, in a stable order.
CONTENT = {
    "articles": "SELECT source_ref, title, slug, status, is_stub, body, body_html, standfirst,"
    " source_checksum, (SELECT name FROM articles_section s WHERE s.id = a.section_id)"
    " FROM articles_article a",
    "authors": "SELECT name, slug, aliases, bio, links, handles FROM authors_author",
    "speakers": "SELECT name, slug, aliases FROM articles_speaker",
    "sections": "SELECT name, slug FROM articles_section",
    "tags": "SELECT name, slug FROM taggit_tag",
    "tagged": "SELECT a.title, t.name FROM taggit_taggeditem i JOIN taggit_tag t ON t.id = i.tag_id"
    " JOIN articles_article a ON a.id = i.object_id",
    "quotes": "SELECT a.title, q.position, q.text, q.kind, s.name FROM articles_quote q"
    " JOIN articles_article a ON a.id = q.article_id"
    " JOIN articles_speaker s ON s.id = q.speaker_id",
    "bylines": "SELECT a.title, b.position, au.name FROM articles_articleauthor b"
    " JOIN articles_article a ON a.id = b.article_id"
    " JOIN authors_author au ON au.id = b.author_id",
    "related": "SELECT f.title, t.title, r.position FROM articles_relatedarticle r"
    " JOIN articles_article f ON f.id = r.from_article_id"
    " JOIN articles_article t ON t.id = r.to_article_id",
}
# What one article's import writes besides itself; it must match the clean run's, or the
# article is half-written.
PARTS = (
    "SELECT source_ref, body_html <> '', source_checksum,"
    " (SELECT count(*) FROM articles_articleauthor b WHERE b.article_id = a.id),"
    " (SELECT count(*) FROM articles_quote q WHERE q.article_id = a.id),"
    " (SELECT count(*) FROM articles_relatedarticle r WHERE r.from_article_id = a.id)"
    " FROM articles_article a WHERE source_ref <> ''"
)


def write_batch(folder) -> None:
    """FILES seed files made from the fixtures, each with a title and a paragraph of its own."""
    folder.mkdir()
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for n in range(FILES):
        first, rest = pages[n % len(pages)].split("\n", 1)
        extra = f"Batch paragraph {n} adds a sentence of its own to this copy of the page.\n\n"
        (folder / f"batch_{n:04d}.txt").write_text(
            f"{first} (part {n})\n{rest.replace(chr(10) * 2, chr(10) * 2 + extra, 1)}",
            encoding="utf-8",
        )


def importer(site: Site, url: str, folder) -> subprocess.Popen:
    env = {**site.env, "DATABASE_URL": url}
    return subprocess.Popen(  # nosec B603
        [PY, "manage.py", "import_seeds", str(folder)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def snapshot(url: str) -> tuple[dict, dict]:
    """(row count of every table, sorted content of what the import writes)."""
    with psycopg.connect(url) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                " AND tablename NOT IN ('django_migrations', 'django_session')"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608  # nosec B608
        content = {name: sorted(map(repr, conn.execute(sql))) for name, sql in CONTENT.items()}
    return counts, content


def parts(url: str) -> dict[str, tuple]:
    with psycopg.connect(url) as conn:
        return {row[0]: row[1:] for row in conn.execute(PARTS)}


def main() -> int:
    rng = random.Random(int(os.environ.get("RELIABILITY_SEED", "7")))
    with Site() as site:
        batch = site.folder / "batch"
        write_batch(batch)
        site.db.server.psql("CREATE DATABASE outlet_clean;")
        site.db.server.psql("CREATE DATABASE outlet_killed;")
        clean, killed = site.db.url("outlet_clean"), site.db.url("outlet_killed")
        for url in (clean, killed):
            subprocess.run(  # nosec B603
                [PY, "manage.py", "migrate", "--noinput", "-v0"],
                cwd=ROOT, env={**site.env, "DATABASE_URL": url}, check=True,
            )  # fmt: skip
        started = time.monotonic()
        importer(site, clean, batch).wait()
        clean_seconds = time.monotonic() - started
        print(f"(d) import_seeds killed {KILLS} times over {FILES} files:")
        figure("one clean run", f"{clean_seconds:.1f}", " s")
        whole = parts(clean)
        half, imported = [], []
        for _ in range(KILLS):
            process = importer(site, killed, batch)
            # Past start-up (about 1.5 s), then anywhere in the next stretch of the batch.
            time.sleep(rng.uniform(1.5, 1.5 + max(1.0, clean_seconds / KILLS * 2)))
            process.send_signal(signal.SIGKILL)
            process.wait()
            found = parts(killed)
            half += [source for source, row in found.items() if row != whole[source]]
            imported.append(len(found))
        figure("articles imported when each kill landed", imported)
        figure("half-written articles seen after a kill", len(half), ok=not half)
        importer(site, killed, batch).wait()
        clean_counts, clean_content = snapshot(clean)
        counts, content = snapshot(killed)
    differing = sorted(t for t in clean_counts if clean_counts[t] != counts.get(t))
    changed = sorted(name for name in CONTENT if clean_content[name] != content[name])
    figure("rows in a clean run", f"{sum(clean_counts.values()):,}")
    figure("rows after the kills and one more run", f"{sum(counts.values()):,}")
    figure("tables whose row counts differ", differing or 0, ok=not differing)
    figure("kinds of rows whose content differs", changed or 0, ok=not changed)
    return 0 if not (half or differing or changed) else 1


if __name__ == "__main__":
    sys.exit(main())
