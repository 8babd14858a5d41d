"""Public reads from a read replica (`DATABASE_REPLICA_URL`), everything else from the primary.

Only the page cache middleware marks a request as a public read: an anonymous GET of a public
page, without a session or a preview link. Staff, the admin, writes, management commands and
signal handlers always use `default`, so nobody reads their own writes from a lagging copy.
A replica lags a little; `outlet.pagecache` does not store pages rendered within
`REPLICA_MAX_LAG` seconds of a change, so a stale copy is never cached.
"""

import contextvars
from contextlib import contextmanager

from django.conf import settings

_public_read = contextvars.ContextVar("public_read", default=False)


def replica_configured() -> bool:
    return "replica" in settings.DATABASES


@contextmanager
def public_reads():
    """Within this block, reads go to the replica (if one is configured)."""
    token = _public_read.set(True)
    try:
        yield
    finally:
        _public_read.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return "replica" if _public_read.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data on both

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"
