"""An anonymous crawler never meets a draft, a scheduled article or a stub.

It starts from the home page, the feeds, the sitemaps, robots.txt, the quote index and a few
searches, follows every same-site link in HTML and XML, and reads every body (pages, RSS, Atom,
sitemaps, JSON-LD inside the pages) for the hidden articles' titles, standfirsts, quotes and
addresses. The hidden articles' own addresses answer 404.
"""

import re
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest
from django.utils import timezone

from articles.models import Speaker

pytestmark = pytest.mark.django_db

LINK = re.compile(r"""(?:href|src)=["']([^"']+)["']|<(?:loc|link|id)>([^<]+)</""")
STARTS = [
    "/", "/feed/", "/feed/atom/", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt",
    "/quotes/", "/search/?q=Iran", "/search/?q=secret", "/search/?q=%22embargoed%22",
    "/search/?q=stub", "/about/",
]  # fmt: skip


@pytest.fixture
def hidden(newsroom, make_article, section, author):
    whisperer = Speaker.objects.create(name="Hidden Whisperer", slug="hidden-whisperer")
    scheduled = make_article(
        "Scheduled exclusive embargoed until tomorrow",
        standfirst="Embargoed standfirst text.",
        body="Embargoed body text.",
        section=section,
        authors=[author],
        tags=["Iran", "Embargoed tag"],
        published_at=timezone.now() + timezone.timedelta(days=1),
    )
    draft, stub = newsroom["draft"], newsroom["stub"]
    draft.standfirst, draft.body = "Draft standfirst text.", "Draft body text."
    draft.save()
    draft.tags.add("Draft-only tag")
    for article in (scheduled, draft, stub):
        article.quotes.create(text=f"Unpublished words {article.pk}.", speaker=whisperer)
    return [scheduled, draft, stub]


def secrets_of(articles) -> list[str]:
    texts = []
    for article in articles:
        texts += [article.title, article.slug, article.get_absolute_url()]
        texts += [t for t in (article.standfirst, article.body) if t]
        texts += [q.text for q in article.quotes.all()]
    return texts + ["Hidden Whisperer", "hidden-whisperer", "Embargoed tag", "Draft-only tag"]


def crawl(client, limit=600):
    seen, queue, bodies = set(), list(STARTS), {}
    while queue and len(seen) < limit:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code in (301, 302):
            queue.append(response["Location"])
            continue
        if response.status_code != 200 or not hasattr(response, "content"):
            continue
        text = unescape(response.content.decode("utf-8", "replace"))
        bodies[url] = text
        for match in LINK.finditer(text):
            target = urlsplit(urljoin("http://testserver" + url, match.group(1) or match.group(2)))
            local = target.hostname in (None, "testserver", "127.0.0.1")
            if local and not target.path.startswith(("/admin/", "/static/", "/media/")):
                queue.append(target.path + (f"?{target.query}" if target.query else ""))
    return bodies


def test_crawler_finds_no_hidden_article_anywhere(client, hidden, newsroom):
    bodies = crawl(client)
    assert len(bodies) > 30, sorted(bodies)
    # The crawl reaches every kind of page, and sees the public articles.
    for kind in ("/articles/", "/tags/", "/authors/", "/quotes/", "/sections/", "feed", ".xml"):
        assert any(kind in url for url in bodies), kind
    public = newsroom["first"]
    assert any(public.title in text for text in bodies.values())
    for secret in secrets_of(hidden):
        leaks = [url for url, text in bodies.items() if secret in text]
        assert leaks == [], (secret, leaks)


def test_hidden_articles_and_their_only_pages_answer_404(client, hidden):
    for article in hidden:
        assert client.get(article.get_absolute_url()).status_code == 404
    for url in ("/quotes/hidden-whisperer/", "/tags/embargoed-tag/", "/tags/draft-only-tag/"):
        response = client.get(url)
        assert response.status_code == 404 or all(
            a.title not in response.content.decode() for a in hidden
        ), url


def test_a_bad_or_foreign_preview_token_does_not_open_a_draft(client, hidden):
    draft = hidden[1]
    for token in ("", "1", "1:forged", "x" * 200):
        assert client.get(draft.get_absolute_url(), {"preview": token}).status_code == 404
