import pytest

from articles.compiled import CompiledQuery
from articles.models import Article, Section


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
