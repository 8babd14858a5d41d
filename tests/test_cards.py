from django.urls import reverse

from articles.models import Quote, Section, Speaker
from articles.templatetags.outlet import article_card, quote_figure
from authors.models import Author

HOSTILE = '<script>alert("x")</script> & co'
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"


def test_cards_escape_every_shown_value_and_link_where_reverse_does(make_article):
    section = Section.objects.create(name=HOSTILE, slug="hostile-section")
    authors = [Author.objects.create(name=HOSTILE, slug=f"hostile-{n}") for n in range(3)]
    article = make_article(HOSTILE, standfirst=HOSTILE, section=section, authors=authors)
    html = article_card(article, "plain <b>snippet</b>")
    assert "<script>" not in html and "<b>" not in html
    assert html.count(ESCAPED) == 6  # section, title, standfirst and three bylines
    assert f'href="{reverse("section_detail", kwargs={"slug": section.slug})}"' in html
    assert f'href="{article.get_absolute_url()}"' in html
    assert f'href="{authors[0].get_absolute_url()}">{ESCAPED}</a>, <a' in html
    assert f'{ESCAPED}</a> and <a href="{authors[2].get_absolute_url()}"' in html


def test_quote_figures_escape_the_quote_its_speaker_and_its_article(make_article):
    speaker = Speaker.objects.create(name=HOSTILE, slug="hostile-speaker")
    quote = Quote.objects.create(
        text=HOSTILE, speaker=speaker, article=make_article(HOSTILE), position=0
    )
    html = quote_figure(quote, show_speaker=True)
    assert "<script>" not in html and html.count(ESCAPED) == 3
    assert f'<a href="{speaker.get_absolute_url()}">' in html
    assert f'<a href="{quote.article.get_absolute_url()}">' in html
