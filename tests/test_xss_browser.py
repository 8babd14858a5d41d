"""Every XSS payload in tests/xss_payloads.txt, entered every way text enters, runs nowhere.

Text goes in through the admin's own forms (article title, standfirst and body; lead image
alt and caption; author name and bio; tag; speaker name and description; quote text) and
through seed files; then headless Chromium loads every public and admin page that shows it.
The browser runs with the Content-Security-Policy bypassed, so what is proven is the escaping
and the sanitiser, not the policy that would back them up. A payload that ran would open a
dialog, set the marker that alert/confirm/prompt now set, or request another site.
"""

import io
import os
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from PIL import Image
from playwright import sync_api as playwright  # noqa: F401
from taggit.models import Tag

from articles.importer import import_seed
from articles.models import Article, Quote, Section, Speaker
from authors.models import Author
from tests.test_newsroom_permissions import form_fields

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PAYLOADS = Path(__file__).with_name("xss_payloads.txt").read_text(encoding="utf-8").splitlines()
PAYLOADS = PAYLOADS[: int(os.environ.get("XSS_LIMIT", len(PAYLOADS)))]
SEED = Path("fixtures/seeds/000_dfc4c9cd3a653c2d.txt").read_text(encoding="utf-8")
SEED_CHUNK = 20

MARK_EXECUTION = """
window.__xss = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  const original = window[name];
  window[name] = function (...args) { window.__xss.push(name + ":" + args.join(",")); };
}
"""


def png() -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    buffer.seek(0)
    buffer.name = "lead.png"
    return buffer


BLANK_FORMS = {}


def admin_add(client, url_name, values, files=None):
    """Submit an admin add form the way a browser would, with `values` typed in."""
    url = reverse(url_name)
    if url not in BLANK_FORMS:
        BLANK_FORMS[url] = form_fields(client.get(url).text)
    data = {**BLANK_FORMS[url], **values, **(files or {})}
    response = client.post(url, data)
    assert response.status_code == 302, (url_name, response.content[:3000])


def body_for(payload: str) -> str:
    """The payload in each Markdown context an editor could put it in."""
    return "\n\n".join(
        [
            payload,
            f"## {payload}",
            f"- {payload}",
            f"| Head |\n|---|\n| {payload} |",
            f"[link]({payload}) and ![image]({payload})",
            f"> {payload}\n>\n> — {payload}",
        ]
    )


@pytest.fixture
def hostile(transactional_db):
    """One article per payload, entered through the admin, plus seed files carrying them."""
    boss = User.objects.create_superuser("boss", password="pw")
    client = Client()
    client.force_login(boss)
    section = Section.objects.create(name="World", slug="world")
    for i, payload in enumerate(PAYLOADS):
        slug = f"xss-{i}"
        admin_add(
            client,
            "admin:authors_author_add",
            {"name": payload[:200], "slug": slug, "bio": payload},
        )
        admin_add(
            client,
            "admin:articles_speaker_add",
            {"name": payload[:200], "slug": slug, "description": payload[:300]},
        )
        # Tag names are unique regardless of case and spacing: "<SCRIPT>" is "<script>" again,
        # and the admin refuses the second.
        tag = Tag.objects.filter(name__iexact=payload.strip()[:100]).first()
        if tag is None:
            admin_add(client, "admin:taggit_tag_add", {"name": payload[:100], "slug": slug})
            tag = Tag.objects.get(slug=slug)
        admin_add(
            client,
            "admin:articles_article_add",
            {
                "title": payload[:300],
                "slug": slug,
                "standfirst": payload,
                "body": body_for(payload),
                "section": str(section.pk),
                "status": "published",
                "published_at_0": "01/01/2024",
                "published_at_1": "10:00:00",
                "lead_image-TOTAL_FORMS": "1",
                "lead_image-0-alt": payload[:300],
                "lead_image-0-caption": payload[:500],
            },
            files={"lead_image-0-image": png()},
        )
        article = Article.objects.get(slug=slug)
        article.articleauthor_set.create(author=Author.objects.get(slug=slug), position=0)
        article.tags.add(tag)
        admin_add(
            client,
            "admin:articles_quote_add",
            {
                "text": payload,
                "speaker": str(Speaker.objects.get(slug=slug).pk),
                "article": str(article.pk),
                "kind": "pull",
                "position": "0",
            },
        )
    # Seed files: a file full of markup may be read as an HTML page or refused; either way
    # whatever is imported is shown, and the pages below check it.
    seeded = []
    lines = SEED.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("This meeting"))
    for start in range(0, len(PAYLOADS), SEED_CHUNK):
        chunk = PAYLOADS[start : start + SEED_CHUNK]
        # The title line stays: a title over 300 characters breaks the import (reported).
        text = [*lines[:at], *chunk, *lines[at:]]
        text += [f"“{p}” — {p}" for p in chunk]
        result = import_seed("\n".join(text).encode(), source=f"xss_{start:03}.txt")
        if result.article_id:
            seeded.append(Article.objects.get(pk=result.article_id))
    Article.objects.filter(pk__in=[a.pk for a in seeded]).update(status="published")
    assert LeadImage_count() == len(PAYLOADS)
    assert Quote.objects.count() >= len(PAYLOADS)
    return {"boss": boss, "seeded": seeded, "client": client}


def LeadImage_count():  # noqa: N802
    from newsroom.models import LeadImage

    return LeadImage.objects.exclude(alt="").exclude(caption="").count()


def public_pages():
    articles = Article.objects.order_by("pk")
    pages = [a.get_absolute_url() for a in articles]
    pages += [f"/?page={n}" for n in range(1, articles.count() // 20 + 2)]
    pages += [reverse("quote_index"), reverse("section_detail", args=["world"])]
    pages += [reverse("search") + "?q=alert", reverse("search") + "?q=%3Cscript%3Ealert(1)"]
    pages += [reverse("author_detail", args=[f"xss-{i}"]) for i in range(0, len(PAYLOADS), 25)]
    pages += [reverse("speaker_detail", args=[f"xss-{i}"]) for i in range(0, len(PAYLOADS), 25)]
    pages += [reverse("tag_detail", args=[t.slug]) for t in Tag.objects.order_by("pk")[::25]]
    return pages


def admin_pages():
    pages = []
    for name in ("articles_article", "authors_author", "articles_speaker", "articles_quote"):
        count = {"articles_article": Article, "authors_author": Author}.get(name)
        total = (count.objects.count() if count else len(PAYLOADS) + 200) // 100 + 1
        pages += [reverse(f"admin:{name}_changelist") + f"?p={p}" for p in range(total + 1)]
    pages.append(reverse("admin:taggit_tag_changelist") + "?all=")
    for article in Article.objects.order_by("pk")[:: max(1, len(PAYLOADS) // 40)]:
        pages.append(reverse("admin:articles_article_change", args=[article.pk]))
        pages.append(reverse("admin:articles_article_revisions", args=[article.pk]))
    for model, url in ((Author, "authors_author"), (Speaker, "articles_speaker")):
        for obj in model.objects.order_by("pk")[::25]:
            pages.append(reverse(f"admin:{url}_change", args=[obj.pk]))
    return pages


def test_no_payload_runs_on_any_page_that_shows_it(browser, live_server, hostile):
    context = browser.new_context(base_url=live_server.url, bypass_csp=True)
    context.add_init_script(MARK_EXECUTION)
    session = hostile["client"].cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
    page = context.new_page()
    ran = []
    page.on("dialog", lambda d: (ran.append(f"dialog {d.message}"), d.dismiss()))
    page.on(
        "request",
        lambda r: r.url.startswith((live_server.url, "data:")) or ran.append(f"request {r.url}"),
    )
    pages = public_pages() + admin_pages()
    assert len(pages) > len(PAYLOADS)
    for url in pages:
        response = page.goto(url, wait_until="load")
        assert response.status == 200, url
        marks = page.evaluate("window.__xss")
        assert marks == [] and ran == [], (url, marks, ran)
    # The marker works: a script that did run would have been caught.
    page.evaluate("alert('control')")
    assert page.evaluate("window.__xss") == ["alert:control"]
    context.close()
