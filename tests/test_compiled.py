import pytest
from django.db.models import Prefetch

from articles.compiled import CompiledQuery
from articles.models import Article, Section
from authors.models import Author


def test_compiled_query_runs_with_each_calls_values(make_article, django_assert_num_queries):
    world = Section.objects.create(name="World", slug="world")
    make_article("Ashgabat talks", section=world)
    make_article("Minsk talks", section=world)
    by_title = CompiledQuery(
        lambda title: Article.objects.filter(title=title).select_related("section"), "\x00t"
    )
    for title in ["Ashgabat talks", "Minsk talks"]:
        with django_assert_num_queries(1):
            [article] = by_title(title)
            assert (article.title, article.section.name) == (title, "World")
    assert by_title("Nowhere") == []


def test_compiled_query_refuses_a_stand_in_the_query_never_carries(db):
    unused = CompiledQuery(lambda title: Article.objects.filter(title="fixed"), "\x00t")
    with pytest.raises(ValueError, match="stand-in"):
        unused("anything")


def test_compiled_query_runs_its_prefetches_for_each_call(make_article, django_assert_num_queries):
    jane = Author.objects.create(name="Jane Doe", slug="jane-doe")
    john = Author.objects.create(name="John Roe", slug="john-roe")
    make_article("Ashgabat talks", authors=[john, jane])
    make_article("Minsk talks", authors=[jane])
    with_authors = CompiledQuery(
        lambda title: Article.objects.filter(title=title).prefetch_related(
            Prefetch("authors", queryset=Author.objects.order_by("articleauthor__position"))
        ),
        "\x00t",
    )
    for title, names in [
        ("Ashgabat talks", ["John Roe", "Jane Doe"]),
        ("Minsk talks", ["Jane Doe"]),
    ]:
        with django_assert_num_queries(2):
            [article] = with_authors(title)
        with django_assert_num_queries(0):
            assert [a.name for a in article.authors.all()] == names
