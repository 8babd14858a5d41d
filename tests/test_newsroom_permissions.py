"""Roles enforced on every path: change lists, forms, actions and crafted POSTs.

Forged POSTs are built from what an editor's browser would send, then sent by the role under
test, so a contributor "posting status=published" is exactly the request a tampered form makes.
"""

import importlib
import io
from datetime import datetime
from html.parser import HTMLParser

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from authors.models import Author
from newsroom.models import PreviewLink

pytestmark = pytest.mark.django_db

Status = Article.Status
PAST = timezone.now() - timezone.timedelta(days=1)
FORGED_DATE = timezone.make_aware(datetime(2020, 1, 2, 3, 4, 5))


class _FormFields(HTMLParser):
    """The fields a browser would submit from the admin's main form."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict[str, list[str]]] = []
        self.data: dict[str, list[str]] = {}
        self.select: str | None = None
        self.textarea: str | None = None
        self.in_form = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post" and a.get("id") != "logout-form":
            self.in_form, self.data = True, {}
            self.forms.append(self.data)
        if not self.in_form or "name" not in a and tag not in ("option",):
            return
        if tag == "input" and a.get("type") not in ("submit", "button", "file", "image"):
            checkable = a.get("type") in ("checkbox", "radio")
            if checkable and "checked" not in a:
                return
            self.data.setdefault(a["name"], []).append(
                a.get("value") or ("on" if checkable else "")
            )
        elif tag == "textarea":
            self.textarea = a["name"]
            self.data.setdefault(self.textarea, []).append("")
        elif tag == "select":
            self.select = a["name"]
            self.data.setdefault(self.select, [])
        elif tag == "option" and self.select and "selected" in a:
            self.data[self.select].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.data[self.textarea][-1] += data.removeprefix("\n")


def form_fields(html: str) -> dict:
    parser = _FormFields()
    parser.feed(html)
    fields = max(parser.forms, key=len, default={})
    return {k: v if len(v) > 1 else (v[0] if v else "") for k, v in fields.items()}


def make_staff(username: str, role: str | None) -> User:
    user = User.objects.create_user(username, password="pw", is_staff=True)
    if role:
        if not Group.objects.filter(name=role).exists():
            # A transactional test (the browser's) flushes what the migration made: remake it.
            roles = importlib.import_module("newsroom.migrations.0002_roles")
            roles.create_roles(django_apps, None)
        user.groups.add(Group.objects.get(name=role))
    return user


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def editor_form(article) -> dict:
    """The change form as an editor's browser would post it."""
    editor = User.objects.filter(
        username="matrix-superuser"
    ).first() or User.objects.create_superuser("matrix-superuser", password="pw")
    response = client_for(editor).get(change_url(article))
    assert response.status_code == 200
    return form_fields(response.text)


def set_published_at(data: dict, when) -> None:
    local = timezone.localtime(when)
    data["published_at_0"], data["published_at_1"] = f"{local:%d/%m/%Y}", f"{local:%H:%M:%S}"


def add_author_inline(data: dict, author) -> None:
    prefix = "articleauthor_set"
    n = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(n + 1)
    data.update({f"{prefix}-{n}-author": str(author.pk), f"{prefix}-{n}-position": "5"})


# The matrix: role × action × article state.

STATES = ["draft", "review", "scheduled", "published"]
ACTORS = ["contributor_own", "contributor_other", "editor", "administrator"]


def _post_form(client, article, change):
    data = editor_form(article)
    change(data)
    return client.post(change_url(article), data)


def _action(name):
    def run(client, article):
        url = reverse("admin:articles_article_changelist")
        return client.post(url, {"action": name, "_selected_action": [article.pk], "index": 0})

    return run


ACTIONS = {
    # name: (do(client, article), observe(article_before, article_after_or_None) -> changed?)
    "open_editable_form": (
        lambda client, a: client.get(change_url(a)),
        None,  # judged on the response: see the test
    ),
    "edit_title": (
        lambda client, a: _post_form(client, a, lambda d: d.update(title="Retitled")),
        lambda before, after: after is not None and after.title == "Retitled",
    ),
    "delete": (
        lambda client, a: client.post(
            reverse("admin:articles_article_delete", args=[a.pk]), {"post": "yes"}
        ),
        lambda before, after: after is None,
    ),
    "publish_action": (
        _action("publish"),
        lambda before, after: before.status != after.status == Status.PUBLISHED,
    ),
    "unpublish_action": (
        _action("unpublish"),
        lambda before, after: before.status != after.status == Status.DRAFT,
    ),
    "send_to_review_action": (
        _action("send_to_review"),
        lambda before, after: before.status != after.status == Status.REVIEW,
    ),
    "preview_link_action": (
        _action("create_preview_link"),
        lambda before, after: PreviewLink.objects.filter(article=before).exists(),
    ),
    "forge_status_published": (
        lambda client, a: _post_form(
            client, a, lambda d: (d.update(status="published"), set_published_at(d, PAST))
        ),
        lambda before, after: after.is_public and not before.is_public,
    ),
    "forge_published_at": (
        lambda client, a: _post_form(client, a, lambda d: set_published_at(d, FORGED_DATE)),
        lambda before, after: after.published_at == FORGED_DATE,
    ),
    "forge_other_author": (
        lambda client, a: _post_form(
            client, a, lambda d: add_author_inline(d, Author.objects.get(slug="third-party"))
        ),
        lambda before, after: after.authors.filter(slug="third-party").exists(),
    ),
}


def expected(actor: str, action: str, state: str) -> bool:
    """The rules of the issue, written out: True where the action takes effect."""
    editor = actor in ("editor", "administrator")
    own_editable = actor == "contributor_own" and state in ("draft", "review")
    return {
        "open_editable_form": editor or own_editable,
        "edit_title": editor or own_editable,
        "delete": editor,
        "publish_action": editor and state in ("draft", "review"),
        "unpublish_action": editor and state != "draft",
        "send_to_review_action": (editor or own_editable) and state == "draft",
        "preview_link_action": editor,
        "forge_status_published": editor and state != "published",
        "forge_published_at": editor,
        "forge_other_author": editor,
    }[action]


@pytest.fixture
def people(db):
    contributor = make_staff("contributor", "Contributor")
    mine = Author.objects.create(name="Con Tributor", slug="con-tributor", user=contributor)
    other = Author.objects.create(name="Someone Else", slug="someone-else")
    Author.objects.create(name="Third Party", slug="third-party")
    return {
        "contributor_own": (contributor, mine),
        "contributor_other": (contributor, other),
        "editor": (make_staff("editor", "Editor"), other),
        "administrator": (make_staff("administrator", "Administrator"), other),
    }


def article_in(state, byline, make_article):
    future = timezone.now() + timezone.timedelta(days=2)
    fields = {
        "draft": {"status": Status.DRAFT},
        "review": {"status": Status.REVIEW},
        "scheduled": {"status": Status.PUBLISHED, "published_at": future},
        "published": {"status": Status.PUBLISHED},
    }[state]
    return make_article(f"A {state} article", authors=[byline], **fields)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("actor", ACTORS)
def test_role_action_state_matrix(people, make_article, actor, action, state):
    user, byline = people[actor]
    article = article_in(state, byline, make_article)
    before = Article.objects.get(pk=article.pk)
    do, observe = ACTIONS[action]
    response = do(client_for(user), article)
    if observe is None:
        took_effect = response.status_code == 200 and 'name="title"' in response.text
    else:
        took_effect = observe(before, Article.objects.filter(pk=article.pk).first())
    assert took_effect is expected(actor, action, state)


# Beyond the matrix: creation, slugs, the user admin, and the pages a role may not see.


@pytest.fixture
def contributor(db):
    return make_staff("writer", "Contributor")


def _add_form(client) -> dict:
    response = client.get(reverse("admin:articles_article_add"))
    assert response.status_code == 200
    return form_fields(response.text)


def test_contributor_creates_a_draft_bylined_to_themselves_whatever_they_post(contributor):
    other = Author.objects.create(name="Someone Else", slug="someone-else")
    client = client_for(contributor)
    data = _add_form(client)
    assert "status" not in data and "published_at_0" not in data
    data.update(title="My scoop", slug="my-scoop", body="Text.", status="published")
    set_published_at(data, PAST)
    data.update(
        {
            "articleauthor_set-TOTAL_FORMS": "1",
            "articleauthor_set-INITIAL_FORMS": "0",
            "articleauthor_set-0-author": str(other.pk),
            "articleauthor_set-0-position": "0",
        }
    )
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302
    article = Article.objects.get(slug="my-scoop")
    assert article.status == Status.DRAFT and article.published_at is None
    assert [a.user for a in article.authors.all()] == [contributor]


def test_contributor_cannot_take_the_slug_of_a_published_article(contributor, make_article):
    published = make_article("Big story", slug="big-story")
    client = client_for(contributor)
    data = _add_form(client)
    data.update(title="Mine", slug="big-story", body="Text.")
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 200
    assert "Slug already exists" in response.text
    assert Article.objects.get(slug="big-story").pk == published.pk


def test_contributor_cannot_change_the_slug_of_their_published_article(contributor, make_article):
    mine = Author.objects.create(name="Writer", slug="writer", user=contributor)
    article = make_article("Out there", slug="out-there", authors=[mine])
    data = editor_form(article)
    data["slug"] = "moved"
    response = client_for(contributor).post(change_url(article), data)
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).slug == "out-there"


def test_contributor_sees_only_their_own_articles_in_the_change_list(contributor, make_article):
    mine = Author.objects.create(name="Writer", slug="writer", user=contributor)
    make_article("Mine", status=Status.DRAFT, authors=[mine])
    make_article("Someone else's draft", status=Status.DRAFT)
    response = client_for(contributor).get(reverse("admin:articles_article_changelist"))
    assert "Mine" in response.text
    assert "Someone else&#x27;s draft" not in response.text
    assert "Someone else's draft" not in response.text


def test_contributor_has_no_publish_or_delete_action(contributor):
    response = client_for(contributor).get(reverse("admin:articles_article_changelist"))
    choices = [value for value, _ in response.context["action_form"].fields["action"].choices]
    assert "send_to_review" in choices
    assert not {"publish", "unpublish", "delete_selected", "create_preview_link"} & set(choices)


@pytest.mark.parametrize(
    ("role", "allowed"), [("Contributor", False), ("Editor", False), ("Administrator", True)]
)
def test_only_administrators_manage_users_and_groups(db, role, allowed):
    client = client_for(make_staff("someone", role))
    for name in ("auth_user", "auth_group"):
        status = client.get(reverse(f"admin:{name}_changelist")).status_code
        assert (status == 200) is allowed


@pytest.mark.parametrize(
    ("role", "allowed"), [("Contributor", False), ("Editor", True), ("Administrator", True)]
)
def test_editors_manage_authors_sections_speakers_tags_and_quotes(db, role, allowed):
    client = client_for(make_staff("someone", role))
    for name in (
        "authors_author",
        "articles_section",
        "articles_speaker",
        "articles_quote",
        "taggit_tag",
    ):
        status = client.get(reverse(f"admin:{name}_add")).status_code
        assert (status == 200) is allowed, name


def test_contributor_cannot_open_the_standalone_quote_admin(contributor):
    response = client_for(contributor).get(reverse("admin:articles_quote_changelist"))
    assert response.status_code == 403


def test_anonymous_visitors_are_sent_to_the_login_page(client, make_article):
    article = make_article("Anything")
    response = client.get(change_url(article))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_the_roles_migration_makes_three_groups_and_only_editors_publish(db):
    groups = {g.name: g for g in Group.objects.prefetch_related("permissions")}
    assert {"Contributor", "Editor", "Administrator"} <= set(groups)

    def codenames(name):
        return {p.codename for p in groups[name].permissions.all()}

    assert "publish_article" not in codenames("Contributor")
    assert {"publish_article", "import_seeds", "delete_article"} <= codenames("Editor")
    assert "change_user" not in codenames("Editor")
    assert {"publish_article", "change_user", "change_group"} <= codenames("Administrator")


def test_the_local_editor_account_is_an_editor_not_a_superuser(db):
    from django.core.management import call_command

    call_command("ensure_local_editor", stdout=io.StringIO())
    user = User.objects.get(username="editor")
    assert user.is_staff and not user.is_superuser
    assert user.has_perm("newsroom.publish_article") and not user.has_perm("auth.change_user")
