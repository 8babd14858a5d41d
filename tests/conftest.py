import os

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone
from playwright import sync_api as playwright

from articles.models import Article, Section, Speaker
from authors.models import Author

# Playwright's sync API runs an event loop in the test thread; the ORM calls made beside it
# are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Debian's Chromium, never a downloaded browser; no background networking on a closed network.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _forget_content_types():
    """Drop content types cached during a test.

    A transactional test's flush recreates the content types under new ids, while the live
    server's thread can still cache old ones in the process-wide cache; a later admin save would
    then log against an id that no longer exists.
    """
    yield
    ContentType.objects.clear_cache()


@pytest.fixture(scope="session")
def browser():
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def make_article(db):
    """Build articles tersely; published ones default to a publication time in the past."""

    def make(title="An article", *, status=Article.Status.PUBLISHED, **fields):
        if status == Article.Status.PUBLISHED:
            fields.setdefault("published_at", timezone.now() - timezone.timedelta(hours=1))
        authors = fields.pop("authors", [])
        tags = fields.pop("tags", [])
        article = Article.objects.create(title=title, status=status, **fields)
        for position, author in enumerate(authors):
            article.articleauthor_set.create(author=author, position=position)
        if tags:
            article.tags.add(*tags)
        return article

    return make


@pytest.fixture
def section(db):
    return Section.objects.create(name="World", slug="world", description="News from everywhere")


@pytest.fixture
def author(db):
    return Author.objects.create(name="Jane Doe", slug="jane-doe", bio="Covers diplomacy.")


@pytest.fixture
def speaker(db):
    return Speaker.objects.create(
        name="Vladimir Putin", slug="vladimir-putin", description="Russian President"
    )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Related posts are cached per article, tag counts per process: each test starts cold."""
    from django.core.cache import caches

    for alias in ("default", "local"):
        caches[alias].clear()
    yield
    for alias in ("default", "local"):
        caches[alias].clear()


@pytest.fixture
def newsroom(make_article, section, author, speaker):
    """Two related published articles (shared tags, section, quotes), a draft and a stub."""
    speaker.aliases = ["Wladimir Putin"]
    speaker.save()
    other = Author.objects.create(
        name="Sam Roe",
        slug="sam-roe",
        bio="Writes about energy.",
        links=["https://example.org/sam"],
        handles=["@samroe"],
    )
    body = (
        "Opening paragraph about Ashgabat.\n\n## First chapter\n\nText.\n\n### A detail\n\n"
        "More.\n\n## Second chapter\n\n> We agree closely.\n>\n> — Vladimir Putin\n\nEnd."
    )
    first = make_article(
        "Putin meets Pezeshkian in Ashgabat",
        standfirst="A summit in Turkmenistan.",
        body=body,
        section=section,
        authors=[author, other],
        tags=["Russia", "Iran", "Sanctions"],
        published_at=timezone.now() - timezone.timedelta(hours=3),
    )
    second = make_article(
        "Iran and Russia sign a treaty",
        standfirst="Ties deepen.",
        body="They met again in Ashgabat. No headings here.",
        section=section,
        authors=[author],
        tags=["Russia", "Iran"],
        published_at=timezone.now() - timezone.timedelta(hours=2),
    )
    first.quotes.create(text="We agree closely.", speaker=speaker, kind="pull")
    second.quotes.create(text="A real breakthrough.", speaker=speaker, kind="inline")
    draft = make_article(
        "Secret draft about Iran", status=Article.Status.DRAFT, tags=["Iran"], section=section
    )
    stub = make_article("A stub about Iran", status=Article.Status.DRAFT, is_stub=True)
    return {"first": first, "second": second, "draft": draft, "stub": stub, "other": other}


@pytest.fixture
def seeds(db):
    """Both seed files imported; their articles by the seed's number. Committed for real when
    the test also uses `live_server` (pytest-django then makes `db` transactional)."""
    call_command("import_seeds", "fixtures/seeds", verbosity=0)
    articles = Article.objects.published()
    return {number: articles.get(source_ref__contains=f"{number}_") for number in ("000", "002")}
