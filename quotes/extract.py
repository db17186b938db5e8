"""The library API: text in, attributed quotes out (plain data, no database)."""
from __future__ import annotations

import bisect
import ctypes
import hashlib
import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from importlib import metadata, resources
from typing import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .article import ArticleModel
from .attribution import DEFAULT_SIEVES, RawAttribution, attribute
from .model import shared_model
from .parse import parse_texts
from .spans import find_quote_spans, paragraphs
from .speakers import DEFAULT_RESOLUTION_SIEVES, SpeakerResolver

EXTRACTOR_VERSION = "0.2.0"
# The modules and word lists whose content decides what is extracted.
_RULE_FILES = ("article.py", "attribution.py", "author.py", "cast.py", "collect.py", "extract.py", "fastpipes.py",
               "lexicon.py", "mentions.py", "model.py", "nameforms.py", "names.py", "parse.py", "speakers.py", "spans.py")
# Packages whose name data the rules read (lexicon.py): a new release changes genders.
_NAME_DATA_PACKAGES = ("names", "nomquamgender")


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A short hash of the extraction rules and word lists as installed."""
    root = resources.files("quotes")
    digest = hashlib.sha256()
    files = [root.joinpath(name) for name in _RULE_FILES]
    files += sorted((f for f in root.joinpath("data").iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    for f in files:
        digest.update(f.name.encode())
        digest.update(f.read_bytes())
    for package in _NAME_DATA_PACKAGES:
        digest.update(f"{package}=={_installed_version(package)}".encode())
    return digest.hexdigest()[:12]


def _installed_version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def extractor_identity(nlp: Language | None = None) -> str:
    """Version, rules fingerprint and spaCy model: an article stored by another identity
    is extracted again by ``quotes build``."""
    identity = f"{EXTRACTOR_VERSION}+{rules_fingerprint()}"
    if nlp is not None:
        meta = nlp.meta
        identity += f" {meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
    return identity


@dataclass(frozen=True)
class Mention:
    """Where the article names the speaker: the "he" or "Duda" next to the cue."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """One direct quote. ``text == article_text[start:end]`` (marks excluded)."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_kind: str | None
    speaker_mention: Mention | None
    role: str | None
    cue: str | None
    method: str
    confidence: float
    paragraph: int
    speech: bool = True
    resolution: str | None = None  # the rule that turned the mention into the speaker
    speaker_gender: str | None = None  # 'm'/'f' when the article tells; joins speakers across articles

    def to_dict(self) -> dict:
        """Return the quote as JSON-ready plain data."""
        return asdict(self)


def quotes_from_doc(doc: Doc, include_non_speech: bool = False, sieves: Sequence[str] = DEFAULT_SIEVES,
                    text: str | None = None, resolution_sieves: Sequence[str] = DEFAULT_RESOLUTION_SIEVES
                    ) -> list[Quote]:
    """Return the quotes of a parsed ``doc`` (scare quotes only when asked), attributed by
    the named ``sieves`` of :data:`quotes.attribution.SIEVES` and resolved by the named
    ``resolution_sieves`` of :data:`quotes.speakers.RESOLUTION_SIEVES`, each in that order.
    ``text`` is ``doc.text`` when the caller has it (rebuilding it from the tokens is not free)."""
    text = doc.text if text is None else text
    spans = find_quote_spans(text)
    if not spans:
        return []
    article = ArticleModel(doc, spans, text)
    raw = attribute(article, sieves)
    resolver = SpeakerResolver(article, tuple(resolution_sieves))
    history: list = []
    out: list[Quote] = []
    cache: dict[tuple[int, int], tuple] = {}
    for r in raw:
        key = (r.mention.start, r.mention.end) if r.mention is not None else None
        if key is not None and key in cache:
            resolved = cache[key]
        else:
            resolved = resolver.resolve(r.mention, history, r.cue, (r.span.start, r.span.end))
            if key is not None:
                cache[key] = resolved
        speaker, entity = resolved
        if entity is not None and r.mention is not None and r.method != "claim_owner":
            history.append((r.mention.start_char, entity))  # whose claim a clause quotes took no turn
        if not r.speech and not include_non_speech:
            continue
        out.append(_to_quote(article.text, r, speaker))
    return out


def _to_quote(text: str, r: RawAttribution, speaker) -> Quote:
    mention = None
    if r.mention is not None:
        mention = Mention(r.mention.start_char, r.mention.end_char, text[r.mention.start_char:r.mention.end_char])
    confidence = r.confidence if r.speech else 0.1
    return Quote(
        start=r.span.start,
        end=r.span.end,
        text=text[r.span.start:r.span.end],
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        speaker_mention=mention,
        role=speaker.role,
        cue=text[r.cue.idx:r.cue.idx + len(r.cue)] if r.cue is not None else None,
        method=r.method,
        confidence=confidence,
        paragraph=r.span.paragraph,
        speech=r.speech,
        resolution=speaker.rule,
        speaker_gender=speaker.gender,
    )


# Longer texts are parsed paragraph-block by block: spaCy's max_length is
# 1,000,000 characters and its memory grows with the document.
CHUNK_CHARS = 100_000
# Texts parsed and attributed together (a batch of news articles is well under this; a long
# text's chunks go a few at a time, so memory follows the chunk, not the text).
GROUP_CHARS = 200_000


def _by_size(pieces: list[tuple[int, int, int, str]], limit: int) -> Iterator[list[tuple[int, int, int, str]]]:
    """``pieces`` in consecutive groups of at most ``limit`` characters (or one piece)."""
    group, size = [], 0
    for piece in pieces:
        if group and size + len(piece[3]) > limit:
            yield group
            group, size = [], 0
        group.append(piece)
        size += len(piece[3])
    if group:
        yield group


def split_long_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Return ``(offset, chunk)`` pieces of at most ~``limit`` chars, cut between paragraphs,
    else after a sentence, else between words, and never inside a quotation."""
    if len(text) <= limit:
        return [(0, text)]
    quoted = sorted((q.open_at, q.close_end) for q in find_quote_spans(text))
    opens = [a for a, _ in quoted]
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            end = _cut(text, start + limit // 2, end, quoted, opens)
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _cut(text: str, lo: int, hi: int, quoted: list[tuple[int, int]], opens: list[int]) -> int:
    """The best place to cut ``text`` between ``lo`` and ``hi``: just after a newline, else a
    sentence end, else a space, outside every quotation; ``hi`` when there is none."""
    def inside(pos: int) -> bool:
        k = bisect.bisect_right(opens, pos) - 1
        return k >= 0 and pos < quoted[k][1]

    for mark in ("\n", ". ", "? ", "! ", " "):
        pos = hi
        while pos > lo:
            pos = text.rfind(mark, lo, pos)
            if pos < 0:
                break
            if not inside(pos):
                return pos + len(mark)
    return hi


def _shift(q: Quote, offset: int, paragraph_base: int) -> Quote:
    if not offset:
        return q
    mention = q.speaker_mention
    if mention is not None:
        mention = Mention(mention.start + offset, mention.end + offset, mention.text)
    return replace(q, start=q.start + offset, end=q.end + offset, speaker_mention=mention,
                   paragraph=q.paragraph + paragraph_base)


def extract_quotes(text: str, nlp: Language | None = None, include_non_speech: bool = False,
                   fast: bool = True) -> list[Quote]:
    """Return the direct quotes of ``text`` with canonical speakers."""
    return next(extract_many([text], nlp=nlp, include_non_speech=include_non_speech, fast=fast))


def extract_many(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 16,
                 n_process: int = 1, include_non_speech: bool = False, fast: bool = True) -> Iterator[list[Quote]]:
    """Yield the quotes of each text in ``texts``, in order (streaming, batched)."""
    with Extractor(nlp, n_process=n_process, batch_size=batch_size, include_non_speech=include_non_speech,
                   fast=fast) as extractor:
        yield from extractor.map(texts)


_WORKER: dict = {}


def _run_in_worker(texts: list[str]) -> list:
    return _WORKER["extractor"]._run_safe(texts)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _end_with_parent(parent: int) -> None:
    """Run first in each worker: the kernel stops the worker when the process that started
    it dies, so a build killed with SIGKILL leaves no workers waiting for work forever
    (Linux only; elsewhere nothing changes)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


class ExtractionError(Exception):
    """One text could not be processed; the rest of its batch was."""


class Extractor:
    """Extract quotes from many texts with one model, on one or more processes.

    ``fast`` parses only the paragraphs attribution needs (see :mod:`quotes.parse`);
    ``n_process`` > 1 forks workers that share the loaded model.
    """

    def __init__(self, nlp: Language | None = None, n_process: int = 1, batch_size: int = 16,
                 include_non_speech: bool = False, fast: bool = True):
        self.nlp = nlp or shared_model()
        self.n_process = max(1, n_process)
        self.batch_size = max(1, batch_size)
        self.include_non_speech = include_non_speech
        self.fast = fast
        self._pool = None

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _run(self, texts: list[str]) -> list[list[Quote]]:
        """Quotes of each text of one batch."""
        pieces: list[tuple[int, int, int, str]] = []  # (text index, offset, paragraph base, chunk)
        for index, text in enumerate(texts):
            base = 0
            for offset, chunk in split_long_text(text or ""):
                pieces.append((index, offset, base, chunk))
                base += len(paragraphs(chunk))
        results: list[list[Quote]] = [[] for _ in texts]
        for group in _by_size(pieces, GROUP_CHARS):  # only one group's Docs are alive at a time
            docs = parse_texts([p[3] for p in group], self.nlp, fast=self.fast, batch_size=self.batch_size)
            for (index, offset, base, chunk), doc in zip(group, docs):
                if chunk.strip():
                    results[index].extend(_shift(q, offset, base)
                                          for q in quotes_from_doc(doc, self.include_non_speech, text=chunk))
        return results

    def _run_safe(self, texts: list[str]) -> list:
        """Like :meth:`_run`, but a text that fails gives an ExtractionError in its place."""
        try:
            return self._run(texts)
        except Exception:  # noqa: BLE001 - find the text that fails, keep the others
            out: list = []
            for text in texts:
                try:
                    out.extend(self._run([text]))
                except Exception as exc:  # noqa: BLE001
                    out.append(ExtractionError(f"{type(exc).__name__}: {exc}"))
            return out

    def map(self, texts: Iterable[str], errors: bool = False) -> Iterator:
        """Yield the quotes of each text, in order; at most a few batches are in memory.

        With ``errors=True`` a text that fails yields an :class:`ExtractionError`
        instead of stopping the run.
        """
        for result in self._map(texts):
            if isinstance(result, ExtractionError) and not errors:
                raise result
            yield result

    def _map(self, texts: Iterable[str]) -> Iterator:
        batches = _batched(texts, self.batch_size)
        if self.n_process == 1:
            for batch in batches:
                yield from self._run_safe(batch)
            return
        pending: deque = deque()  # (batch, future), in order
        for batch in batches:
            pending.append((batch, self._submit(batch)))
            if len(pending) >= 2 * self.n_process:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _submit(self, batch: list[str]):
        if self._pool is None:
            _WORKER["extractor"] = self
            self._pool = ProcessPoolExecutor(self.n_process, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_end_with_parent, initargs=(os.getpid(),))
        return self._pool.submit(_run_in_worker, batch)

    def _collect(self, pending: deque) -> list:
        """The results of the oldest batch; when a worker died (out of memory, killed), a fresh
        pool takes every pending batch again and that batch is retried a text at a time."""
        batch, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            self._new_pool()
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, self._submit(other))
            return self._retry_alone(batch)

    def _new_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def _retry_alone(self, batch: list[str]) -> list:
        """Each text of a batch whose worker died, in a worker of its own, once more; a text
        that kills a worker again is named by an ExtractionError, the others go on."""
        out: list = []
        for text in batch:
            try:
                out.extend(self._submit([text]).result())
            except BrokenProcessPool:
                self._new_pool()
                out.append(ExtractionError("the worker process died on this text twice (out of memory?)"))
        return out


def _batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
