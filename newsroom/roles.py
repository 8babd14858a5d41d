"""The newsroom's roles and the object-level rules the admin enforces for them.

Model permissions (granted to the groups by migration 0002) say what a role may do to a kind of
object; the functions here add what depends on the object: a contributor's own articles, and only
while they are drafts or in review.
"""

from django.db.models import Q

from articles.models import Article
from authors.models import Author
from outlet.slugs import unique_slug

CONTRIBUTOR = "Contributor"
EDITOR = "Editor"
ADMINISTRATOR = "Administrator"

PUBLISH = "newsroom.publish_article"
IMPORT = "newsroom.import_seeds"
EDITABLE_BY_CONTRIBUTOR = (Article.Status.DRAFT, Article.Status.REVIEW)


def can_publish(user) -> bool:
    """Editors, administrators and superusers: anyone who may decide what the public sees."""
    return user.is_active and user.has_perm(PUBLISH)


def is_restricted(user) -> bool:
    """A contributor, or any other staff member without the publishing permission."""
    return not can_publish(user)


def own_articles(user):
    """Articles bylined to the user's author profile."""
    return Article.objects.filter(Q(authors__user=user)).distinct()


def owns(user, article) -> bool:
    return article.pk is not None and article.authors.filter(user=user).exists()


def may_edit(user, article) -> bool:
    if article is None or not is_restricted(user):
        return True
    return owns(user, article) and article.status in EDITABLE_BY_CONTRIBUTOR


def author_for(user) -> Author:
    """The user's byline, made from their name on their first article if they have none."""
    author = Author.objects.filter(user=user).first()
    if author is None:
        name = user.get_full_name() or user.get_username()
        author = Author.objects.create(
            name=name, slug=unique_slug(Author.objects.all(), name, fallback="author"), user=user
        )
    return author
