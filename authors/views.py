from django.shortcuts import get_object_or_404, render

from articles.models import Article
from articles.views import list_cards, paginate
from authors.models import Author


def author_detail(request, slug):
    author = get_object_or_404(Author, slug=slug)
    page = paginate(request, list_cards(Article.objects.published().filter(authors=author)))
    return render(request, "authors/author_detail.html", {"author": author, "page": page})
