from pathlib import Path


def collect_seed_files(paths: list[Path]) -> list[Path]:
    """The `.txt` files named, and those inside named folders (recursively), sorted per folder.

    A path that does not exist is returned as is, so the caller reports it as a failure
    rather than silently skipping it.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            files.append(path)
    return list(dict.fromkeys(files))
