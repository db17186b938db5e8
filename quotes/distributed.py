"""Build a quotes database on a Dask cluster: partitions of the inputs are read and
extracted on the workers, and the single client that owns the SQLite file stores the
results article by article, as a local build does.

A partition names files (or a line range of a big .jsonl file), never their bytes: the
workers read them from storage they share with the client.  Each worker loads the
spaCy model once (the process's :func:`quotes.model.shared_model`), not once per task.
The client sends each partition the ids and text hashes already stored for its files,
so a re-run after an interruption extracts only what is not stored yet; every article is
stored in one transaction, so a killed worker (whose partition Dask runs again) or a
killed client never leaves half an article.  Needs ``dask[distributed]`` (``pip install
'quotes[dask]'``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .inputs import (MAX_ARTICLE_CHARS, Article, Fields, InputProblem, expand_paths, read_inputs,
                     read_jsonl_range, within_size)

PARTITION_BYTES = 256 * 1024  # input one task reads and extracts: ~50 news articles, a few seconds of work
PARTITION_FILES = 64
IN_FLIGHT_PER_WORKER = 3  # partitions queued per worker: enough to keep it busy, memory flat on the client


@dataclass(frozen=True)
class Partition:
    """Inputs one task reads: whole files, or lines of one .jsonl file from byte ``start``
    (line ``first_line``) to byte ``end``; ``articles`` for inputs only the client can read
    (stdin, URLs, feeds)."""
    files: tuple[str, ...] = ()
    jsonl: tuple[str, int, int, int] | None = None
    articles: tuple = ()

    def paths(self) -> list[str]:
        return list(self.files) + ([self.jsonl[0]] if self.jsonl else []) + [a.path for a in self.articles]


@dataclass
class TaskResult:
    """What one partition gave: stored-article records, problems, and how many were unchanged."""
    records: list[dict] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0


def partitions(paths: Iterable[str], fields: Fields = Fields(), fetcher=None,
               size: int | None = None) -> Iterator[Partition | InputProblem]:
    """The inputs under ``paths`` in partitions of about ``size`` bytes (default
    PARTITION_BYTES; streamed: the client holds only the partition being filled)."""
    size = size or PARTITION_BYTES
    files: list[str] = []
    total = 0
    for item in expand_paths(paths):
        if isinstance(item, InputProblem):
            yield item
            continue
        if item == "-" or item.startswith(("http://", "https://", "feed:")) or item.lower().endswith(".urls"):
            yield Partition(articles=tuple(read_inputs([item], fields, fetcher)))
            continue
        nbytes = _size(item)
        if item.lower().endswith(".jsonl") and nbytes > size:
            yield from _jsonl_parts(item, size)
            continue
        if files and (total + nbytes > size or len(files) >= PARTITION_FILES):
            yield Partition(files=tuple(files))
            files, total = [], 0
        files.append(item)
        total += nbytes
    if files:
        yield Partition(files=tuple(files))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _jsonl_parts(path: str, size: int) -> Iterator[Partition]:
    """Line ranges of a big .jsonl file; the client counts lines (so each record keeps the
    ``path:line`` name a local build gives it) but sends no bytes."""
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 lines cannot be split by bytes
            yield Partition(files=(path,))
            return
        fh.seek(0)
        start, first, pos, line = 0, 1, 0, 1
        for raw in fh:
            pos += len(raw)
            line += 1
            if pos - start >= size:
                yield Partition(jsonl=(path, start, pos, first))
                start, first = pos, line
        if pos > start:
            yield Partition(jsonl=(path, start, pos, first))


def partition_items(part: Partition, fields: Fields, max_chars: int) -> Iterator[Article | InputProblem]:
    """The articles (or problems) of one partition, read where the task runs."""
    if part.files:
        yield from read_inputs(part.files, fields, max_chars=max_chars)
    if part.jsonl:
        path, start, end, first = part.jsonl
        yield from within_size(read_jsonl_range(path, start, end, first, fields), max_chars)
    yield from part.articles


def extract_partition(part: Partition, stored: dict[str, str], fields: Fields = Fields(),
                      max_chars: int = MAX_ARTICLE_CHARS, batch_size: int = 16, fast: bool = True) -> TaskResult:
    """Run on a worker: read the partition, skip articles ``stored`` (id -> text hash) already
    holds with the same text, extract the others; plain data only."""
    from .build import _article_row
    from .extract import ExtractionError, Extractor
    from .model import shared_model
    from .store import article_id, text_sha256

    result = TaskResult()
    todo: list[Article] = []
    for item in partition_items(part, fields, max_chars):
        if isinstance(item, InputProblem):
            result.problems.append((item.path, item.reason))
        elif stored.get(article_id(item.text, item.url, item.id)) == text_sha256(item.text):
            result.unchanged += 1
        else:
            todo.append(item)
    with Extractor(shared_model(), batch_size=batch_size, fast=fast) as extractor:
        for article, quotes in zip(todo, extractor.map((a.text for a in todo), errors=True)):
            if isinstance(quotes, ExtractionError):
                result.problems.append((article.path, f"extraction failed: {quotes}"))
            else:
                result.records.append({"row": _article_row(article), "quotes": [q.to_dict() for q in quotes],
                                       "warnings": [f"{article.path}: {w}" for w in article.warnings]})
    return result


def worker_identity() -> str:
    """The extractor identity of a worker (its code, word lists and model)."""
    from .extract import extractor_identity
    from .model import shared_model

    return extractor_identity(shared_model())


def connect(address: str):
    """A Dask client: ``local`` / ``local:N`` starts a LocalCluster of N worker processes
    (default: one per core, one thread each: spaCy is not shared across threads), anything
    else is a scheduler address."""
    from distributed import Client, LocalCluster

    if address == "local" or address.startswith("local:"):
        n = int(address.split(":", 1)[1]) if ":" in address else (os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0")
        return Client(cluster)
    return Client(address)


def run(client, parts: Iterable[Partition | InputProblem], stored_for: Callable[[Partition], dict[str, str]],
        on_result: Callable[[Partition, TaskResult | Exception], None], fields: Fields = Fields(),
        max_chars: int = MAX_ARTICLE_CHARS, batch_size: int = 16, fast: bool = True,
        on_problem: Callable[[InputProblem], None] = lambda p: None) -> None:
    """Submit the partitions to ``client``, a few per worker at a time, and hand each result
    (or the exception that ended its task) to ``on_result`` as it completes."""
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    done = as_completed()
    pending: dict = {}
    queue = iter(parts)

    def submit_next() -> bool:
        for part in queue:
            if isinstance(part, InputProblem):
                on_problem(part)
                continue
            future = client.submit(extract_partition, part, stored_for(part), fields, max_chars, batch_size, fast,
                                   pure=False)
            pending[future] = part
            done.add(future)
            return True
        return False

    while len(pending) < IN_FLIGHT_PER_WORKER * workers and submit_next():
        pass
    for future in done:
        part = pending.pop(future)
        try:
            on_result(part, future.result())
        except Exception as exc:  # noqa: BLE001 - a partition Dask gave up on is named, the rest goes on
            on_result(part, exc)
        future.release()
        submit_next()
