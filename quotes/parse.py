"""Parse articles with spaCy, running each component only where attribution needs it.

Attribution reads the dependency parse of paragraphs that hold quote marks
(and of a paragraph that leads into a quote with a colon): those get the full
pipeline, but the entity recogniser (half its cost) reads them with the words
of their longer quotations left out, and inside those quotations the names the
article writes elsewhere are marked.  Names elsewhere matter only where they
can be a speaker's full name, role or antecedent: the headline and standfirst,
the paragraph before a quote, and paragraphs that mention a proper noun seen
in a quote paragraph.  Those get the entity recogniser alone; the rest is only
tokenized.  The pieces are joined back into one ``Doc`` with the article's
exact text, so every offset is unchanged.
"""
from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import IDX, LENGTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from .lexicon import first_name_gender
from .spans import find_quote_spans, paragraphs

FULL, NAMES, TOKENS, RAW = "full", "names", "tokens", "raw"
# spaCy's tokenizer takes quadratic time on a long run of characters without a space
# (8,000 quote marks: seconds; 300 KB: hours). A paragraph with a run this long is never
# given to it: it is cut into plain pieces of RUN_PIECE characters, offsets unchanged.
LONGEST_RUN, RUN_PIECE = 1000, 50
_LONG_RUN_RE = re.compile(r"\S{%d,}" % LONGEST_RUN)
# spaCy's memory grows with the text it is given at once (a 100,000-character run of quote
# paragraphs: ~800 MB), so no piece given to it is longer than this: runs of paragraphs are
# split between paragraphs, a longer paragraph after a sentence outside any quotation.
SEGMENT_CHARS = 10_000
BATCH_CHARS = 40_000
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s+")


def _paragraph_bounds(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(paragraphs, contiguous pieces covering the text, one per paragraph)."""
    paras = paragraphs(text)
    if not paras:
        return [], [(0, len(text))]
    starts = [0] + [p[0] for p in paras[1:]]
    return paras, list(zip(starts, starts[1:] + [len(text)]))


def parse_needs(text: str, paras: list[tuple[int, int]]) -> list[bool]:
    """Which paragraphs need the dependency parse: quote paragraphs and colon lead-ins."""
    quoted = {q.paragraph for q in find_quote_spans(text)}
    needs = [i in quoted for i in range(len(paras))]
    for i in sorted(quoted):
        if i > 0 and text[paras[i - 1][1] - 1] == ":":
            needs[i - 1] = True
    return needs


def _merge(pieces: list[tuple[int, int]], kinds: list[str], text: str = "") -> list[tuple[int, int, str]]:
    """Runs of pieces of one kind as (start, end, kind), none longer than SEGMENT_CHARS
    unless one sentence or quotation is."""
    segments: list[tuple[int, int, str]] = []
    for (start, end), kind in zip(pieces, kinds):
        if segments and segments[-1][2] == kind and end - segments[-1][0] <= SEGMENT_CHARS:
            segments[-1] = (segments[-1][0], end, kind)
        else:
            segments.append((start, end, kind))
    if text and any(end - start > SEGMENT_CHARS and kind in (FULL, NAMES) for start, end, kind in segments):
        segments = [part for seg in segments for part in _split_segment(text, seg)]
    return segments


def _split_segment(text: str, segment: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """``segment`` cut after sentence ends into parts of at most about SEGMENT_CHARS, never
    inside a quotation short enough to fit in one part."""
    start, end, kind = segment
    if end - start <= SEGMENT_CHARS or kind not in (FULL, NAMES):
        return [segment]
    quoted = sorted((start + q.open_at, start + q.close_end) for q in find_quote_spans(text[start:end])
                    if q.close_end - q.open_at <= SEGMENT_CHARS)
    opens = [a for a, _ in quoted]

    def outside(pos: int) -> bool:
        k = bisect.bisect_right(opens, pos) - 1
        return k < 0 or pos >= quoted[k][1]
    cuts = [m.end() for m in _SENTENCE_END_RE.finditer(text, start, end) if outside(m.start())]
    parts, last, prev = [], start, start
    for cut in cuts + [end]:
        if cut - last > SEGMENT_CHARS and prev > last:
            parts.append((last, prev, kind))
            last = prev
        prev = cut
    parts.append((last, end, kind))
    return parts


def _names_only_pipes(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name != "ner"]


# a curly apostrophe after a name's one-letter prefix: 'D’Souza', 'O’Brien' (not 'don’t', 'CHINA’S')
_NAME_APOSTROPHE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_])’(?=[A-Z][a-z])")


def parse_form(text: str) -> str:
    """``text`` as the model reads it: the same length and offsets, a curly apostrophe
    inside a name made straight (the tagger knows 'Dinesh D'Souza' as a name, not
    'Dinesh D’Souza')."""
    return _NAME_APOSTROPHE_RE.sub(r"\1'", text) if "’" in text else text


def parse_texts(texts: list[str], nlp: Language, fast: bool = True, batch_size: int = 16) -> list[Doc]:
    """Return one ``Doc`` per text (the same offsets; the text in :func:`parse_form`)."""
    texts = [parse_form(t) for t in texts]
    if not fast:
        return list(nlp.pipe(texts, batch_size=batch_size))
    layouts = [_paragraph_bounds(t) for t in texts]
    raw = [[_pathological(t, start, end) for start, end in pieces] for t, (_, pieces) in zip(texts, layouts)]
    needs = [[n and not r for n, r in zip(parse_needs(t, paras) if len(paras) > 1 else [True] * len(pieces), rows)]
             for t, (paras, pieces), rows in zip(texts, layouts, raw)]
    # Stage 1: the full pipeline on the paragraphs attribution reads.
    stage1 = [_merge(pieces, [FULL if n else "-" for n in need], t)
              for t, (_, pieces), need in zip(texts, layouts, needs)]
    full_texts = [t[s:e] for t, segs in zip(texts, stage1) for s, e, k in segs if k == FULL]
    full_docs = iter(_parse_pieces(full_texts, nlp, _piece_batch(full_texts, len(texts), batch_size)))
    parsed: list[dict[int, Doc]] = []
    hidden: list[list[tuple[int, int]]] = []  # per text, the quotations the recogniser did not read
    for segs in stage1:
        piece_docs = {s: next(full_docs) for s, _, k in segs if k == FULL}
        parsed.append({s: doc for s, (doc, _) in piece_docs.items()})
        hidden.append([(s + a, s + b) for s, (_, gaps) in piece_docs.items() for a, b in gaps])
    # Stage 2: names where they can matter, tokens elsewhere.
    plans = [_merge(pieces, _piece_kinds(t, pieces, need, docs, rows), t)
             for t, (_, pieces), need, docs, rows in zip(texts, layouts, needs, parsed, raw)]
    name_texts = [t[s:e] for t, plan in zip(texts, plans) for s, e, k in plan if k == NAMES]
    name_docs = iter(list(nlp.pipe(name_texts, batch_size=_piece_batch(name_texts, len(texts), batch_size),
                                   disable=_names_only_pipes(nlp))))
    out = []
    for t, plan, full_by_start, gaps in zip(texts, plans, parsed, hidden):
        parts: list[Doc] = []
        kinds: list[str] = []
        for s, e, k in plan:
            if k == FULL:
                parts.append(full_by_start[s])
            elif k == NAMES:
                parts.append(next(name_docs))
            elif k == RAW:
                parts.append(_raw_doc(nlp, t[s:e]))
            else:
                parts.append(nlp.make_doc(t[s:e]))
            kinds.append(k)
        out.append(_with_known_names_in(_join(parts, kinds, [s for s, _, _ in plan], t), gaps))
    return out


def _parse_pieces(pieces: list[str], nlp: Language, batch_size: int) -> list[tuple[Doc, list[tuple[int, int]]]]:
    """(Doc, the quotations hidden from the recogniser) for each of ``pieces``: every pipe runs
    on the piece, but the entity recogniser reads it with the words of its longer quotations
    left out (see :func:`_without_quotations`)."""
    if "ner" not in nlp.pipe_names:
        return [(doc, []) for doc in nlp.pipe(pieces, batch_size=batch_size)]
    docs = list(nlp.pipe(pieces, batch_size=batch_size, disable=["ner"]))
    shortened = [_without_quotations(piece) for piece in pieces]
    named = nlp.pipe([short for short, _ in shortened], batch_size=batch_size, disable=_names_only_pipes(nlp))
    out = []
    for doc, ner_doc, (_, kept) in zip(docs, named, shortened):
        _copy_entities(ner_doc, doc, kept)
        out.append((doc, [(a + n, b) for (a, _, n), (b, _, _) in zip(kept, kept[1:])]))
    return out


# Who is quoted is named outside the quotation, and the entity recogniser costs about half of
# the pipeline, while quotations hold about half of the words of the paragraphs parsed.  So the
# recogniser is not given the words of a quotation this long: its marks and a placeholder stay,
# so the words around it keep their context.
HIDDEN_QUOTE_WORDS = 5
_PLACEHOLDER = "..."


def _without_quotations(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """(``text`` with the words of each quotation of HIDDEN_QUOTE_WORDS words or more replaced by
    a placeholder, its closing comma or stop kept; the parts kept, as (offset in ``text``,
    offset in the result, length))."""
    parts: list[str] = []
    kept: list[tuple[int, int, int]] = []
    pos = out = 0
    for q in find_quote_spans(text):
        inner = text[q.start:q.end]
        if q.start < pos or len(inner.split()) < HIDDEN_QUOTE_WORDS:
            continue
        parts += [text[pos:q.start], _PLACEHOLDER]
        kept.append((pos, out, q.start - pos))
        out += q.start - pos + len(_PLACEHOLDER)
        pos = q.start + len(inner.rstrip(",.?!;:"))
    parts.append(text[pos:])
    kept.append((pos, out, len(text) - pos))
    return "".join(parts), kept


def _copy_entities(source: Doc, target: Doc, kept: list[tuple[int, int, int]]) -> None:
    """Set ``target``'s entities to those of ``source`` (its text shortened by
    :func:`_without_quotations`) that lie in a kept part, at their offsets in ``target``."""
    starts = [at for _, at, _ in kept]
    ents = []
    for ent in source.ents:
        k = bisect.bisect_right(starts, ent.start_char) - 1
        origin, at, length = kept[k]
        if ent.end_char <= at + length:
            span = target.char_span(origin + ent.start_char - at, origin + ent.end_char - at, label=ent.label_)
            if span is not None:
                ents.append(span)
    target.ents = ents


_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def _with_known_names_in(doc: Doc, hidden: list[tuple[int, int]]) -> Doc:
    """``doc`` with entities in the quotations hidden from the recogniser where the article names
    them elsewhere (who is talked about in a quote is no candidate for 'he said'): a run of
    proper nouns each of which is a word of a person's name or a given name, ending in a word of
    a person's name ('Secretary Clinton' -> 'Clinton' and 'Donald' when 'Donald Trump' is named,
    'Pete King' when 'King' is), and any other name written as elsewhere."""
    if not hidden:
        return doc
    ents = list(doc.ents)
    person_words = {t.text for e in ents if e.label_ == "PERSON" for t in e}
    others = {tuple(t.text for t in e): e.label_ for e in ents if e.label_ in _NAME_LABELS}
    longest = max(map(len, others), default=0)
    found = []
    for start, end in hidden:
        region = doc.char_span(start, end, alignment_mode="contract")
        i, stop = (region.start, region.end) if region is not None else (0, 0)
        while i < stop:
            n, label = _known_name_at(doc, i, stop, person_words, others, longest)
            if n:
                found.append(Span(doc, i, i + n, label=label))
            i += max(n, 1)
    if found:
        doc.ents = sorted(ents + found, key=lambda e: e.start)
    return doc


def _known_name_at(doc: Doc, i: int, stop: int, person_words: set[str], others: dict[tuple, str],
                   longest: int) -> tuple[int, str]:
    """(length, label) of the name the article knows that starts at token ``i`` (before
    ``stop``), else (0, ''): another name of two words or more, or of one word that no person's
    name has, else a person's (see :func:`_with_known_names_in`)."""
    words = [t.text for t in doc[i:min(stop, i + max(longest, 1))]]
    other = next((n for n in range(len(words), 0, -1) if tuple(words[:n]) in others), 0) if words[0][:1].isupper() else 0
    if other > 1 or other == 1 and words[0] not in person_words:
        return other, others[tuple(words[:other])]
    n = 0
    while i + n < stop and doc[i + n].tag_ in ("NNP", "NNPS") and (
            doc[i + n].text in person_words or first_name_gender(doc[i + n].text)):
        n += 1
    while n and doc[i + n - 1].text not in person_words:
        n -= 1  # a given name alone is no one the article names
    return (n, "PERSON") if n else (other, others[tuple(words[:other])] if other else "")


# 'A former minister said nurses were “overpaid.” ¶ Dame Alice Wren, 61, ...': the paragraph after a
# quote in the lede may name who the lede left unnamed
LEDE_PARAGRAPHS = 4


def _piece_kinds(text: str, pieces: list[tuple[int, int]], need: list[bool], docs: dict[int, Doc],
                 raw: list[bool]) -> list[str]:
    """What each paragraph gets: the full pipeline where attribution reads it, the entity
    recogniser where a name can matter (headline and standfirst, before a quote, after one in
    the lede, a proper noun seen in a parsed paragraph), plain pieces for pathological runs,
    tokens elsewhere."""
    proper = {tok.text for d in docs.values() for tok in d
              if tok.pos_ == "PROPN" and len(tok.text) > 1 and tok.text[:1].isupper()}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(proper))) + r")\b") if proper else None
    kinds = []
    for i, (start, end) in enumerate(pieces):
        if raw[i]:
            kinds.append(RAW)
        elif need[i]:
            kinds.append(FULL)
        elif i <= 1 or (i + 1 < len(need) and need[i + 1]) or (pattern and pattern.search(text, start, end)) \
                or _quote_only(text, pieces[i - 1]) or i <= LEDE_PARAGRAPHS and need[i - 1]:
            kinds.append(NAMES)
        else:
            kinds.append(TOKENS)
    return kinds


_OPENING_MARKS, _CLOSING_MARKS = "“\"‘'«", "”\"’'»"


def _quote_only(text: str, piece: tuple[int, int]) -> bool:
    """A paragraph that is only a quotation: the next one may name who said it."""
    words = text[piece[0]:piece[1]].strip()
    return len(words) > 2 and words[0] in _OPENING_MARKS and words[-1] in _CLOSING_MARKS


def _piece_batch(pieces: list[str], texts: int, batch_size: int) -> int:
    """Pieces per spaCy batch: as many as ``batch_size`` whole articles hold, so that
    paragraphs are batched like the articles a bare ``nlp.pipe`` would batch, and no more
    than BATCH_CHARS of text (spaCy's memory grows with the text in a batch)."""
    by_articles = max(batch_size, -(-len(pieces) * batch_size // max(1, texts)))
    chars = sum(map(len, pieces))
    return max(1, min(by_articles, len(pieces) * BATCH_CHARS // max(1, chars)))


def _pathological(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a run without spaces too long for the tokenizer."""
    return _LONG_RUN_RE.search(text, start, end) is not None


def _raw_doc(nlp: Language, text: str) -> Doc:
    """A Doc of ``text`` made without the tokenizer: pieces of at most RUN_PIECE characters."""
    words = re.findall(r"\S{1,%d}|\s+" % RUN_PIECE, text)
    return Doc(nlp.vocab, words=words, spaces=[False] * len(words))


def _join(parts: list[Doc], kinds: list[str], starts: list[int], text: str) -> Doc:
    """One ``Doc`` of ``text`` from the consecutive pieces, starting at ``starts``, that cover it, with every
    annotation of each piece.  ``Doc.from_docs`` would do the same, but it reads every
    token's text and space through a Python object (close to a tenth of the fast path's time); the
    words here are cut from ``text`` by each token's offset and length."""
    if len(parts) == 1:
        return parts[0]
    for part, kind in zip(parts, kinds):
        if kind != FULL and len(part):
            part[0].is_sent_start = True
    attrs = list(Doc._get_array_attrs())  # (LENGTH among them)
    arrays = [(start, part.to_array(attrs + [IDX])) for start, part in zip(starts, parts) if len(part)]
    joined = numpy.concatenate([a for _, a in arrays]) if arrays else numpy.zeros((0, len(attrs) + 1), dtype="uint64")
    length = attrs.index(LENGTH)
    words = [text[start + i:start + i + n] for start, a in arrays for i, n in a[:, [-1, length]].tolist()]
    doc = Doc(parts[0].vocab, words=words, spaces=joined[:, attrs.index(SPACY)].astype(bool).tolist())
    doc.from_array(attrs, joined[:, :-1])
    doc.tensor = numpy.zeros((len(doc), 0), dtype="float32")
    return doc
