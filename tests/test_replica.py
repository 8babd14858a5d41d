"""The read-replica router: only public reads marked by the page cache go to `replica`."""

from django.core.cache import cache
from django.test import override_settings

from articles.models import Article
from outlet import pagecache
from outlet.routers import ReplicaRouter, public_reads


def test_reads_go_to_the_replica_only_inside_public_reads():
    router = ReplicaRouter()
    assert router.db_for_read(Article) == "default"
    with public_reads():
        assert router.db_for_read(Article) == "replica"
        assert router.db_for_write(Article) == "default"
    assert router.db_for_read(Article) == "default"
    assert router.allow_migrate("replica", "articles") is False


@override_settings(REPLICA_MAX_LAG=5)
def test_pages_rendered_just_after_a_change_are_not_cached_with_a_replica(monkeypatch):
    monkeypatch.setattr(pagecache, "replica_configured", lambda: True)
    pagecache._bump({"list"})
    changed = cache.get(pagecache.LAST_CHANGE)
    assert pagecache._replica_may_lag(changed + 1)
    assert not pagecache._replica_may_lag(changed + 6)
