"""The file cache used when there is no Redis, with writes of many keys made affordable."""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache as DjangoFileBasedCache


class FileBasedCache(DjangoFileBasedCache):
    """Django's file cache, except that `set_many` makes room once rather than once per key.

    Making room lists the whole cache directory, so writing n keys cost n scans of up to
    `MAX_ENTRIES` files; invalidating the pages of a bulk import writes a thousand keys or more.
    The cache may then hold up to n entries over its limit until the next write.
    """

    _make_room = True

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        self._cull()
        self._make_room = False  # backends are per thread, so this is this call's alone
        try:
            return super().set_many(data, timeout, version)
        finally:
            del self._make_room

    def incr(self, key, delta=1, version=None):
        # It rewrites a key that is there, so the cache does not grow: no room to make. The
        # page cache's counter moves twice on every bump.
        self._make_room = False
        try:
            return super().incr(key, delta, version)
        finally:
            del self._make_room

    def _cull(self):
        if self._make_room:
            super()._cull()
