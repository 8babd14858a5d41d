"""Who gets in, and where they are sent: login throttling, open redirects and CSRF.

Every request here is one an attacker could send: wrong passwords in a row, crafted `next=`
values, and state-changing requests with no CSRF token.
"""

from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from articles.models import Article
from tests.test_newsroom_permissions import make_staff

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def try_login(client, password, username="editor", **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def logged_in(client) -> bool:
    return client.get(reverse("admin:index")).status_code == 200


# Login throttling.


def test_five_failures_lock_the_account_from_that_address_even_for_the_right_password():
    make_staff("editor", "Editor")
    client = Client()
    for _ in range(4):
        assert try_login(client, "wrong").status_code == 200  # the form again, with an error
    assert try_login(client, "wrong").status_code == 429  # the fifth failure locks
    locked = try_login(client, "pw")
    assert locked.status_code == 429
    assert not logged_in(client)
    # Another address is not locked out of the same account...
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert try_login(elsewhere, "pw", REMOTE_ADDR="203.0.113.9").status_code == 302
    # ...and the locked address stays locked.
    assert try_login(Client(), "pw").status_code == 429


def test_four_failures_do_not_lock_and_a_success_starts_the_count_again():
    make_staff("editor", "Editor")
    client = Client()
    for _ in range(4):
        try_login(client, "wrong")
    assert try_login(client, "pw").status_code == 302
    client.logout()
    for _ in range(4):
        try_login(client, "wrong")
    assert try_login(client, "pw").status_code == 302


# Open redirects: each of these must leave the user on this site.

CRAFTED_NEXT = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example",
    "///evil.example",
    "////evil.example/admin/",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "https:/evil.example",
    "https:evil.example",
    "https://testserver@evil.example/",
    "https://evil.example%2F@testserver/",
    "http://testserver.evil.example/",
    " //evil.example",
    "\t//evil.example",
    "/\t/evil.example",
    "%2F%2Fevil.example",
    "javascript:alert(document.domain)",
    "data:text/html,<script>alert(1)</script>",
    "https://[::1]@evil.example/",
    "ftp://evil.example/",
    "//evil.example\x00.testserver/",
]


def stays_on_site(response, base="https://testserver/admin/login/") -> bool:
    """Read Location the way a browser does (backslashes as slashes, control characters out)."""
    if response.status_code not in (301, 302, 303, 307, 308):
        return True
    location = response["Location"]
    cleaned = "".join(c for c in location if c > " " and c != "\x7f").replace("\\", "/")
    target = urlsplit(urljoin(base, cleaned))
    return target.scheme in ("http", "https") and target.hostname == "testserver"


def test_there_are_at_least_twenty_crafted_next_values():
    assert len(set(CRAFTED_NEXT)) >= 20


@pytest.mark.parametrize("next_url", CRAFTED_NEXT)
def test_login_never_redirects_off_site(next_url):
    make_staff("editor", "Editor")
    client = Client()
    response = client.post(
        LOGIN + "?next=x", {"username": "editor", "password": "pw", "next": next_url}
    )
    assert response.status_code == 302
    assert stays_on_site(response), response["Location"]
    # Already logged in, the login page with the same `next` also stays here.
    assert stays_on_site(client.get(LOGIN, {"next": next_url}))


@pytest.mark.parametrize("next_url", CRAFTED_NEXT)
def test_logout_never_redirects_off_site(next_url):
    client = Client()
    client.force_login(make_staff("editor", "Editor"))
    response = client.post(reverse("admin:logout"), {"next": next_url})
    assert response.status_code in (200, 302)
    assert stays_on_site(response), response["Location"]
    response = client.post(reverse("admin:logout") + "?next=" + next_url)
    assert stays_on_site(response), response["Location"]


@pytest.mark.parametrize("next_url", CRAFTED_NEXT)
def test_redirecting_admin_views_never_leave_the_site(next_url, make_article, speaker):
    client = Client()
    client.force_login(User.objects.create_superuser("boss", password="pw"))
    article = make_article("Kept here", body="First.")
    # Saving, the password change and a revision restore each redirect after the POST.
    change = reverse("admin:articles_article_change", args=[article.pk])
    for url in (
        change,
        reverse("admin:password_change"),
        reverse("admin:articles_speaker_change", args=[speaker.pk]),
    ):
        for params in ({"next": next_url}, {"_changelist_filters": next_url}):
            response = client.post(url + "?" + "&".join(f"{k}={v}" for k, v in params.items()))
            assert stays_on_site(response), (url, response["Location"])
    article.body = "Second."
    article.save()
    first = article.history.order_by("history_id").first()
    restore = reverse("admin:articles_article_restore", args=[article.pk, first.history_id])
    response = client.post(restore, {"next": next_url})
    assert response.status_code == 302 and stays_on_site(response), response["Location"]
    # The public speaker page redirects an alias to its canonical address.
    speaker.aliases = ["Wladimir Putin"]
    speaker.save()
    response = Client().get("/quotes/wladimir-putin/", {"next": next_url})
    assert response.status_code == 301 and stays_on_site(response), response["Location"]


# CSRF: every state-changing request without a token is refused.


def state_changing_urls(article) -> list[str]:
    urls = [
        LOGIN,
        reverse("admin:logout"),
        reverse("admin:password_change"),
        reverse("admin:articles_article_import"),
        reverse("admin:articles_article_markdown_preview"),
        reverse("admin:articles_article_restore", args=[article.pk, 1]),
    ]
    for model in admin.site._registry:
        opts = model._meta
        name = f"admin:{opts.app_label}_{opts.model_name}"
        pk = model.objects.values_list("pk", flat=True).first()
        urls += [reverse(f"{name}_changelist"), reverse(f"{name}_add")]
        if pk is not None:
            urls += [reverse(f"{name}_change", args=[pk]), reverse(f"{name}_delete", args=[pk])]
    return urls + [
        "/",
        article.get_absolute_url(),
        reverse("search"),
        reverse("quote_index"),
        reverse("site_feed"),
    ]


def test_every_state_changing_request_without_a_token_is_refused(newsroom):
    boss = User.objects.create_superuser("boss", password="pw")
    client = Client(enforce_csrf_checks=True)
    client.force_login(boss)
    article = newsroom["first"]
    before = (Article.objects.count(), article.title, User.objects.count())
    urls = state_changing_urls(article)
    assert len(urls) > 30
    for url in urls:
        for method in (client.post, client.put, client.patch, client.delete):
            response = method(url, {"title": "Hijacked", "post": "yes", "action": "delete"})
            assert response.status_code == 403, (method.__name__, url, response.status_code)
    article.refresh_from_db()
    assert (Article.objects.count(), article.title, User.objects.count()) == before
    # The same request with the token is accepted: the refusals were the CSRF check's.
    page = client.get(reverse("admin:articles_article_add"))
    token = page.context["csrf_token"]
    response = client.post(
        reverse("admin:articles_article_markdown_preview"),
        {"body": "# Hi", "csrfmiddlewaretoken": str(token)},
    )
    assert response.status_code == 200
