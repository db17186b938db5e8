"""Parse articles with spaCy, running the parser only where attribution needs it.

Attribution reads the dependency parse of paragraphs that hold quote marks
(and of a paragraph that leads into a quote with a colon).  Everywhere else
it only needs names, so those paragraphs get the entity recogniser alone.
The pieces are joined back into one ``Doc`` whose text is the article's.
"""
from __future__ import annotations

from typing import Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from .spans import find_quote_spans, paragraphs


def plan_segments(text: str) -> list[tuple[int, int, bool]]:
    """Return contiguous ``(start, end, needs_parse)`` pieces covering ``text``."""
    paras = paragraphs(text)
    if len(paras) <= 1:
        return [(0, len(text), True)]
    quoted = {q.paragraph for q in find_quote_spans(text)}
    needs = [i in quoted for i in range(len(paras))]
    for i in sorted(quoted):
        if i > 0 and text[paras[i - 1][1] - 1] == ":":
            needs[i - 1] = True  # a colon lead-in
    bounds = [0] + [p[0] for p in paras[1:]] + [len(text)]
    segments: list[tuple[int, int, bool]] = []
    for i in range(len(paras)):
        start, end = bounds[i], bounds[i + 1]
        if segments and segments[-1][2] == needs[i]:
            segments[-1] = (segments[-1][0], end, needs[i])
        else:
            segments.append((start, end, needs[i]))
    return segments


def _names_only_pipes(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name != "ner"]


def parse_texts(texts: list[str], nlp: Language, fast: bool = True, batch_size: int = 16) -> list[Doc]:
    """Return one ``Doc`` per text (same text, same offsets)."""
    if not fast:
        return list(nlp.pipe(texts, batch_size=batch_size))
    plans = [plan_segments(t) for t in texts]
    full = [t[s:e] for t, plan in zip(texts, plans) for s, e, parse in plan if parse]
    light = [t[s:e] for t, plan in zip(texts, plans) for s, e, parse in plan if not parse]
    full_docs: Iterator[Doc] = iter(nlp.pipe(full, batch_size=batch_size))
    light_docs: Iterator[Doc] = iter(nlp.pipe(light, batch_size=batch_size, disable=_names_only_pipes(nlp)))
    out = []
    for plan in plans:
        parts = [next(full_docs) if parse else next(light_docs) for _, _, parse in plan]
        if len(parts) == 1:
            out.append(parts[0])
            continue
        for part, (_, _, parse) in zip(parts, plan):
            part.tensor = numpy.zeros((len(part), 0), dtype="float32")
            if not parse and len(part):
                part[0].is_sent_start = True
        out.append(Doc.from_docs(parts, ensure_whitespace=False))
    return out
