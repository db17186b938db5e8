"""One quotation per utterance: the same words of one speaker reported by many articles.

A wire story's quote is printed by many outlets, sometimes cut shorter or with
a word changed.  :func:`group_quotations` takes one speaker's quotes and groups
the ones that are the same utterance:

- the same words once case, accents, punctuation and spacing are ignored;
- one containing the other ("We will win" inside "We will win, and we will
  rebuild"), when the shorter has at least :data:`MIN_CONTAINED_WORDS` words;
- near-identical wording (a word changed or dropped) at
  :data:`NEAR_IDENTICAL` similarity or more, for quotes of a few words or more.

Each group is one quotation, named by its longest wording.  Pure functions over
plain data: the store calls them with the rows it holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz import fuzz

from .names import fold

MIN_CONTAINED_WORDS = 5  # "I don't know" inside a longer quote is not the same utterance
NEAR_IDENTICAL = 92.0  # rapidfuzz ratio (0-100) for "a word changed"
SHINGLE = 4  # words per shingle in the index that finds containing quotes fast


@dataclass(frozen=True)
class Occurrence:
    """One quote row: its id and words."""

    quote_id: str
    text: str


def words_key(text: str) -> str:
    """The words of a quote, folded, without punctuation: what 'the same words' compares."""
    return " ".join(re.findall(r"\w+", fold(text)))


def group_quotations(quotes: Iterable[Occurrence]) -> list[list[Occurrence]]:
    """The quotes of one speaker grouped into utterances, longest wording first in each."""
    by_key: dict[str, list[Occurrence]] = {}
    for q in quotes:
        by_key.setdefault(words_key(q.text), []).append(q)
    groups: list[list[Occurrence]] = []
    wordings: list[list[str]] = []  # every wording of each group, to compare a shorter one with
    index: dict[tuple[str, ...], set[int]] = {}
    for key in sorted(by_key, key=lambda k: (-len(k), k)):
        found = _same_utterance(key, wordings, index)
        if found is None:
            groups.append([])
            wordings.append([])
            found = len(groups) - 1
        groups[found].extend(by_key[key])
        wordings[found].append(key)
        words = key.split()
        for i in range(max(1, len(words) - SHINGLE + 1)):
            index.setdefault(tuple(words[i:i + SHINGLE]), set()).add(found)
    return groups


def _same_utterance(key: str, wordings: list[list[str]], index: dict[tuple[str, ...], set[int]]) -> int | None:
    """The group whose (longer or equal) wording ``key`` is contained in or nearly is, or None."""
    words = key.split()
    if len(words) < MIN_CONTAINED_WORDS:
        return None
    candidates = set().union(*(index.get(tuple(words[i:i + SHINGLE]), set())
                               for i in range(len(words) - SHINGLE + 1)))
    for g in sorted(candidates):
        if any(f" {key} " in f" {w} " or fuzz.ratio(key, w) >= NEAR_IDENTICAL for w in wordings[g]):
            return g
    return None
