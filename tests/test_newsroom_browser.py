"""The newsroom in headless Chromium: an editor writes, previews and publishes; a contributor
cannot publish, even by tampering with the form."""

import pytest
from django.urls import reverse
from playwright import sync_api as playwright

from articles.models import Article
from tests.test_newsroom_permissions import make_staff

expect = playwright.expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
BODY = (
    "Opening paragraph of the story.\n\n"
    "## What was agreed\n\n"
    "The two sides signed a memorandum.\n\n"
    "> We will build this together.\n>\n> — A Minister\n"
)


@pytest.fixture
def page(browser, live_server, settings):
    # The live server speaks plain HTTP; production cookies are HTTPS-only.
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on(
        "request",
        lambda r: r.url.startswith(live_server.url) or page.errors.append(f"off-site {r.url}"),
    )
    yield page
    assert page.errors == []
    context.close()


def log_in(page, username):
    page.goto(reverse("admin:login"))
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_contain_text(username)


def write_article(page, title):
    page.goto(reverse("admin:articles_article_add"))
    page.fill("#id_title", title)
    page.fill("#id_body", BODY)
    preview = page.locator(".newsroom-preview")
    expect(preview.locator("h2")).to_contain_text("What was agreed")
    expect(preview.locator("blockquote")).to_contain_text("We will build this together.")
    expect(preview.locator(".newsroom-stats")).to_contain_text("min read")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")


def test_editor_writes_previews_and_publishes_an_article(page):
    make_staff("editor", "Editor")
    log_in(page, "editor")
    write_article(page, "Talks end in agreement")
    article = Article.objects.get(title="Talks end in agreement")
    assert article.slug == "talks-end-in-agreement"  # filled in from the title

    page.goto(article.get_absolute_url())
    expect(page.locator(".preview-banner")).to_have_text("Preview — not public")
    expect(page.locator("h2", has_text="What was agreed")).to_be_visible()
    expect(page.locator("blockquote", has_text="We will build this together.")).to_be_visible()

    page.goto(reverse("admin:articles_article_changelist"))
    page.check(f"input[name=_selected_action][value='{article.pk}']")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    expect(page.locator(".messagelist")).to_contain_text("Published 1, scheduled 0.")

    page.goto("/")
    expect(page.get_by_text("Talks end in agreement").first).to_be_visible()


def test_contributor_cannot_publish_even_by_tampering_with_the_form(page):
    make_staff("writer", "Contributor")
    log_in(page, "writer")
    write_article(page, "My first piece")
    article = Article.objects.get(title="My first piece")
    assert page.locator("select[name=status]").count() == 0

    # Add the fields an editor's form would have, and post them.
    page.evaluate(
        """() => {
            const form = document.querySelector('#article_form');
            for (const [name, value] of [['status', 'published'],
                                         ['published_at_0', '01/01/2024'],
                                         ['published_at_1', '10:00:00']]) {
                const input = document.createElement('input');
                input.type = 'hidden'; input.name = name; input.value = value;
                form.appendChild(input);
            }
        }"""
    )
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT and article.published_at is None

    page.goto(reverse("admin:articles_article_changelist"))
    options = page.locator("select[name=action] option").all_inner_texts()
    assert "Send to review" in options
    assert not any(text.startswith("Publish") for text in options)

    page.goto("/")
    expect(page.get_by_text("My first piece")).to_have_count(0)
