"""Find quoted spans at the character level: no tokenizer, never raises.

The only job of this module is to say where quotation marks open and close.
Whether a quoted span is speech (and whose) is decided later, in
:mod:`quotes.attribution`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENERS = {"“", "„", "«", "‟", "``"}
DOUBLE_CLOSERS = {"”", "»"}
# Marks that may open or close depending on what surrounds them.
DOUBLE_EITHER = {'"', "''"}
SINGLE_CLOSERS = {"’", "›"}
SINGLE_EITHER = {"'"}

ALL_MARK_CHARS = "“”„‟«»\"‘’‚‹›'`"
OPENING_CONTEXT = set("([{—–-/") | set(ALL_MARK_CHARS)
CLOSING_CONTEXT = set(".,;:!?)]}—–-/…") | set(ALL_MARK_CHARS)
_MARK_RE = re.compile(r"''|``|[“”„‟«»\"‘’‚‹›']")
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_END_RE = re.compile(r"[.!?]+(?=[”\"’')\]]*\s+[“\"‘'(\[A-Z0-9])")
_ABBREVIATIONS = frozenset("""
mr mrs ms mssrs messrs dr st sen rep reps del gov gen col lt sgt capt adm maj prof rev jr sr inc co corp ltd
atty supt insp cmdr amb hon pres sec msgr fr gen brig cpl pvt ens det sgt ald
jan feb mar apr jun jul aug sep sept oct nov dec no vs etc mt ft
""".split())


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted span. ``start``/``end`` exclude the quote marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_end: int  # offset just past the closing mark (== end when unclosed)
    paragraph: int  # index into :func:`paragraphs`
    closed: bool
    continues_previous: bool  # a later paragraph of a multi-paragraph quote
    single: bool  # delimited by single quote marks


@dataclass
class _Mark:
    pos: int
    text: str
    can_open: bool
    can_close: bool

    @property
    def end(self) -> int:
        return self.pos + len(self.text)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank paragraph, whitespace trimmed.

    Each line is a paragraph, except in hard-wrapped text (blank lines between
    blocks of short lines), where blank lines separate paragraphs.
    """
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    blocks: list[tuple[int, int]]
    if _looks_hard_wrapped(text, lines):
        blocks, pos = [], 0
        for sep in _BLANK_LINE_RE.finditer(text):
            blocks.append((pos, sep.start()))
            pos = sep.end()
        blocks.append((pos, len(text)))
    else:
        blocks = [(m.start(), m.end()) for m in lines]
    out = []
    for s, e in blocks:
        chunk = text[s:e]
        stripped = chunk.strip()
        if stripped:
            s2 = s + (len(chunk) - len(chunk.lstrip()))
            out.append((s2, s2 + len(stripped)))
    return out


def _looks_hard_wrapped(text: str, lines: list[re.Match]) -> bool:
    if len(lines) < 6 or not _BLANK_LINE_RE.search(text):
        return False
    joined = sum(1 for a, b in zip(lines, lines[1:]) if b.start() == a.end() + 1)
    long_lines = sum(1 for m in lines if len(m.group()) > 100)
    return joined > len(lines) * 0.5 and long_lines < len(lines) * 0.1


# An HTML or XML tag left in the text ('<a href="...">', '<tweet author="...">'): its quote
# marks delimit attribute values, never anyone's words.
_MARKUP_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*\s*/?>")


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The quote marks between ``start`` and ``end``, outside markup tags, with how they flank."""
    marks = []
    tags = [m.span() for m in _MARKUP_TAG_RE.finditer(text, start, end)] if "<" in text[start:end] else []
    for m in _MARK_RE.finditer(text, start, end):
        pos, mark = m.start(), m.group()
        if tags and any(lo < pos < hi for lo, hi in tags):
            continue
        before = text[pos - 1] if pos > start else " "
        after = text[m.end()] if m.end() < end else " "
        left_flanking = not after.isspace() and (before.isspace() or before in OPENING_CONTEXT)
        right_flanking = not before.isspace() and (after.isspace() or after in CLOSING_CONTEXT)
        marks.append(_Mark(pos, mark, left_flanking, right_flanking))
    return marks


def _is_double(mark: str) -> bool:
    return mark in DOUBLE_OPENERS or mark in DOUBLE_CLOSERS or mark in DOUBLE_EITHER


def _double_role(m: _Mark) -> str:
    """'open', 'close' or 'either' for a double mark in context."""
    if m.text in DOUBLE_OPENERS:
        # A left mark used as a closer (“word“) is a common typo.
        return "close" if m.can_close and not m.can_open else "open"
    if m.text in DOUBLE_CLOSERS:
        return "open" if m.can_open and not m.can_close else "close"
    if m.can_open and not m.can_close:
        return "open"
    if m.can_close and not m.can_open:
        return "close"
    return "either"


def _single_role(text: str, m: _Mark, para_start: int, para_end: int) -> str | None:
    """'open', 'close' or None (an apostrophe) for a single mark in context."""
    before = text[m.pos - 1] if m.pos > para_start else " "
    after = text[m.end] if m.end < para_end else " "
    if before.isalnum() and after.isalnum():
        return None  # don’t, Prigozhin’s, rock’n’roll
    if m.text in SINGLE_CLOSERS:
        return "close" if m.can_close else None  # ’90s, ’em: elisions
    if m.can_open and (after.isalpha() or after in "“\"…(["):
        return "open"
    if m.can_close and m.text in SINGLE_EITHER:
        return "close"
    return None


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Return the quoted spans of ``text`` in order, none overlapping.

    A quote inside a quote belongs to the outer one; an unclosed quote ends
    at the end of its paragraph; a paragraph that leaves a quote open and a
    next paragraph that opens with a quote mark form one long quote
    (``continues_previous`` on the later segments).
    """
    spans: list[QuoteSpan] = []
    left_open = False
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        marks = _marks(text, p_start, p_end)
        found = _pair_double(text, marks, index, p_start, p_end)
        if found and left_open and found[0].open_at == p_start:
            first = found[0]
            found[0] = QuoteSpan(first.start, first.end, first.open_at, first.close_end,
                                 index, first.closed, True, first.single)
        found += _pair_single(text, marks, found, index, p_start, p_end)
        found.sort(key=lambda q: q.start)
        left_open = bool(found) and not found[-1].closed and not found[-1].single
        spans.extend(q for q in found if q.end > q.start)
    return spans


def _make_span(text: str, open_mark: _Mark, close_pos: int, close_end: int, index: int,
               closed: bool, single: bool) -> QuoteSpan:
    start, end = open_mark.end, close_pos
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, open_mark.pos, close_end, index, closed, False, single)


def _pair_double(text: str, marks: list[_Mark], index: int, p_start: int, p_end: int) -> list[QuoteSpan]:
    """Pair double marks with a stack, so “nested ‟quotes” of either style stay inside."""
    found: list[QuoteSpan] = []
    stack: list[_Mark] = []
    for m in marks:
        if not _is_double(m.text):
            continue
        role = _double_role(m)
        if role == "either":
            role = "close" if stack and stack[-1].text == m.text else "open"
        if role == "open":
            stack.append(m)
            continue
        if not stack:
            continue  # a stray closer
        opener = stack.pop()
        if not stack:
            found.append(_make_span(text, opener, m.pos, m.end, index, True, False))
    if stack:
        found.append(_make_span(text, stack[0], p_end, p_end, index, False, False))
    return found


def _pair_single(text: str, marks: list[_Mark], doubles: list[QuoteSpan], index: int,
                 p_start: int, p_end: int) -> list[QuoteSpan]:
    """Pair single marks outside double quotes; unmatched single marks are apostrophes."""
    def inside_double(pos: int) -> bool:
        return any(q.open_at <= pos < max(q.close_end, q.end) for q in doubles)

    found: list[QuoteSpan] = []
    opener: _Mark | None = None
    for m in marks:
        if _is_double(m.text) or inside_double(m.pos):
            if opener is not None and inside_double(m.pos):
                opener = None  # a single quote never spans a double quote
            continue
        role = _single_role(text, m, p_start, p_end)
        if role == "open" and opener is None:
            opener = m
        elif role == "close" and opener is not None:
            found.append(_make_span(text, opener, m.pos, m.end, index, True, True))
            opener = None
    return found


def ends_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or initial, not a sentence."""
    if text[dot] != ".":
        return False
    m = re.search(r"(\S+)$", text[max(0, dot - 20):dot])
    if not m:
        return False
    word = m.group(1).lstrip("(“\"'‘")
    if word.lower().rstrip(".") in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        # an initial follows a name ('Ronald R. Fieldstone'), not 'on'/'at' ('posted on X.')
        before = re.search(r"(\S+)\s+$", text[max(0, dot - 30):dot - 1])
        return not (before and before.group(1).lower() in ("on", "at", "to", "from", "via"))
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))  # U.S, D.C


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start: paragraph starts and after . ! ? (abbreviations aside)."""
    starts = {p[0] for p in paragraphs(text)} | {0}
    for m in _SENTENCE_END_RE.finditer(text):
        if not ends_abbreviation(text, m.start()):
            pos = m.end()
            while pos < len(text) and text[pos] in "”\"’')]":
                pos += 1  # closing marks end the sentence; a straight mark after the space opens the next
            while pos < len(text) and text[pos].isspace():
                pos += 1
            starts.add(pos)
    return sorted(starts)
