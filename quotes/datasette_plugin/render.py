"""Pure helpers for the site's pages: quotes highlighted in their text, the sentence around a
quote, a speaker's quotes over time as SVG, a speaker's Atom feed.  No database, no spaCy."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape as xml_escape

from markupsafe import Markup, escape

from ..spans import paragraphs

_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s+")
_CLOSING_MARKS = "”\"’'»"


@dataclass(frozen=True)
class Highlight:
    """A span of an article's text to mark: a quote (with its speaker) or a speaker mention."""
    start: int
    end: int
    css: str
    href: str | None = None
    label: str | None = None


def marked(text: str, lo: int, hi: int, highlights: list[Highlight]) -> Markup:
    """``text[lo:hi]`` escaped, with each highlight (clipped to it) wrapped in a ``<mark>``;
    a quote's label (its speaker, linked) follows the quote's last part."""
    out, pos = [], lo
    for h in sorted(highlights, key=lambda h: (h.start, -h.end)):
        start, end = max(h.start, lo), min(h.end, hi)
        if start >= end or start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="{}">{}</mark>').format(h.css, text[start:end]))
        if h.label and end == h.end:
            while end < hi and text[end] in _CLOSING_MARKS:  # the label goes after the closing mark
                out.append(escape(text[end]))
                end += 1
            label = Markup('<a href="{}">{}</a>').format(h.href, h.label) if h.href else escape(h.label)
            out.append(Markup('<span class="said-by">{}</span>').format(label))
        pos = end
    out.append(escape(text[pos:hi]))
    return Markup("").join(out)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of an article's text, as the extractor numbered them."""
    return paragraphs(text) or [(0, len(text))]


def paragraph_at(bounds: list[tuple[int, int]], pos: int) -> int:
    """Index of the paragraph holding offset ``pos`` (the nearest one before it otherwise)."""
    index = 0
    for i, (start, _) in enumerate(bounds):
        if start <= pos:
            index = i
    return index


def sentence_around(before: str, quote: str, after: str) -> tuple[str, str]:
    """The words of the quote's sentence before and after it: ``before`` cut at the last
    paragraph or sentence break, ``after`` at the first ("..., she said.")."""
    before = before.rsplit("\n", 1)[-1]
    ends = list(_SENTENCE_END_RE.finditer(before[:-1] if before else before))
    if ends:
        before = before[ends[-1].end():]
    after = after.split("\n", 1)[0]
    first = _SENTENCE_END_RE.search(after, 2)
    if first:
        after = after[:first.end()].rstrip()
    return before, after


def months_between(first: str, last: str) -> list[str]:
    """Every month "YYYY-MM" from ``first`` to ``last``."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def quotes_chart(counts: dict[str, int], width: int = 640, height: int = 120) -> Markup:
    """A bar chart (inline SVG) of quotes per month - per year over more than ten years; each
    bar has a title with its period and count. Empty markup when no quote is dated."""
    if not counts:
        return Markup("")
    periods = months_between(min(counts), max(counts))
    if len(periods) > 120:
        years: dict[str, int] = {}
        for month, n in counts.items():
            years[month[:4]] = years.get(month[:4], 0) + n
        counts, periods = years, [str(y) for y in range(int(min(years)), int(max(years)) + 1)]
    top = max(counts.values())
    bar = width / len(periods)
    plot = height - 20
    bars = []
    for i, period in enumerate(periods):
        n = counts.get(period, 0)
        h = plot * n / top if n else 0
        bars.append(Markup('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}"><title>{}: {} quote{}</title></rect>')
                    .format(i * bar + 0.5, plot - h, max(bar - 1, 1), h, period, n, "" if n == 1 else "s"))
    labels = Markup('<text x="0" y="{}">{}</text><text x="{}" y="{}" text-anchor="end">{}</text>'
                    '<text x="{}" y="10" text-anchor="end">{} max</text>').format(
        height - 4, periods[0], width, height - 4, periods[-1], width, top)
    return Markup('<svg class="quotes-chart" role="img" viewBox="0 0 {w} {h}" width="{w}" height="{h}">'
                  '<title>Quotes per {unit}</title>{bars}{labels}</svg>').format(
        w=width, h=height, unit="year" if len(periods[0]) == 4 else "month", bars=Markup("").join(bars), labels=labels)


def atom_time(day: str | None, fallback: str) -> str:
    """An RFC 3339 time for an Atom entry: the publication date at midnight UTC, else ``fallback``."""
    value = day or fallback or date.today().isoformat()
    return value if "T" in value else f"{value[:10]}T00:00:00Z"


def atom_feed(title: str, feed_url: str, page_url: str, feed_id: str, entries: list[dict]) -> str:
    """An Atom 1.0 document; each entry has id, title, link, updated, author and content."""
    updated = max((e["updated"] for e in entries), default=atom_time(None, ""))
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
             f"<title>{xml_escape(title)}</title>", f"<id>{xml_escape(feed_id)}</id>",
             f"<updated>{updated}</updated>",
             f'<link rel="self" type="application/atom+xml" href="{xml_escape(feed_url)}"/>',
             f'<link rel="alternate" type="text/html" href="{xml_escape(page_url)}"/>']
    for e in entries:
        parts.append(
            f"<entry><id>{xml_escape(e['id'])}</id><title>{xml_escape(e['title'])}</title>"
            f'<link rel="alternate" type="text/html" href="{xml_escape(e["link"])}"/>'
            f"<updated>{e['updated']}</updated><author><name>{xml_escape(e['author'])}</name></author>"
            f'<content type="text">{xml_escape(e["content"])}</content></entry>')
    parts.append("</feed>\n")
    return "\n".join(parts)
