"""The library API: text in, attributed quotes out (plain data, no database)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .attribution import RawAttribution, attribute
from .model import load_model
from .spans import find_quote_spans, paragraphs
from .speakers import SpeakerResolver

EXTRACTOR_VERSION = "0.1.0"


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

    def to_dict(self) -> dict:
        """Return the quote as JSON-ready plain data."""
        return asdict(self)


def quotes_from_doc(doc: Doc, include_non_speech: bool = False) -> list[Quote]:
    """Return the quotes of a parsed ``doc`` (scare quotes only when asked)."""
    text = doc.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    raw = attribute(doc, spans, paragraphs(text))
    quoted = [False] * len(doc)
    for r in raw:
        for t in doc.char_span(r.span.open_at, max(r.span.close_end, r.span.end), alignment_mode="expand") or []:
            quoted[t.i] = True
    resolver = SpeakerResolver(doc, quoted)
    history: list = []
    out: list[Quote] = []
    cache: dict[tuple[int, int], tuple] = {}
    for r in raw:
        key = (r.mention.start, r.mention.end) if r.mention is not None else None
        if key is not None and key in cache:
            resolved = cache[key]
        else:
            resolved = resolver.resolve(r.mention, history)
            if key is not None:
                cache[key] = resolved
        speaker, entity = resolved
        if entity is not None and r.mention is not None:
            history.append((r.mention.start_char, entity))
        if not r.speech and not include_non_speech:
            continue
        out.append(_to_quote(text, r, speaker))
    return out


def _to_quote(text: str, r: RawAttribution, speaker) -> Quote:
    mention = None
    if r.mention is not None:
        mention = Mention(r.mention.start_char, r.mention.end_char, r.mention.text)
    confidence = r.confidence if r.speech else 0.1
    return Quote(
        start=r.span.start,
        end=r.span.end,
        text=text[r.span.start:r.span.end],
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        speaker_mention=mention,
        role=speaker.role,
        cue=r.cue.text if r.cue is not None else None,
        method=r.method,
        confidence=confidence,
        paragraph=r.span.paragraph,
        speech=r.speech,
    )


# Longer texts are parsed paragraph-block by block: spaCy's max_length is
# 1,000,000 characters and its memory grows with the document.
CHUNK_CHARS = 100_000


def split_long_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Return ``(offset, chunk)`` pieces of at most ~``limit`` chars, cut between paragraphs."""
    if len(text) <= limit:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start + limit // 2, end)
            end = cut + 1 if cut > 0 else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _shift(q: Quote, offset: int, paragraph_base: int) -> Quote:
    if not offset:
        return q
    mention = q.speaker_mention
    if mention is not None:
        mention = Mention(mention.start + offset, mention.end + offset, mention.text)
    return replace(q, start=q.start + offset, end=q.end + offset, speaker_mention=mention,
                   paragraph=q.paragraph + paragraph_base)


def extract_quotes(text: str, nlp: Language | None = None, include_non_speech: bool = False) -> list[Quote]:
    """Return the direct quotes of ``text`` with canonical speakers."""
    return next(extract_many([text], nlp=nlp, include_non_speech=include_non_speech))


def extract_many(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 16,
                 n_process: int = 1, include_non_speech: bool = False) -> Iterator[list[Quote]]:
    """Yield the quotes of each text in ``texts``, in order, using ``nlp.pipe``."""
    nlp = nlp or load_model()
    pieces: list[tuple[int, int, int]] = []  # (text index, char offset, paragraph base)
    counts: list[int] = []

    def chunks() -> Iterator[str]:
        for index, text in enumerate(texts):
            text = text or ""
            parts = split_long_text(text)
            counts.append(len(parts))
            base = 0
            for offset, chunk in parts:
                pieces.append((index, offset, base))
                base += len(paragraphs(chunk))
                yield chunk

    current: list[Quote] = []
    done_parts = seen_of_current = 0
    for doc in nlp.pipe(chunks(), batch_size=batch_size, n_process=n_process):
        piece_index, offset, base = pieces[done_parts]
        done_parts += 1
        if doc.text.strip():
            current.extend(_shift(q, offset, base) for q in quotes_from_doc(doc, include_non_speech))
        seen_of_current += 1
        if seen_of_current == counts[piece_index]:
            yield current
            current, seen_of_current = [], 0
