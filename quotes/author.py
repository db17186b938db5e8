"""Who wrote the article, when it says: the person a narrator's "I said" means.

First-person pieces (columns, memoir excerpts, a reporter's own exchange: "“Are
you running?” I asked.") quote their writer. The writer is named by a byline
("By Jane Roe"), by the book an excerpt is from ("an excerpt from Jane Roe’s new
memoir") or by a closing biography ("Jane Roe is a columnist for ..."). Pure
functions of the text and its entities; None when the article does not say.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .article import ArticleModel

_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|van|von|da|dos|del|al|bin))*?[ \t]+[A-Z][\w'’-]+"
# 'By Jane Roe', 'By JANE ROE, Staff Writer', not 'By Jane Roe and Sam Lee' (two writers).
_BYLINE_RE = re.compile(rf"^[ \t]*(?:By|BY)[ \t]+({_NAME})[ \t]*(?:[,|/–—-].*)?$", re.M)
_BYLINE_CHARS = 600  # a byline sits above the story
_EXCERPT_RE = re.compile(r"\b(?:excerpts?|extracts?|adapted)\b", re.I)
_WORK_AFTER_NAME_RE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:book|memoir|novel|autobiography|essay)\b")
_BIO_RE = re.compile(r"\W*(?:is|was)\s+(?:a|an|the)\b[^.\n]{0,100}?\b(?:author|columnist|writer|editor|contributor|"
                     r"journalist|correspondent|reporter|commentator|novelist|professor|fellow)s?\b")
_BIO_PARAGRAPHS = 2  # a biography closes the piece


def article_author(article: ArticleModel) -> tuple[str, int] | None:
    """The writer's name and where the article names them, from a byline, an excerpt's
    book or a closing biography."""
    # the tagger often calls a writer's name an organisation: what follows says it is a person
    people = [e for e in article.ents if e.label_ in ("PERSON", "ORG") and not article.quoted[e.start]]
    return _byline(article.text) or _excerpt_author(article, people) or _biography(article, people)


def _byline(text: str) -> tuple[str, int] | None:
    m = _BYLINE_RE.search(text, 0, _BYLINE_CHARS)
    if m is None or re.search(r"\s(?:and|AND)\s", m.group(1)):
        return None
    name = m.group(1).title() if m.group(1).isupper() else m.group(1)
    return name, m.start(1)


def _excerpt_author(article: ArticleModel, people: list[Span]) -> tuple[str, int] | None:
    """'excerpts from bestselling author Jane Roe’s new book': the person whose book it is,
    in a sentence that calls the piece an excerpt."""
    starts = article.sentence_starts
    for ent in people:
        end = ent.end_char - 2 if ent.text.endswith(("’s", "'s")) else ent.end_char
        if not _WORK_AFTER_NAME_RE.match(article.text, end):
            continue
        i = article.sentence_of(ent.start_char)
        stop = starts[i + 1] if i + 1 < len(starts) else len(article.text)
        if _EXCERPT_RE.search(article.text, starts[i] if i >= 0 else 0, stop):
            return article.text[ent.start_char:end], ent.start_char
    return None


def _biography(article: ArticleModel, people: list[Span]) -> tuple[str, int] | None:
    """'Jane Roe is a columnist for The Herald.' opening one of the last paragraphs."""
    text = article.text
    closing = [p for p in article.paragraphs if text[p[0]:p[1]].strip()][-_BIO_PARAGRAPHS:]
    for start, end in closing:
        lead = start + len(text[start:end]) - len(text[start:end].lstrip(" \t*_(—–-"))
        for ent in people:
            if ent.start_char == lead and len(ent) >= 2 and _BIO_RE.match(text, ent.end_char, end):
                return ent.text, ent.start_char
    return None
