"""One speaker per person across articles: which article-level names are one speaker.

Each article resolves its own speakers ("Dmitry Peskov" in one, "Peskov" in the
next, "Volodymyr Zelenskiy" in a third).  :func:`join_names` takes every
distinct name the database holds, with kind, gender and how often it is
quoted, and says for each which canonical speaker it belongs to and how it was
joined (``how``):

- ``exact``: the name itself (case, accents, apostrophes, hyphens and spacing
  do not matter: "Al-Shabaab" is "Al Shabaab");
- ``variant``: the same name written another way: the same first name and
  suffix, middle names that agree ("Donald J. Trump" joins "Donald Trump") and a
  surname equal or a letter or two apart ("Volodymyr Zelenskiy" joins
  "Volodymyr Zelenskyy"); "Joan Smith" never joins "John Smith", "Donald Trump
  Jr" never "Donald Trump", "George W. Bush" never "George H. W. Bush";
- ``surname``: a bare surname ("Peskov", from "Mr Peskov") that exactly one
  person's surname matches, of a compatible gender.  When several people match
  (Bill / Hillary Clinton) it never guesses: it stays its own speaker and the
  people it may be are returned as ``candidates`` for curation.

The answer depends only on the names and their counts, never on the order the
articles came in, so a rebuild from scratch gives the same speakers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .names import fold, name_core, name_suffix

PERSON = "person"
# A surname may be spelt a letter differently from this length on, two letters from LONG_NAME
# ('Zelenskyy' / 'Zelenskiy'); shorter surnames differing by a letter are other people
# ('Berman' / 'Burman').  A bare surname, with no first name to agree, needs BARE_FORGIVEN.
SHORTEST_FORGIVEN = 6
LONG_NAME = 9
BARE_FORGIVEN = 8


@dataclass(frozen=True)
class NameSeen:
    """An article-level speaker name as the database holds it."""

    name: str
    kind: str | None
    gender: str | None
    quotes: int


@dataclass(frozen=True)
class Joined:
    """The canonical speaker a name belongs to, how it was joined, and (for a bare surname
    several people share) the people it may be."""

    canonical: str
    how: str
    candidates: tuple[str, ...] = ()


def squash(name: str) -> str:
    """The identity key: folded, with everything but letters and digits dropped."""
    return re.sub(r"[\W_]+", "", fold(name))


Key = tuple  # (fold(name), gender): a bare "Clinton" said of a woman is not one said of nobody known


def join_names(seen: Iterable[NameSeen]) -> dict[Key, Joined]:
    """Map every ``(fold(name), gender)`` of ``seen`` to its :class:`Joined` speaker."""
    forms = _forms(seen)
    people = [f for f in forms if f.kind == PERSON and len(f.words) >= 2]
    clusters, ambiguous = _cluster_full_names(people)
    out: dict[Key, Joined] = {}
    for cluster in clusters:
        head = cluster[0]
        for f in cluster:
            out.update({k: Joined(head.name, "exact" if f is head else "variant",
                                  ambiguous.get(id(f), ())) for k in f.keys})
    bare = [f for f in forms if f.kind == PERSON and len(f.words) == 1]
    out.update(_join_bare_surnames(bare, [c[0] for c in clusters]))
    for f in forms:
        for key in f.keys:
            out.setdefault(key, Joined(f.name, "exact"))
    return out


@dataclass
class _Form:
    """All spellings of one squashed name, with the most quoted as its display name."""

    name: str
    kind: str | None
    gender: str | None
    quotes: int
    keys: list[Key]

    @property
    def words(self) -> list[str]:
        return [fold(w) for w in name_core(self.name.replace(".", " ").split())]


def _forms(seen: Iterable[NameSeen]) -> list[_Form]:
    by_key: dict[tuple, list[NameSeen]] = {}
    for s in seen:
        if s.name and s.name.strip():
            bare_person = s.kind == PERSON and len(s.name.split()) == 1
            by_key.setdefault((squash(s.name), s.gender if bare_person else None), []).append(s)
    forms = []
    for group in by_key.values():
        best = min(group, key=lambda s: (-s.quotes, -len(s.name), s.name))
        genders = {s.gender for s in group if s.gender}
        kinds = [s.kind for s in group if s.kind]
        forms.append(_Form(best.name, max(sorted(set(kinds)), key=kinds.count) if kinds else None,
                           genders.pop() if len(genders) == 1 else None, sum(s.quotes for s in group),
                           sorted({(fold(s.name), s.gender) for s in group}, key=str)))
    return sorted(forms, key=lambda f: (-f.quotes, -len(f.name), f.name))


def _cluster_full_names(people: list[_Form]) -> tuple[list[list[_Form]], dict[int, tuple[str, ...]]]:
    """Most quoted first, each full name joins the one cluster it is a spelling of; a name
    that fits several ('George Bush': George W. / George H. W.) stays apart, with them as
    candidates (returned by id of the name)."""
    clusters: list[list[_Form]] = []
    ambiguous: dict[int, tuple[str, ...]] = {}
    by_first: dict[str, _SurnameIndex] = {}
    for person in people:
        index = by_first.setdefault(person.words[0], _SurnameIndex())
        matches = [c for c in index.near(person.words[-1]) if _same_person(c[0], person)]
        if len(matches) == 1:
            matches[0].append(person)
            continue
        if matches:
            ambiguous[id(person)] = tuple(sorted(c[0].name for c in matches))
        clusters.append([person])
        index.add(person.words[-1], clusters[-1])
    return clusters, ambiguous


class _SurnameIndex:
    """Items by surname, answering which surnames are a spelling of a given one, fast."""

    def __init__(self):
        self.items: dict[str, list] = {}
        self.by_letter: dict[str, list[str]] = {}

    def add(self, surname: str, item) -> None:
        if surname not in self.items:
            self.items[surname] = []
            self.by_letter.setdefault(surname[:1], []).append(surname)
        self.items[surname].append(item)

    def near(self, surname: str, shortest: int = SHORTEST_FORGIVEN) -> list:
        """Items whose surname is ``surname`` or :func:`spelling_close` to it."""
        found = list(self.items.get(surname, []))
        if len(surname) >= shortest:
            for other, _, _ in process.extract(surname, self.by_letter.get(surname[:1], []),
                                               scorer=Levenshtein.distance, score_cutoff=2, limit=None):
                if other != surname and spelling_close(other, surname, shortest):
                    found.extend(self.items[other])
        return found


def _same_person(a: _Form, b: _Form) -> bool:
    """Same first name, compatible middle names, same suffix, surname equal or a letter or
    two apart, and no conflicting gender."""
    wa, wb = a.words, b.words
    if wa[0] != wb[0] or name_suffix(a.name.split()) != name_suffix(b.name.split()):
        return False
    if a.gender and b.gender and a.gender != b.gender:
        return False
    return _middles_agree(wa[1:-1], wb[1:-1]) and spelling_close(wa[-1], wb[-1])


def _middles_agree(a: list[str], b: list[str]) -> bool:
    """'J' agrees with 'john', none agrees with any; 'h w' and 'w' (two Presidents Bush) do not."""
    if not a or not b:
        return True
    return len(a) == len(b) and all(x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y) for x, y in zip(a, b))


def spelling_close(a: str, b: str, shortest: int = SHORTEST_FORGIVEN) -> bool:
    """True for one surname spelt two ways ('zelenskyy' / 'zelenskiy'), not two surnames."""
    if a == b:
        return True
    if min(len(a), len(b)) < shortest or a[0] != b[0]:
        return False
    return Levenshtein.distance(a, b) <= (2 if min(len(a), len(b)) >= LONG_NAME else 1)


def _join_bare_surnames(bare: list[_Form], heads: list[_Form]) -> dict[Key, Joined]:
    """A bare surname joins the one person it can be; several: its own speaker, with candidates."""
    index = _SurnameIndex()
    for h in heads:
        index.add(h.words[-1], h)
    out: dict[Key, Joined] = {}
    alone = _SurnameIndex()
    clusters: list[list[_Form]] = []
    for f in bare:
        word = f.words[0]
        fits = [h for h in index.near(word, BARE_FORGIVEN) if not (f.gender and h.gender and f.gender != h.gender)]
        if len(fits) == 1:
            out.update({k: Joined(fits[0].name, "surname") for k in f.keys})
        elif fits:
            out.update({k: Joined(f.name, "exact", tuple(sorted(h.name for h in fits))) for k in f.keys})
        else:
            matches = [c for c in alone.near(word, BARE_FORGIVEN)
                       if not (f.gender and c[0].gender and f.gender != c[0].gender)]
            if len(matches) == 1:
                matches[0].append(f)
            else:
                clusters.append([f])
                alone.add(word, clusters[-1])
    for cluster in clusters:
        out.update({k: Joined(cluster[0].name, "exact" if f is cluster[0] else "variant")
                    for f in cluster for k in f.keys})
    return out


@dataclass(frozen=True)
class Curation:
    """What people decided, applied on top of the automatic join: registry names (by the
    folded name or alias that means them), merges and splits."""

    registry: dict[str, str] = field(default_factory=dict)  # fold(name or alias) -> registry name
    merges: tuple[tuple[str, str], ...] = ()  # (name, other): other's quotes are name's
    splits: tuple[tuple[str, str], ...] = ()  # (name, other): never one speaker


def curate(joined: dict[Key, Joined], names: dict[Key, str], curation: Curation) -> dict[Key, Joined]:
    """``joined`` with ``curation`` applied: a split undoes a join, a registry alias names
    the registry's speaker ('registry'), a merge moves one speaker's quotes to another
    ('curated'); ``names`` gives each key's article-level name."""
    merged_into = {fold(other): name for name, other in curation.merges}
    apart = {frozenset((fold(a), fold(b))) for a, b in curation.splits}
    out: dict[Key, Joined] = {}
    for key, own in names.items():
        j = joined[key]
        canonical, how = j.canonical, j.how
        if frozenset((fold(own), fold(canonical))) in apart:
            canonical, how = own, "curated"
        registered = curation.registry.get(fold(own)) or (
            curation.registry.get(fold(canonical)) if how != "curated" else None)
        if registered is not None and registered != canonical:
            canonical, how = registered, "registry" if fold(registered) != fold(canonical) else how
        for _ in range(len(merged_into)):  # merges may chain: A <- B <- C
            target = merged_into.get(fold(canonical))
            if target is None or frozenset((fold(own), fold(target))) in apart:
                break
            canonical, how = target, "curated"
        out[key] = Joined(canonical, how, j.candidates if canonical == j.canonical else ())
    return out
