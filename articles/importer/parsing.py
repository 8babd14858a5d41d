"""Seed file bytes to a parse, in this process or, for a long import, in worker processes.

No Django here, so that a worker process starts quickly and never touches the database.
"""

import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing import get_context

from articles.importer.topics import article_text, countries_named, titled_people
from articles.rendering import blocks_to_markdown, render_unlinked
from articles.seedparser import SeedParseError, decode_seed_bytes, parse_seed

MAX_BYTES = 2 * 1024 * 1024
# Below this many files a worker process costs more to start than it saves.
POOL_FROM = 20
PARENT_CHECK_SECONDS = 1


class ImportFailed(Exception):
    """A file that cannot be imported; the message names the problem."""


def parse_file(data: bytes, *, source: str):
    """Decode and parse a seed file, or raise ImportFailed saying what is wrong with it."""
    if len(data) > MAX_BYTES:
        raise ImportFailed(f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    try:
        return parse_seed(decode_seed_bytes(data), source=source)
    except SeedParseError as error:
        raise ImportFailed(str(error)) from error


def parse_to_dict(data: bytes, source: str) -> dict | ImportFailed:
    """The parse as the importer stores it, or the reason there is none (for a worker).

    Beside the parse's own keys (`to_dict()`), it holds what the saver derives from them
    without the database, so that a worker does that work too: the Markdown `body`, its
    rendering with the speakers' links still to fill in (`unlinked`), and the `countries` and
    titled `people` the text names (see `topics`).
    """
    try:
        parse = parse_file(data, source=source).to_dict()
    except ImportFailed as error:
        return error
    text = article_text(parse["blocks"])
    body = blocks_to_markdown(parse["blocks"])
    return {
        **parse,
        "body": body,
        "unlinked": render_unlinked(body),
        "countries": countries_named(text),
        "people": titled_people(text),
    }


def leave_with_parent(parent: int) -> None:
    """In a worker: exit once the importing process is gone.

    An importer killed outright (SIGKILL, the OOM killer) cannot tell its workers to stop, and
    they would wait for work forever.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


@contextmanager
def parse_pool(files: int) -> Iterator["ParsePool | None"]:
    """Worker processes to parse in while this one writes, or None when parsing here is better.

    One worker fewer than the machine has cores: the importing process and the database keep the
    rest busy. The workers start with the first file that needs parsing, so a re-import of
    unchanged files never waits for them.
    """
    workers = (os.cpu_count() or 1) - 1
    if files < POOL_FROM or workers < 1:
        yield None
        return
    pool = ParsePool(workers)
    try:
        yield pool
    finally:
        pool.shutdown()


class ParsePool:
    """A process pool started on first use. Workers are spawned, not forked, so that they never
    share the parent's database connection."""

    def __init__(self, workers: int):
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False

    def submit(self, data: bytes, source: str) -> Future | None:
        """The parse's future, or None when the workers cannot take it: parse it here."""
        if self._broken:
            return None
        try:
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    self.workers,
                    mp_context=get_context("spawn"),
                    initializer=leave_with_parent,
                    initargs=(os.getpid(),),
                )
            return self._executor.submit(parse_to_dict, data, source)
        except (BrokenProcessPool, OSError):
            # A worker died or none could start; the importer still has every file.
            self._broken = True
            return None

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
