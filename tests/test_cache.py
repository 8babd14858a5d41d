"""The file cache used without Redis (outlet/cache.py)."""

from outlet.cache import FileBasedCache


def test_set_many_scans_the_directory_once_and_still_makes_room(tmp_path, monkeypatch):
    cache = FileBasedCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})
    scans = []
    list_files = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: scans.append(1) or list_files())

    cache.set_many({f"key{n}": n for n in range(30)})
    assert len(scans) == 1
    assert cache.get_many([f"key{n}" for n in range(30)]) == {f"key{n}": n for n in range(30)}

    cache.set("one-more", 1)
    assert len(list_files()) < 30


def test_incr_rewrites_its_key_without_scanning_the_directory(tmp_path, monkeypatch):
    cache = FileBasedCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10}})
    cache.set("counter", 1)
    scans = []
    list_files = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: scans.append(1) or list_files())

    assert cache.incr("counter") == 2
    assert cache.incr("counter", 5) == 7
    assert cache.get("counter") == 7
    assert scans == []
    cache.set("other", 1)
    assert scans == [1]
