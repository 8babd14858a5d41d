"""The seed import: the same code runs from `import_seeds`, the admin and the tests.

`names`, `topics` and `parsing` are pure; `save` writes to the database, with the SQL it
writes by hand in `sql`; `files` finds seed files. The database-facing names are loaded on
first use, so importing a pure submodule needs no Django.
"""

from importlib import import_module

_EXPORTS = {
    "ImportFailed": "parsing",
    "ImportResult": "save",
    "import_many": "save",
    "import_run": "save",
    "import_seed": "save",
    "parse_bytes": "save",
    "collect_seed_files": "files",
    "parse_pool": "parsing",
}
__all__ = list(_EXPORTS)


def __getattr__(name):
    if name not in _EXPORTS:
        raise AttributeError(name)
    return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
