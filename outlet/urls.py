from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from articles import feeds
from articles import views as article_views
from articles.sitemaps import SITEMAPS, NewsSitemap
from authors import views as author_views
from pages import views as page_views
from pages.models import Page


def feed_urls(feed_class, name):
    """RSS at `feed/` and Atom at `feed/atom/` under a list page's address."""
    return [
        path("feed/", feed_class(), name=f"{name}_feed"),
        path("feed/atom/", feeds.atom(feed_class)(), name=f"{name}_atom"),
    ]


urlpatterns = [
    path("", article_views.home, name="home"),
    *feed_urls(feeds.LatestFeed, "site"),
    path("articles/<slug:slug>/", article_views.article_detail, name="article_detail"),
    path("sections/<slug:slug>/", article_views.section_detail, name="section_detail"),
    path("sections/<slug:slug>/", include(feed_urls(feeds.SectionFeed, "section"))),
    path("tags/<slug:slug>/", article_views.tag_detail, name="tag_detail"),
    path("tags/<slug:slug>/", include(feed_urls(feeds.TagFeed, "tag"))),
    path("authors/<slug:slug>/", author_views.author_detail, name="author_detail"),
    path("authors/<slug:slug>/", include(feed_urls(feeds.AuthorFeed, "author"))),
    path("quotes/", article_views.quote_index, name="quote_index"),
    path("quotes/<slug:slug>/", article_views.speaker_detail, name="speaker_detail"),
    path("search/", article_views.search, name="search"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap_index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path(
        "news-sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": {"news": NewsSitemap}, "template_name": "sitemaps/news.xml"},
        name="news_sitemap",
    ),
    path("robots.txt", article_views.robots_txt, name="robots_txt"),
    re_path(
        rf"^(?P<slug>{'|'.join(Page.Kind.values)})/$", page_views.page_detail, name="page_detail"
    ),
    path("admin/", admin.site.urls),
]

# A plain 503 instead of the 500 page when the database cannot be reached.
handler500 = "outlet.dbdown.server_error"

# Uploaded images while DEBUG is on; in production the proxy serves MEDIA_ROOT at /media/.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
