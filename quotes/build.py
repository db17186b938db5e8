"""Read articles, extract their quotes and store them, in streaming batches."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import sqlite_utils
from spacy.language import Language

from .extract import ExtractionError, Extractor, extractor_identity
from .inputs import MAX_ARTICLE_CHARS, Article, Fields, InputProblem, read_inputs
from .store import (article_id, article_status, join_speakers, link_quotations, prune_missing, save_article,
                    table_counts, text_sha256)


@dataclass
class BuildSummary:
    """What a build did; ``problems`` lists every input that was skipped."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    quotes: int = 0
    joined: int = 0  # quotes whose speaker was joined to one named in another article
    pruned: list[str] = field(default_factory=list)  # articles removed because their files are gone
    problems: list[InputProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return self.new + self.updated + self.unchanged


def _problem(summary: BuildSummary, on_item, problem: InputProblem) -> None:
    """Record a problem found after reading, and tell the caller (who names it to the user)."""
    summary.problems.append(problem)
    if on_item is not None:
        on_item(problem)


def _article_row(article: Article) -> dict:
    # A file name that is not valid UTF-8 (kept by Python as surrogate escapes) is stored readably.
    path = article.path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return {"text": article.text, "path": path, "title": article.title, "url": article.url,
            "source": article.source, "published": article.published, "id": article.id,
            "author": article.author, "language": article.language}


def build_database(db: sqlite_utils.Database, paths: Iterable[str], nlp: Language, batch_size: int = 16,
                   n_process: int = 1, on_item: Callable[[Article | InputProblem], None] | None = None,
                   force: bool = False, fast: bool = True, fields: Fields = Fields(), fetcher=None,
                   prune: bool = False, max_chars: int = MAX_ARTICLE_CHARS) -> BuildSummary:
    """Extract quotes from every article under ``paths`` into ``db``; return a summary.

    Articles already stored with the same text by the same extractor (version,
    rules fingerprint, model) are not extracted again; bad inputs are recorded
    in the summary and skipped.
    """
    paths = list(paths)  # read twice: once for articles, once for --prune
    summary = BuildSummary()
    identity = extractor_identity(nlp)

    def items() -> Iterator[Article]:
        for item in read_inputs(paths, fields, fetcher, max_chars=max_chars):
            if on_item is not None:
                on_item(item)
            if isinstance(item, InputProblem):
                summary.problems.append(item)
                continue
            summary.warnings.extend(f"{item.path}: {w}" for w in item.warnings)
            if not force and article_status(db, article_id(item.text, item.url, item.id),
                                            text_sha256(item.text), identity) == "unchanged":
                summary.unchanged += 1
                continue
            yield item

    pending: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for article in items():
            pending.append(article)
            yield article.text

    with Extractor(nlp, n_process=n_process, batch_size=batch_size, fast=fast) as extractor:
        for quotes in extractor.map(texts(), errors=True):
            article = pending.popleft()
            if isinstance(quotes, ExtractionError):
                _problem(summary, on_item, InputProblem(article.path, f"extraction failed: {quotes}"))
                continue
            _store_record(db, summary, on_item, {"row": _article_row(article), "quotes": [q.to_dict() for q in quotes],
                                                 "warnings": []}, identity, force)
    return _finish(db, summary, paths, prune)


def _finish(db: sqlite_utils.Database, summary: BuildSummary, paths: list, prune: bool) -> BuildSummary:
    """After storing: remove what --prune says is gone, join speakers across articles, link quotations."""
    if prune:
        summary.pruned = prune_missing(db, [str(p) for p in paths])
    if summary.new or summary.updated or summary.pruned:
        summary.joined = join_speakers(db)
        link_quotations(db)
    summary.counts = table_counts(db)
    return summary


def build_database_dask(db: sqlite_utils.Database, paths: Iterable[str], client, batch_size: int = 16,
                        on_item: Callable[[Article | InputProblem], None] | None = None,
                        on_partition: Callable[[int], None] | None = None, force: bool = False,
                        fast: bool = True, fields: Fields = Fields(), fetcher=None, prune: bool = False,
                        max_chars: int = MAX_ARTICLE_CHARS) -> BuildSummary:
    """Like :func:`build_database`, with extraction on the workers of a Dask ``client``
    (:mod:`quotes.distributed`); this process alone writes ``db``, article by article."""
    from . import distributed

    paths = list(paths)
    summary = BuildSummary()
    identity = client.submit(distributed.worker_identity, pure=False).result()

    def stored_for(part: distributed.Partition) -> dict[str, str]:
        return {} if force else stored_texts(db, part, identity)

    def on_result(part: distributed.Partition, result) -> None:
        if isinstance(result, Exception):
            for path in part.paths():
                _problem(summary, on_item, InputProblem(path, f"worker failed: {type(result).__name__}: {result}"))
            return
        for path, reason in result.problems:
            _problem(summary, on_item, InputProblem(path, reason))
        summary.unchanged += result.unchanged
        for record in result.records:
            _store_record(db, summary, on_item, record, identity, force)
        if on_partition is not None:
            on_partition(len(part.files) + (1 if part.jsonl and part.jsonl[1] == 0 else 0) + len(part.articles))

    distributed.run(client, distributed.partitions(paths, fields, fetcher), stored_for, on_result, fields,
                    max_chars, batch_size, fast, on_problem=lambda p: _problem(summary, on_item, p))
    return _finish(db, summary, paths, prune)


def stored_texts(db: sqlite_utils.Database, part, identity: str) -> dict[str, str]:
    """Ids and text hashes of the articles ``db`` holds from a partition's inputs, extracted
    by ``identity``: what its task need not extract again."""
    out: dict[str, str] = {}
    names = list(part.files) + ([part.jsonl[0]] if part.jsonl else [])
    for name in names:
        out.update(db.execute("SELECT id, sha256 FROM articles WHERE extractor_version = ? AND "
                              "(path = ? OR (path >= ? AND path < ?))", [identity, name, name + ":", name + ";"]))
    ids = [article_id(a.text, a.url, a.id) for a in part.articles]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(db.execute(f"SELECT id, sha256 FROM articles WHERE extractor_version = ? AND id IN "
                              f"({','.join('?' * len(chunk))})", [identity, *chunk]))
    return out


def _store_record(db, summary: BuildSummary, on_item, record: dict, identity: str, force: bool) -> None:
    summary.warnings.extend(record["warnings"])
    try:
        stored = save_article(db, record["row"], record["quotes"], identity, force=force)
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
        _problem(summary, on_item, InputProblem(record["row"]["path"], f"could not store: {exc}"))
        return
    setattr(summary, stored.status, getattr(summary, stored.status) + 1)
    summary.quotes += stored.quotes
