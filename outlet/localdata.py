"""Local, zero-configuration resources kept in the git-ignored `.local/` folder.

When no `DATABASE_URL` is given, Outlet runs its own PostgreSQL from the `pgserver` wheel so a
newcomer with nothing but Python gets the real database (SQLite is supported nowhere). The server
outlives the process that started it, so later and concurrent `manage.py` processes reuse it.
"""

import secrets
from pathlib import Path


def embedded_database(local_dir: Path) -> dict:
    """Start the embedded PostgreSQL if it is not running and return Django's DATABASES entry."""
    import pgserver  # imported lazily: production configures DATABASE_URL and never needs it

    local_dir.mkdir(parents=True, exist_ok=True)
    pgdata = local_dir / "postgres"
    # cleanup_mode=None leaves the server running after this process exits: pgserver's pid
    # bookkeeping in the data folder lets every later process attach to the same server.
    server = pgserver.get_server(pgdata, cleanup_mode=None)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "postgres",
        "USER": "postgres",
        "HOST": str(server.pgdata),
        "PORT": "",
    }


def local_secret_key(local_dir: Path) -> str:
    """Return the secret key kept in the local data folder, creating it on first use."""
    local_dir.mkdir(parents=True, exist_ok=True)
    path = local_dir / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()
