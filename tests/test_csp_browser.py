"""The admin and the reader's site keep working under the Content-Security-Policy.

An editor logs in, writes an article with the live preview, picks a section, author, tag and
quote through the admin's autocomplete widgets, publishes it, and reads it on the public site;
every CSP violation the browser reports on the way (securitypolicyviolation events and the
console's "Refused to ..." messages) is recorded, and there must be none.
"""

import pytest
from django.urls import reverse
from playwright import sync_api as playwright

from articles.models import Article, Section, Speaker
from authors.models import Author
from tests.test_newsroom_browser import BODY, log_in
from tests.test_newsroom_permissions import make_staff

expect = playwright.expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture
def page(browser, live_server, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    context = browser.new_context(base_url=live_server.url)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.violations = []
    page.visited = []
    page.on(
        "console",
        lambda m: "Content Security Policy" in m.text and page.violations.append(m.text),
    )
    page.on("pageerror", lambda e: page.violations.append(f"error {e}"))

    def collect(frame):
        if frame == page.main_frame:
            page.visited.append(frame.url.removeprefix(live_server.url))

    page.on("framenavigated", collect)
    yield page
    context.close()


def violations_so_far(page) -> list[str]:
    return page.violations + page.evaluate("window.__csp || []")


def checked_goto(page, url):
    page.goto(url)
    assert page.evaluate("document.querySelector('meta') !== null")
    assert violations_so_far(page) == [], url


def pick(page, container, text):
    """Choose `text` in a select2 autocomplete inside `container`."""
    container.locator(".select2-selection").click()
    page.locator(".select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def test_editing_and_publishing_raise_no_csp_violation(page, live_server):
    make_staff("editor", "Editor")
    Section.objects.create(name="World", slug="world")
    Author.objects.create(name="Jane Doe", slug="jane-doe", bio="Covers diplomacy.")
    Speaker.objects.create(name="A Minister", slug="a-minister")

    log_in(page, "editor")  # login page, then the admin index
    assert violations_so_far(page) == []
    checked_goto(page, reverse("admin:articles_article_changelist"))
    checked_goto(page, reverse("admin:articles_article_add"))
    page.fill("#id_title", "Talks under a strict policy")
    page.fill("#id_standfirst", "Nothing inline.")
    page.fill("#id_body", BODY)
    expect(page.locator(".newsroom-preview h2")).to_contain_text("What was agreed")
    pick(page, page.locator(".field-section"), "World")
    page.click("#articleauthor_set-group .add-row a")
    pick(page, page.locator("#articleauthor_set-0"), "Jane Doe")
    page.click("#quotes-group .add-row a")
    page.fill("#id_quotes-0-text", "We will build this together.")
    pick(page, page.locator("#quotes-0"), "A Minister")
    page.click("#id_published_at_0 ~ .datetimeshortcuts a >> nth=0")  # "Today"
    page.click("#id_published_at_1 ~ .datetimeshortcuts a >> nth=0")  # "Now"
    page.click("fieldset.collapse summary >> nth=0")  # the collapsible "Derived" section
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    assert violations_so_far(page) == []

    article = Article.objects.get(title="Talks under a strict policy")
    checked_goto(page, reverse("admin:articles_article_revisions", args=[article.pk]))
    checked_goto(page, reverse("admin:articles_article_import"))
    checked_goto(page, reverse("admin:authors_author_add"))
    page.fill("#id_name", "Sam Roe")
    page.fill("#id_bio", "Writes about energy.")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    checked_goto(page, reverse("admin:articles_speaker_changelist") + "?q=minister")
    checked_goto(page, reverse("admin:articles_article_changelist"))
    page.check(f"input[name=_selected_action][value='{article.pk}']")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    expect(page.locator(".messagelist")).to_contain_text("Published 1")
    checked_goto(page, reverse("admin:password_change"))
    admin_pages = {url for url in page.visited if url.startswith("/admin/")}
    assert len(admin_pages) >= 10, admin_pages

    page.click("#logout-form button")
    article.refresh_from_db()
    assert article.is_public
    public = [
        "/",
        article.get_absolute_url(),
        reverse("section_detail", args=["world"]),
        reverse("author_detail", args=["jane-doe"]),
        reverse("quote_index"),
        reverse("search") + "?q=talks",
    ]
    for url in public:
        checked_goto(page, url)
    expect(page.get_by_text("Talks under a strict policy").first).to_be_visible()
    assert violations_so_far(page) == []

    # The recorder works: an injected inline script is refused and reported.
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.__ran = 1'; document.body.append(s); }"
    )
    page.wait_for_function("window.__csp.length > 0")
    assert page.evaluate("window.__ran") is None
    assert "script-src" in violations_so_far(page)[-1]
