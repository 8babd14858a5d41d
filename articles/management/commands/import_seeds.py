import json
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.importer import (
    ImportFailed,
    ImportResult,
    collect_seed_files,
    import_many,
    import_run,
    parse_bytes,
    parse_pool,
)

PROGRESS_BAR_FROM = 20
# Cached pages are refreshed once per this many files rather than after each, and never later:
# a long run, or one that is killed, leaves them stale only briefly.
REFRESH_EVERY = 50


class Command(BaseCommand):
    help = "Import scraped page dumps (seed files) as articles. Exit status 1 if any file failed."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="files or folders of .txt files")
        parser.add_argument("--dry-run", action="store_true", help="parse and report only")
        parser.add_argument(
            "--json", dest="json_dir", type=Path, metavar="DIR", help="write each parse as JSON"
        )
        parser.add_argument("--force", action="store_true", help="overwrite editors' changes")
        parser.add_argument("--as-draft", action="store_true", help="import as drafts")

    def handle(self, *args, paths, dry_run, json_dir, force, as_draft, **options):
        files = collect_seed_files(paths or [settings.BASE_DIR / "fixtures" / "seeds"])
        if json_dir:
            json_dir.mkdir(parents=True, exist_ok=True)
        show_bar = self.stdout.isatty() and len(files) >= PROGRESS_BAR_FROM
        totals = Counter()
        with (
            tqdm(total=len(files), disable=not show_bar, unit="file") as bar,
            parse_pool(0 if dry_run else len(files)) as pool,
        ):
            for start in range(0, len(files), REFRESH_EVERY):
                batch = files[start : start + REFRESH_EVERY]
                with import_run():
                    results = self.import_batch(
                        batch,
                        pool=pool,
                        dry_run=dry_run,
                        json_dir=json_dir,
                        force=force,
                        as_draft=as_draft,
                    )
                    for path, result in zip(batch, results, strict=True):
                        totals[result.status] += 1
                        self.report(path, result)
                        bar.update()
        summary = ", ".join(f"{count} {status}" for status, count in sorted(totals.items()))
        self.stdout.write(f"{len(files)} files: {summary or 'nothing to import'}")
        if totals["failed"]:
            raise CommandError(f"{totals['failed']} of {len(files)} files failed")

    def import_batch(self, paths: list[Path], *, pool, dry_run, json_dir, force, as_draft):
        """Each file's result, in order; files are imported together so parsing runs ahead."""
        read = {}
        for path in paths:
            try:
                read[path] = path.read_bytes()
            except OSError as error:
                read[path] = ImportResult(path.name, "failed", message=error.strerror or str(error))
        readable = [(path, data) for path, data in read.items() if isinstance(data, bytes)]
        if dry_run or json_dir:
            parsed = [self.parse_only(path, data, json_dir) for path, data in readable]
        if dry_run:
            imported = iter(parsed)
        else:
            imported = import_many(
                [(path.name, data) for path, data in readable],
                pool=pool,
                force=force,
                as_draft=as_draft,
            )
        for path in paths:
            yield read[path] if isinstance(read[path], ImportResult) else next(imported)

    def parse_only(self, path: Path, data: bytes, json_dir: Path | None) -> ImportResult:
        """Parse without the database, writing the JSON when asked: the dry run's result."""
        try:
            parsed = parse_bytes(data, source=path.name)
        except ImportFailed as error:
            return ImportResult(path.name, "failed", message=str(error))
        parse = parsed.to_dict()
        if json_dir:
            out = json_dir / f"{path.stem}.json"
            out.write_text(json.dumps(parse, ensure_ascii=False, indent=2))
        return ImportResult(
            path.name,
            "parsed",
            blocks=len(parse["blocks"]),
            quotes=len(parse["quotes"]),
            discarded=len(parse["discarded"]),
        )

    def report(self, path: Path, result: ImportResult) -> None:
        if result.status == "failed":
            self.stderr.write(self.style.ERROR(f"{path}: failed: {result.message}"))
            return
        line = (
            f"{path}: {result.status} ({result.blocks} blocks, {result.quotes} quotes, "
            f"{result.discarded} discarded)"
        )
        if result.status == "unchanged":
            line = f"{path}: unchanged"
        if result.message:
            line += f": {result.message}"
        style = self.style.WARNING if result.status == "conflict" else self.style.SUCCESS
        self.stdout.write(style(line))
