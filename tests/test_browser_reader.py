"""The reader's site in headless Chromium: what a reader sees, clicks and can reach.

Screenshots at phone and desktop widths land in test-artifacts/ for review.
"""

from pathlib import Path

import pytest
from django.urls import reverse
from playwright import sync_api as playwright

from articles.models import Speaker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ARTIFACTS = Path("test-artifacts")
WIDTHS = {"phone": 320, "desktop": 1280}


@pytest.fixture
def page(browser, live_server):
    """A page that records console errors, failed requests and any request off the site."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on(
        "request",
        lambda r: r.url.startswith(live_server.url) or page.problems.append(f"off-site {r.url}"),
    )
    page.on("requestfailed", lambda r: page.problems.append(f"failed {r.url}"))
    yield page
    assert page.problems == []
    assert context.cookies() == []
    context.close()


def screenshots(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=ARTIFACTS / f"reader-{name}-{label}.png", full_page=True)
    page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})


def test_every_table_of_contents_link_lands_on_its_heading(page, seeds):
    page.goto(seeds["002"].get_absolute_url())
    toc = page.get_by_role("navigation", name="Contents")
    links = toc.get_by_role("link")
    assert links.count() == len(seeds["002"].toc) >= 8
    for i in range(links.count()):
        link = links.nth(i)
        target = link.get_attribute("href")
        link.click()
        page.wait_for_url(f"**{target}")
        heading = page.locator(target)
        playwright.expect(heading).to_be_in_viewport()
        assert heading.evaluate("el => /^H[2-4]$/.test(el.tagName)")
    screenshots(page, "article-002")


def test_seed_000_pull_quotes_author_box_and_related(page, seeds):
    page.goto(seeds["000"].get_absolute_url())
    quotes = page.locator("figure.pull-quote")
    playwright.expect(quotes).to_have_count(3)
    speaker_links = quotes.locator("figcaption a")
    assert speaker_links.count() >= 1
    box = page.locator(".author-box")
    playwright.expect(box).to_contain_text("Arshad")
    playwright.expect(box.get_by_role("link", name="@RajaAajtv")).to_be_visible()
    related = page.get_by_role("complementary", name="Related")
    related.get_by_role("link", name=seeds["002"].title).click()
    page.wait_for_url(f"**{seeds['002'].get_absolute_url()}")
    screenshots(page, "article-002-from-related")
    page.goto(seeds["000"].get_absolute_url())
    screenshots(page, "article-000")


def test_sidebar_moves_below_the_article_on_phones(page, seeds):
    page.goto(seeds["000"].get_absolute_url())
    article, aside = page.locator("article.article"), page.locator("aside.related")
    wide = article.bounding_box(), aside.bounding_box()
    assert wide[1]["x"] > wide[0]["x"] + wide[0]["width"] - 1
    page.set_viewport_size({"width": 320, "height": 800})
    narrow = article.bounding_box(), aside.bounding_box()
    assert narrow[1]["y"] >= narrow[0]["y"] + narrow[0]["height"] - 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_search_form_finds_both_seeds(page, seeds):
    page.goto("/")
    page.get_by_role("searchbox", name="Search").fill("Ashgabat")
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url("**/search/?q=Ashgabat")
    results = page.locator(".card-title")
    playwright.expect(results).to_have_count(2)
    playwright.expect(page.locator("mark").first).to_have_text("Ashgabat")


def test_no_serious_accessibility_violations(page, seeds):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    putin = Speaker.objects.matching_name("Vladimir Putin").get()
    tag = seeds["000"].tags.exclude(slug="").first()
    pages = {
        "home": reverse("home"),
        "article": seeds["000"].get_absolute_url(),
        "tag": reverse("tag_detail", args=[tag.slug]),
        "speaker": putin.get_absolute_url(),
        "search": reverse("search") + "?q=Putin",
    }
    failures = {}
    for name, url in pages.items():
        for scheme in ["light", "dark"]:
            page.emulate_media(color_scheme=scheme)
            page.goto(url)
            violations = axe.run(page).response["violations"]
            serious = [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]
            if serious:
                failures[f"{name} ({scheme})"] = serious
        page.emulate_media(color_scheme="light")
        screenshots(page, name)
    assert failures == {}
