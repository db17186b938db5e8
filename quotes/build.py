"""Read articles, extract their quotes and store them, in streaming batches."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

import sqlite_utils
from spacy.language import Language

from .extract import EXTRACTOR_VERSION, Quote, extract_many
from .inputs import Article, InputProblem, read_inputs
from .store import article_id, article_status, save_article, table_counts, text_sha256


@dataclass
class BuildSummary:
    """What a build did; ``problems`` lists every input that was skipped."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    quotes: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return self.new + self.updated + self.unchanged


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _article_row(article: Article) -> dict:
    return {"text": article.text, "path": article.path, "title": article.title, "url": article.url,
            "source": article.source, "published": article.published, "id": article.id}


def _extract_batch(articles: list[Article], nlp: Language, n_process: int,
                   summary: BuildSummary) -> Iterator[tuple[Article, list[Quote]]]:
    """Extract a batch; if the batch fails, retry one by one so one bad article is skipped."""
    try:
        results = list(extract_many([a.text for a in articles], nlp=nlp, n_process=n_process))
    except Exception:  # noqa: BLE001 - isolate the article that fails
        results = None
    if results is not None:
        yield from zip(articles, results)
        return
    for article in articles:
        try:
            yield article, next(extract_many([article.text], nlp=nlp))
        except Exception as exc:  # noqa: BLE001 - report it, go on with the batch
            summary.problems.append(InputProblem(article.path, f"extraction failed: {type(exc).__name__}: {exc}"))


def build_database(db: sqlite_utils.Database, paths: Iterable[str], nlp: Language, batch_size: int = 32,
                   n_process: int = 1, on_item: Callable[[Article | InputProblem], None] | None = None,
                   force: bool = False) -> BuildSummary:
    """Extract quotes from every article under ``paths`` into ``db``; return a summary.

    Articles already stored with the same text and extractor version are not
    extracted again; bad inputs are recorded in the summary and skipped.
    """
    summary = BuildSummary()

    def items() -> Iterator[Article]:
        for item in read_inputs(paths):
            if on_item is not None:
                on_item(item)
            if isinstance(item, InputProblem):
                summary.problems.append(item)
                continue
            summary.warnings.extend(f"{item.path}: {w}" for w in item.warnings)
            if not force and article_status(db, article_id(item.text, item.url, item.id),
                                            text_sha256(item.text), EXTRACTOR_VERSION) == "unchanged":
                summary.unchanged += 1
                continue
            yield item

    for batch in _batches(items(), batch_size):
        for article, quotes in _extract_batch(batch, nlp, n_process, summary):
            try:
                stored = save_article(db, _article_row(article), [q.to_dict() for q in quotes],
                                      EXTRACTOR_VERSION, force=force)
            except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
                summary.problems.append(InputProblem(article.path, f"could not store: {exc}"))
                continue
            setattr(summary, stored.status, getattr(summary, stored.status) + 1)
            summary.quotes += stored.quotes
    summary.counts = table_counts(db)
    return summary
