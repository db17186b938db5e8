"""Saved news pages: the article's words and metadata, without the page around them.

The main text comes from trafilatura (made for news pages: navigation,
cookie banners, related links, reader comments, captions and footers are
dropped, entities decoded), one paragraph a line pair; metadata (title,
author, publication date, canonical URL, site name, language) from the page.
"""
from __future__ import annotations

import re

import trafilatura

from .dates import iso_date

_HTML_START_RE = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I | re.S)
_LANG_RE = re.compile(r"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)", re.I)
MIN_WORDS = 8  # fewer words than this is a menu or a footer, not a story
# htmldate's own options: the publication date and time as the page gives it, with its offset.
_DATE_OPTIONS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like a web page (whatever the file is called)."""
    return bool(_HTML_START_RE.match(text[:4096]))


def read_page(html: str) -> dict | None:
    """The article of a web page as a record (``text``, ``title``, ``author``, ``published``,
    ``url``, ``source``, ``language``), or None when the page holds no article text."""
    text = trafilatura.extract(html, output_format="txt", include_comments=False,
                               favor_precision=True)
    if not text or len(text.split()) < MIN_WORDS:
        return None
    meta = trafilatura.extract_metadata(html, date_config=_DATE_OPTIONS)
    title = (meta.title or "").strip() or None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)  # the headline is the article's first paragraph, as in a .txt file
    lang = _LANG_RE.search(html[:4096])
    return {"text": "\n\n".join(lines), "title": title, "author": (meta.author or "").strip() or None,
            "published": _date_only_when_no_time(iso_date(meta.date)), "url": meta.url, "source": meta.sitename or meta.hostname,
            "language": lang.group(1) if lang else None}


def _date_only_when_no_time(value: str | None) -> str | None:
    """'2026-01-20T00:00:00' (htmldate's form of a bare date) -> '2026-01-20'."""
    return value[:10] if value and value.endswith("T00:00:00") else value
