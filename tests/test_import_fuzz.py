"""Import fuzzing: 2,000 hostile seed files through `import_seed`, then the database is checked.

The files come from a seeded `random.Random`, so a failure names a file that can be rebuilt with
`fuzz_file(seed)`. Each one is a plausible page (title, byline, date, paragraphs, quotes, tags,
bio) bent by a few mutations: random Unicode, NUL bytes, byte-order marks, CRLF, huge lines,
broken dates, names that differ only in case or spacing, over-long fields and HTML. Sources
repeat, so updates and unchanged re-imports are exercised as well as creations.
"""

import random
import re
import time
import unicodedata

import pytest
from django.contrib.contenttypes.models import ContentType
from taggit.models import Tag, TaggedItem

from articles.importer import import_seed
from articles.models import Article, Quote, Speaker
from authors.models import Author

FILES = 2000
SOURCES = 1200  # fewer sources than files: some files update an earlier article
SURVIVABLE = 0.2  # the share of files with no mutation meant to be refused
STATUSES = {"created", "updated", "unchanged", "failed"}

AUTHORS = ["Jane Doe", "Arshad Mahmood", "Olga Petrova", "Li Wei", "José Álvarez"]
SPEAKERS = ["Vladimir Putin", "Massoud Pezeshkian", "Antonio Guterres", "Xi Jinping"]
TAGS = ["Russia", "Iran", "Energy Policy", "Middle East", "Sanctions"]
WORDS = (
    "the summit talks ministers agreed on a new plan for trade energy and security while "
    "officials in the region warned of rising tensions after the vote"
).split()
DATES = ["October 14, 2024", "3 March 2023", "2024-02-30", "February 31, 2024", "13/13/2024",
         "October 99, 2024", "0000-00-00", "32 Jan 1999", "9999-12-31", "Yesterday"]  # fmt: skip
HTML = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>y</a>",
        "<svg onload=alert(1)>", "</p><h1>break</h1>", "<!-- c -->", "&lt;b&gt;"]  # fmt: skip
ODD = ["\x00", "\ufeff", "\u200b", "\u202e", "\ud7ff", "\U0001f600", "\r", "\t", "\x0b", "\u00a0",
       "\u2028", "\ufffd", "e\u0301", "ﬁ", "İ", "ß"]  # fmt: skip


def vary(name: str, rng: random.Random) -> str:
    """The same name differing only in case or spacing."""
    return rng.choice([
        name, name.upper(), name.lower(), name.title(), "  " + name + " ",
        name.replace(" ", "  "), name.replace(" ", "\u00a0"), name.replace(" ", "\t"),
        name.swapcase(),
    ])  # fmt: skip


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def noise(rng: random.Random, size: int) -> str:
    return "".join(
        rng.choice(ODD) if rng.random() < 0.2 else chr(rng.randrange(0x20, 0x2FFF))
        for _ in range(size)
    )


def fuzz_file(seed: int) -> tuple[str, bytes]:
    """One generated seed file, (source, bytes), the same for the same seed."""
    rng = random.Random(seed)
    title = sentence(rng, rng.randint(4, 12))[:-1]
    if rng.random() < 0.05:
        title = "T" * rng.choice([201, 255, 400, 5000])
    lines = [title, ""]
    if rng.random() < 0.5:
        lines += [rng.choice(["World", "Cooperation", "world", "W" * 150]), ""]
    author = vary(rng.choice(AUTHORS), rng)
    if rng.random() < 0.05:
        author = "Ann " + "A" * rng.choice([150, 300])
    lines += [f"By {author}", rng.choice(DATES), ""]
    for _ in range(rng.randint(1, 6)):
        lines += [sentence(rng, rng.randint(12, 40)), ""]
        if rng.random() < 0.4:
            speaker = vary(rng.choice(SPEAKERS), rng)
            if rng.random() < 0.05:
                speaker = "Sp " + "S" * 300
            quote = sentence(rng, rng.randint(8, 16))
            lines += [f"“{quote}” — {speaker}", ""]
    if rng.random() < 0.7:
        tags = [vary(rng.choice(TAGS), rng) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.05:
            tags.append("tag" + "g" * 150)
        lines += [f"Tags: {', '.join(tags)}", ""]
    if rng.random() < 0.4:
        lines += [f"{author} is a journalist covering diplomacy and {rng.choice(WORDS)}.", ""]
    # Most files carry a mutation the importer must refuse (NUL bytes, truncation, emptiness,
    # invalid bytes); the rest only ones it should survive. Refusing is cheap and saving is
    # not, which keeps 2,000 files within a minute.
    mutations = rng.sample([0, 2, 3, 4], rng.randint(0, 2))
    if rng.random() > SURVIVABLE:
        mutations.append(rng.choice([1, 5, 6, 7]))
    if 0 in mutations:  # random Unicode, control characters included, sprinkled over lines
        for _ in range(rng.randint(1, 5)):
            at = rng.randrange(len(lines))
            lines[at] += noise(rng, rng.randint(1, 40))
    if 1 in mutations:  # NUL bytes
        lines = [line.replace(" ", "\x00", rng.randint(0, 2)) for line in lines]
    if 2 in mutations:  # a huge line
        lines.insert(rng.randrange(len(lines)), sentence(rng, 20) * rng.choice([200, 2000]))
    if 3 in mutations:  # HTML, as a fragment or a whole document
        at = rng.randrange(len(lines))
        lines[at] = rng.choice(HTML) + lines[at] + rng.choice(HTML)
        if rng.random() < 0.3:
            lines = ["<html><body>"] + [f"<p>{line}</p>" for line in lines] + ["</body></html>"]
    if 4 in mutations:  # a line of pure noise
        lines.insert(rng.randrange(len(lines)), noise(rng, rng.randint(1, 300)))
    if 5 in mutations:  # truncated anywhere
        text = "\n".join(lines)
        lines = [text[: rng.randrange(len(text) + 1)]]
    if 6 in mutations:  # empty, or only whitespace
        lines = [rng.choice(["", " ", "\n\n", "\ufeff"])]
    text = "\n".join(lines)
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1"])
    data = text.encode(encoding, errors="replace")
    if 7 in mutations:  # raw bytes: stray invalid UTF-8 or a lone BOM in the middle
        at = rng.randrange(len(data) + 1)
        data = (
            data[:at] + rng.choice([b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\x80\x80"]) + data[at:]
        )
    return f"fuzz_{rng.randrange(SOURCES):04d}.txt", data


def name_key(name: str) -> str:
    """What makes two spellings the same name here: case and any kind of spacing."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", name)).strip().casefold()


def duplicates(names) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for name in names:
        seen.setdefault(name_key(name), []).append(name)
    return {key: found for key, found in seen.items() if len(found) > 1}


@pytest.mark.django_db
def test_two_thousand_hostile_files_import_cleanly_or_fail_cleanly():
    started = time.monotonic()
    statuses: dict[str, int] = {}
    latest: dict[str, bytes] = {}
    for seed in range(FILES):
        source, data = fuzz_file(seed)
        try:
            result = import_seed(data, source=source)
        except Exception as error:  # noqa: BLE001 - the finding is reported with its seed
            pytest.fail(f"fuzz_file({seed}) ({source}) raised {type(error).__name__}: {error}")
        assert result.status in STATUSES, (seed, result)
        statuses[result.status] = statuses.get(result.status, 0) + 1
        if result.status != "failed":
            latest[source] = data
        if result.status == "created":
            assert Article.objects.filter(pk=result.article_id, source_ref=source).exists()
    print(f"\n{FILES} files in {time.monotonic() - started:.1f} s: {statuses}")
    assert statuses.get("created") and statuses.get("failed"), "the corpus must hit both paths"

    article_type = ContentType.objects.get_for_model(Article)
    imported = Article.objects.exclude(source_ref=None).exclude(source_ref="")
    assert set(imported.values_list("source_ref", flat=True)) == set(latest)
    for article in imported.prefetch_related("quotes__speaker", "articleauthor_set__author"):
        context = f"{article.source_ref} (title {article.title[:40]!r})"
        assert article.title and article.slug, context
        assert article.body_html.strip(), f"{context}: body never rendered"
        for quote in article.quotes.all():
            assert quote.speaker_id and quote.speaker.name.strip(), context
            assert quote.text.strip(), context
        positions = [q.position for q in article.quotes.all()]
        assert sorted(positions) == list(range(len(positions))), f"{context}: quotes half-replaced"
        tags = TaggedItem.objects.filter(content_type=article_type, object_id=article.pk)
        assert tags.values("tag").distinct().count() == tags.count(), context
        assert article.source_checksum, context

    assert not duplicates(Author.objects.values_list("name", flat=True)), "duplicate authors"
    assert not duplicates(Speaker.objects.values_list("name", flat=True)), "duplicate speakers"
    assert not duplicates(Tag.objects.values_list("name", flat=True)), "duplicate tags"
    assert not Quote.objects.filter(speaker__isnull=True).exists()
