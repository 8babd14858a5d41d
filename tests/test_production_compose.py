"""The production compose file's PostgreSQL options are settings the server knows and accepts.

A misspelt option or a value out of range stops the database container at start, which no
other test would notice before an outlet's first `docker compose up`.
"""

import re
from pathlib import Path

import pytest
import yaml
from django.db import connection

pytestmark = pytest.mark.django_db

COMPOSE_FILE = Path(__file__).resolve().parent.parent / "docker-compose.yml"
INTERPOLATION = re.compile(r"\$\{(\w+):-([^}]*)\}")


def server_options() -> dict[str, str]:
    """The `-c name=value` options of the db service, with compose's defaults filled in."""
    command = yaml.safe_load(COMPOSE_FILE.read_text())["services"]["db"]["command"]
    assert command[0] == "postgres"
    options = {}
    for flag, option in zip(command[1::2], command[2::2], strict=True):
        assert flag == "-c"
        name, value = INTERPOLATION.sub(lambda m: m.group(2), option).split("=", 1)
        options[name] = value
    return options


def test_compose_raises_shared_buffers_above_postgresqls_default():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_bytes(%s)", [server_options()["shared_buffers"]])
        assert cursor.fetchone()[0] > 128 * 1024**2


@pytest.mark.parametrize("name", sorted(server_options()))
def test_compose_server_option_is_a_memory_setting_within_its_range(name):
    value = server_options()[name]
    with connection.cursor() as cursor:
        cursor.execute("SELECT unit FROM pg_settings WHERE name = %s", [name])
        row = cursor.fetchone()
        assert row is not None, f"PostgreSQL has no setting {name!r}"
        assert (row[0] or "").endswith("B"), f"{name} is not counted in bytes"
        # Memory settings count in units such as 8 kB pages.
        cursor.execute(
            "SELECT pg_size_bytes(%s) BETWEEN min_val::numeric * pg_size_bytes(unit)"
            " AND max_val::numeric * pg_size_bytes(unit) FROM pg_settings WHERE name = %s",
            [value, name],
        )
        assert cursor.fetchone()[0], f"{name}={value} is out of range"
