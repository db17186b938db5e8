"""The article's cast: people and organisations, each with every mention of it.

An :class:`Entity` is one person or organisation with its fullest name, kind,
gender, roles and aliases; :class:`Cast` holds the entities of one article and
the ordered mentions (``occurrences``) of them, and answers the questions the
resolver asks: who a surname means here, who is in focus for a pronoun, which
organisation an acronym or a noun names.  Building a cast from an article is
:func:`quotes.mentions.build_cast`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterator

from rapidfuzz.distance import Levenshtein

from .article import ArticleModel
from .lexicon import (FEMALE_PRONOUNS, FIRST_NAMES, KINSHIP_NOUNS, MALE_PRONOUNS, MEDIA_NAMES, NEUTER_PRONOUNS, ORG_WORDS,
                      PERSON_NOUNS, PLURAL_PRONOUNS, ROLE_NOUNS, TITLES, first_name_gender, gender_unsure)
from .names import first_name_key, fold, name_core, name_suffix, surname_key
from .nameforms import NAME_PARTICLES, ORG_NOUNS, PAST_ROLE_WORDS, REGNAL_TITLES, clean_name, is_initial, stem_in

PERSON = "person"
ORGANISATION = "organisation"

# What makes an antecedent salient for a pronoun or a description: each sentence
# back costs one point; being a sentence subject, having been quoted, or
# agreeing in a gender known from a name or title earns points.
SALIENCE_SUBJECT = 0.5
SALIENCE_SPEAKER = 1.0
SALIENCE_GENDER = 0.75
SALIENCE_UNSURE_GENDER = 1.0  # 'Raila Odinga' (a name more often a woman's) may still be 'he'
SALIENCE_OBJECT = 0.5  # a name after a verb or preposition ("backs Trump")
SALIENCE_WEAK_PERSON = 1.5  # a lone word that may not be a person at all ("Xinhua")
SALIENCE_NAMED_IN_QUOTE = 1.5  # "Cruz is our best debater," he says: "he" is rarely Cruz

@dataclass
class Entity:
    """One person or organisation of the article: its fullest name, kind, gender, roles,
    the surface forms it was written as (``aliases``) and where."""

    name: str
    kind: str
    tokens: list[str]
    positions: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None
    introduced: int = 0  # where the article first writes this name
    titled_gender: str | None = None  # what a 'Mr'/'Ms' before one of its mentions says

    @property
    def surname(self) -> str:
        """Folded surname ('Biden' for 'Joseph R. Biden Jr.')."""
        if getattr(self, "_surname_of", None) is not self.tokens:
            self._surname, self._surname_of = surname_key(self.tokens), self.tokens
        return self._surname

    @property
    def key(self) -> str:
        """Folded name, the identity key."""
        if getattr(self, "_key_of", None) != self.name:
            self._key, self._key_of = fold(self.name), self.name
        return self._key


def contains_name(longer: Entity, shorter: Entity) -> bool:
    """True when every word of ``shorter``'s name is in ``longer``'s ('Joe Biden' in 'Joe R. Biden')."""
    words = {fold(w) for w in longer.tokens}
    return all(fold(w) in words for w in shorter.tokens)


def weak_person(e: Entity) -> bool:
    """A person known only by one word, with no title or first name telling a gender."""
    return e.kind == PERSON and len(e.tokens) == 1 and e.gender is None and e is not UNNAMED


def unsure_gender(e: Entity) -> bool:
    """Whether the gender of ``e`` is only the likelier sex of a given name the worldwide data
    has for both ('Raila', 'Lakshmi'), or only what the name lists say of a lone word that is
    more likely a surname ('Warren'), with no title or pronoun to confirm it."""
    if e.kind != PERSON or e.titled_gender is not None:
        return False
    if len(e.tokens) == 1:  # 'Clinton', 'Warren', 'Harris' alone: a surname, whatever the census says of it
        return e.gender is not None and e.gender == first_name_gender(e.tokens[0])
    return gender_unsure(e.tokens[0])


def learn_gender(e: Entity, gender: str) -> None:
    """A 'he' or 'she' that means ``e`` gives it that gender when its name told none, or only
    a likelier sex: the article's pronoun tells more than a name."""
    if e.gender != gender and e is not UNNAMED and (e.gender is None or unsure_gender(e)):
        e.gender = gender


def may_have_gender(e: Entity, gender: str) -> bool:
    """Whether ``e`` admits ``gender`` as well as a known bearer would: its known gender, or a
    full name with a job ('Republican pollster Whit Ayres' is as good a 'he' as 'John
    Podesta'; a name with no job may be no person at all: 'Keystone XL', 'New York')."""
    if e.gender is not None and (e.gender == gender or not unsure_gender(e)):
        return e.gender == gender  # only a likelier sex ('Raila Odinga'): as good as no gender
    return e.kind == PERSON and len(e.tokens) > 1 and has_job_role(e)


def has_job_role(e: Entity) -> bool:
    """Some role of ``e`` is a job or title (see :func:`_job_role`)."""
    return any(_job_role(r) for r in e.roles)


def _job_role(role: str) -> bool:
    """'Republican pollster', 'author of the report': a role whose head is a job or title."""
    head = role_head(fold(role).replace("-", " ").split()).split()[-1:]
    return bool(head) and (head[0] in PERSON_NOUNS or head[0] in ROLE_NOUNS or head[0] in TITLES)


def salience(sentences_back: int, is_subject: bool, was_speaker: bool, gender_agrees: bool,
              weak: bool = False) -> float:
    """Score of one earlier mention as the referent of a later pronoun or description."""
    return (-sentences_back + SALIENCE_SUBJECT * is_subject + SALIENCE_SPEAKER * was_speaker
            + SALIENCE_GENDER * gender_agrees - SALIENCE_WEAK_PERSON * weak)


def _newest_first(events: list[tuple[int, bool, bool]], pos: int) -> Iterator[tuple[int, bool, bool]]:
    """The sorted ``events`` before offset ``pos``, newest first."""
    for i in range(bisect.bisect_left(events, (pos,)) - 1, -1, -1):
        yield events[i]


_ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "to", "with", "in", "from", "on", "and", "who", ","})


# 'Adm. Harry Harris ... the admiral said': abbreviated titles and the nouns they stand for
TITLE_ABBREVIATIONS = {"adm": "admiral", "gen": "general", "sen": "senator", "gov": "governor", "rep": "representative",
                       "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "cmdr": "commander",
                       "maj": "major", "det": "detective", "insp": "inspector", "supt": "superintendent",
                       "prof": "professor", "amb": "ambassador", "pres": "president", "dr": "doctor", "rev": "reverend"}


# 'vice president' is no president, 'prime minister' no transport minister: a rank word
# before the head makes another role.
RANK_PREFIXES = frozenset({"vice", "deputy", "assistant", "associate", "under", "acting", "lieutenant", "co",
                            "prime"})


def role_head(words: list[str]) -> str:
    """The noun a role is about: 'leader' of 'greenfield party leader', 'aide' of 'top aide
    to the governor', 'vice president' of 'former vice president' ('' for no words)."""
    cut = next((i for i, w in enumerate(words) if w in _ROLE_PREPOSITIONS and i > 0), len(words))
    if cut > 1 and words[cut - 2] in RANK_PREFIXES:
        return f"{words[cut - 2]} {words[cut - 1]}"
    return words[cut - 1] if cut else ""


MISSPELLING_MIN_LENGTH = 5  # shorter names are too close to each other to forgive a typo


def misspelt(pool: list[Entity], tokens: list[str]) -> Entity | None:
    """The one person of ``pool`` that ``tokens`` misspells by a letter: 'Sweeny' for
    'Steve Sweeney', 'Matdos Santos' for 'Mat dos Santos'; never 'Joan Smith' for 'John
    Smith' (a first name must match) and never a guess among several."""
    surname = surname_key(tokens)
    if len(surname) < MISSPELLING_MIN_LENGTH:
        return None
    if len(tokens) == 1:
        found = [p for p in pool if len(p.tokens) > 1 and Levenshtein.distance(p.surname, surname) == 1]
    else:
        squeezed = fold("".join(tokens))
        found = [p for p in pool if fold("".join(p.tokens)) == squeezed or (
            fold(p.tokens[0]) == fold(tokens[0]) and Levenshtein.distance(p.surname, surname) == 1)]
    return found[0] if len(found) == 1 else None


UNNAMED = Entity("", PERSON, [])  # "a farmer in the valley": a person the article never names

Occurrence = tuple  # (char offset, Entity, is_subject)
# The history of no quote, shared so that the salience index (keyed on the history list) is
# not rebuilt for every question asked before any quote is resolved. Never appended to.
NO_HISTORY: list = []


class Cast:
    """The entities of one article and their mentions in reading order."""

    def __init__(self, article: ArticleModel):
        self.article = article
        self.persons: list[Entity] = []
        self.orgs: list[Entity] = []
        self.occurrences: list[Occurrence] = []
        self.surname_owner: dict[str, Entity] = {}  # who a bare shared surname means
        self.history: list[tuple[int, Entity]] = []  # earlier quotes' speakers, set by the resolver
        # each entity's mentions, and what they were built from (see _mentions_by_entity)
        self._index, self._index_key, self._indexed_history = {}, (), 0
        self.excluded: set[int] = set()  # ids of entities that cannot be the current speaker
        self.named_in_quote: set[int] = set()  # ids of people the current quote names
        self.reporters: set[int] = set()  # positions of names that are subjects of speech verbs
        self.unnamed_gender: dict[int, str] = {}  # the gender an unnamed person's noun tells ('a woman'), by offset
        self.country_of: dict[int, str] = {}  # ids of state bodies named with their country: "Ukraine's"

    def register(self, name: str, tokens: list[str], kind: str, pos: int) -> Entity:
        table = self.persons if kind == PERSON else self.orgs
        for e in table:
            if e.key == fold(name):
                e.positions.append(pos)
                return e
        entity = Entity(name, kind, tokens, [pos], introduced=pos)
        table.append(entity)
        return entity

    def merge_into(self, short: Entity, full: Entity) -> None:
        full.positions.extend(p for p in short.positions if p not in full.positions)
        full.roles.extend(r for r in short.roles if r not in full.roles)
        full.aliases.add(short.key)
        full.aliases |= short.aliases
        # 'Mr. Lou' joining 'Lou Jiwei': a title tells more than a first name's census share
        full.titled_gender = full.titled_gender or short.titled_gender
        full.gender = full.titled_gender or full.gender or short.gender
        self.occurrences = [(p, full if e is short else e, s) for p, e, s in self.occurrences]

    def split_into(self, short: Entity, targets: dict[int, Entity]) -> None:
        """Give each mention of ``short`` to the person it means at its position."""
        values = list(targets.values())
        fallback = max(values, key=values.count)
        for person in {id(t): t for t in values}.values():
            person.aliases.add(short.key)
        self.occurrences = [(p, targets.get(p, fallback) if e is short else e, s) for p, e, s in self.occurrences]

    def person_for(self, tokens: list[str], pos: int, among: list[Entity] | None = None,
                    gender: str | None = None) -> Entity | None:
        """The known person ``tokens`` names at ``pos`` (of ``gender`` when given), or None."""
        if not tokens:
            return None
        surname = surname_key(tokens)
        pool = self.persons if among is None else among
        if gender:
            pool = [p for p in pool if p.gender in (None, gender)]
        owner = titled_given_name_owner(pool, tokens)
        if owner is not None:
            return owner
        cands = [p for p in pool if p.surname == surname]
        suffix = name_suffix(tokens)
        if suffix:  # 'Vance Jr.': the one whose suffix it is, else a bare surname
            cands = [p for p in cands if name_suffix(p.tokens) == suffix] or [
                p for p in cands if name_suffix(p.tokens) == ""]
            tokens = name_core(tokens)
        elif len(tokens) > 1 and any(p.key == fold(" ".join(tokens)) for p in cands):
            # 'Sam Ortega' beside 'Sam Ortega Jr.': the one without the suffix
            written = fold(" ".join(tokens))
            cands = [p for p in cands if not name_suffix(p.tokens) or fold(" ".join(name_core(p.tokens))) != written]
        if not cands and len(tokens) == 1:
            cands = [p for p in pool if surname in p.aliases and len(p.tokens) > 1]  # a nickname
        if not cands and len(tokens) == 1:
            # "Shen" for "Shen Xincheng", "Tom" for "Tom Ebeling": the first word of one full name;
            # "Lula" for "Luiz Inácio Lula da Silva": a middle word of one.
            cands = [p for p in pool if len(p.tokens) > 1 and first_name_key(p.tokens) == surname] or [
                p for p in pool if len(p.tokens) > 2 and surname in {fold(t) for t in p.tokens[1:-1]}]
            if len(cands) > 1:  # 'Kim' after 'Kim Yo Jong' and 'Kim Jong Un': the one in focus
                return self.bearer_meant(cands, None, pos)
        if len(tokens) > 1 and tokens[0].lower() not in NAME_PARTICLES:  # 'al Ashry' has no first name
            first, folded = fold(tokens[0]), [fold(t) for t in tokens]
            firsts = {first.rstrip("."), fold(tokens[1])} if len(tokens) > 2 and is_initial(tokens[0]) else {first}
            cands = [p for p in cands if fold(p.tokens[0]).rstrip(".") in firsts  # 'M. Dane Waters', 'M Dane Waters'
                     or p.key == fold(" ".join(tokens))
                     or len(p.tokens) == 1 or (first not in FIRST_NAMES and  # 'Abu Laban', a two-word surname
                                               [fold(t) for t in p.tokens[-len(tokens):]] == folded)] or cands[:0]
        if not cands:
            return misspelt(pool, tokens)
        # Distinct people: drop bare surnames a fuller candidate contains ("Biden" in "Joe Biden").
        full = [p for p in cands if not (len(p.tokens) == 1 and any(len(o.tokens) > 1 and contains_name(o, p)
                                                                    for o in cands))]
        if len(full) == 1:
            return full[0]
        return self.bearer_meant(full, surname if len(tokens) == 1 else None, pos)

    def bearer_meant(self, people: list[Entity], surname: str | None, pos: int) -> Entity:
        """Which of several ``people`` sharing a surname a mention at ``pos`` means: one the
        story has introduced; one the paragraph just named in full; the one the bare
        ``surname`` first meant; else the most salient."""
        people = [p for p in people if p.introduced < pos] or people
        if surname:  # news calls a relative it introduces later by the first name
            people = [p for p in people if not later_relative(p, people)] or people
        if len(people) == 1:
            return people[0]
        just_named = named_in_full_before(self, people, pos)
        if just_named is not None:
            return just_named
        owner = self.surname_owner.get(surname) if surname else None
        if owner is None and surname:
            owner = first_bare_bearer(self, people, surname)
        if any(owner is p for p in people):
            return owner
        return self.last_subject(people, pos)

    def last_subject(self, people: list[Entity], pos: int) -> Entity:
        """Among people sharing a surname, the most salient at ``pos``
        ("President Joe Biden said ... his son Hunter Biden’s trial. ... Mr Biden said")."""
        chosen = self.most_salient(lambda e: any(e is p for p in people), pos, self.history)
        return chosen if chosen is not None else nearest(people, pos)

    def org_for(self, name: str, pos: int) -> Entity | None:
        key = fold(clean_name(name))
        matches = [o for o in self.orgs if o.key == key or key in o.aliases]
        if matches:
            return nearest(matches, pos)
        return None

    def by_noun(self, noun: str, pos: int, modifiers: list[str] = (), unique: bool = False) -> Entity | None:
        """'the institute' -> the organisation or person whose name or role has that noun;
        'the former president' prefers a role that also has 'former' (``unique``: None
        when several fit equally well, instead of the nearest)."""
        noun = fold(noun)
        nouns = {noun, noun[:-1] + "ies"} if noun.endswith("y") else {noun}
        ranked = {f"{fold(m)} {noun}" for m in modifiers if fold(m) in RANK_PREFIXES}
        nouns = ranked or nouns  # 'the vice president' is only a vice president
        found: list[tuple[int, Entity]] = []
        for e in self.orgs + self.persons:
            words, heads = _nouns_of(e)
            if nouns & heads and not _named_for_another(e, modifiers, words) and not _only_formerly(e, nouns, modifiers):
                found.append((sum(stem_in(fold(m), words) for m in modifiers), e))
        if not found:
            return None
        best = max(score for score, _ in found)
        fitting = [e for score, e in found if score == best]
        return None if unique and len(fitting) > 1 else nearest(fitting, pos)

    def pronoun(self, word: str, pos: int, history: list[tuple[int, Entity]]) -> Entity | None:
        """he/she: a person of that gender; it/they: an organisation."""
        word = word.lower()
        if word in MALE_PRONOUNS or word in FEMALE_PRONOUNS:
            return self.in_focus(PERSON, "m" if word in MALE_PRONOUNS else "f", pos, history)
        if word in NEUTER_PRONOUNS:
            return self.in_focus(ORGANISATION, None, pos, history)
        if word in PLURAL_PRONOUNS:
            e = self.in_focus(ORGANISATION, None, pos, history)
            return e if e is None or _plural_name(e) or _organisation_subject_lately(self, e, pos, history) else None
        return None

    def in_focus(self, kind: str, gender: str | None, pos: int,
                  history: list[tuple[int, Entity]], learn: bool = True) -> Entity | None:
        """The ``kind`` (and ``gender``) the story is about just before ``pos``: the most
        salient compatible entity (see :func:`salience`), None when there is none."""
        def compatible(e: Entity) -> bool:
            return e.kind == kind and not (gender and e.gender and e.gender != gender and not unsure_gender(e))
        e = self.most_salient(compatible, pos, history, gender)
        if learn and e is not None and gender:
            learn_gender(e, gender)
        return e

    def most_salient(self, accept, pos: int, history: list[tuple[int, Entity]],
                      gender: str | None = None) -> Entity | None:
        """The entity ``accept`` admits with the best salience at ``pos`` (None when none is)."""
        article = self.article
        here = article.sentence_of(pos)
        bonus = SALIENCE_SUBJECT + SALIENCE_SPEAKER + SALIENCE_GENDER  # the most any mention gets
        best = None
        for e, events in _mentions_by_entity(self, history).values():
            if id(e) in self.excluded or not accept(e):
                continue
            weak = weak_person(e) and gender is not None
            agrees = bool(gender) and may_have_gender(e, gender)
            cost = (SALIENCE_NAMED_IN_QUOTE if id(e) in self.named_in_quote else 0.0) + (
                SALIENCE_UNSURE_GENDER if gender and e.gender and not may_have_gender(e, gender) else 0.0)
            for p, is_subject, was_speaker in _newest_first(events, pos):
                back = here - article.sentence_of(p)
                # Salience falls with distance: once even the best bonus cannot lift an older
                # mention above the best so far, none can (long articles stay linear).
                if best is not None and (bonus - back, p) <= best[:2]:
                    break
                if e is UNNAMED and gender:  # 'a woman ... she': the noun tells the gender ('a voter' either)
                    if self.unnamed_gender.get(p, gender) != gender:
                        continue
                    agrees = True
                score = salience(back, is_subject, was_speaker, agrees, weak=weak and not was_speaker) - cost
                if not is_subject and not was_speaker and article.is_object(p):
                    score -= SALIENCE_OBJECT
                if best is None or (score, p) > best[:2]:
                    best = (score, p, e)
        return None if best is None else best[2]


def _organisation_subject_lately(cast: Cast, e: Entity, pos: int, history: list[tuple[int, Entity]]) -> bool:
    """Whether ``e``, or 'the union', 'the retailer', was a subject (or quoted) in the sentence
    holding ``pos`` or the one before: what a 'they' may mean of one organisation."""
    article = cast.article
    here = article.sentence_of(pos)
    events = _mentions_by_entity(cast, history).get(id(e), (e, []))[1]
    if any(is_subject and here - article.sentence_of(p) <= 1 for p, is_subject, _ in _newest_first(events, pos)):
        return True
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ORG_NOUNS and not article.quoted[t.i]
               and any(d.lower_ == "the" for d in t.children)
               for t in article.tokens_back(article.token_index(pos), 1))


def _plural_name(e: Entity) -> bool:
    """Whether an organisation's name is a plural a 'they' fits ('Senate Democrats', 'the
    Khans'; not 'Reuters', 'Temple University')."""
    last = e.tokens[-1] if e.tokens else ""
    return last[:1].isupper() and last.endswith("s") and not last.endswith(("ss", "us", "is", "’s", "'s")) \
        and fold(last) not in MEDIA_NAMES


def _nouns_of(e: Entity) -> tuple[set[str], set[str]]:
    """(every word of ``e``'s name and roles, the nouns that can stand for it: its name's
    words and its roles' heads, initials of a two-word head too: 'the PM')."""
    words = set(fold(e.name).split())
    heads = set(words)
    for r in e.roles:
        role_words = [TITLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in fold(r).replace("-", " ").split()]
        words |= set(role_words)
        head = role_head(role_words)
        heads.add(head)
        if " " in head:
            heads.add("".join(w[0] for w in head.split()))
    return words, heads


def _only_formerly(e: Entity, nouns: set[str], modifiers: list[str]) -> bool:
    """'the governor' is not 'Ana Ruiz, a former governor': every role of ``e`` with the noun
    says it was held once, and the description does not."""
    if any(fold(m) in PAST_ROLE_WORDS for m in modifiers):
        return False
    held = [fold(r).replace("-", " ").split() for r in e.roles]
    with_noun = [words for words in held if nouns & set(words)]
    return bool(with_noun) and not nouns & set(fold(e.name).split()) \
        and all(PAST_ROLE_WORDS & set(words) for words in with_noun)


def _named_for_another(e: Entity, modifiers: list[str], words: set[str]) -> bool:
    """'the Fianna Fáil leader' is not 'Sinn Féin leader Mary Lou McDonald': the description's
    proper nouns and those of ``e``'s roles (``words``: its name and role words) differ."""
    wanted = {fold(m) for m in modifiers if m[:1].isupper() and fold(m) not in ORG_WORDS}  # not 'Party'
    held = {fold(w) for r in e.roles for w in r.replace("-", " ").split()
            if w[:1].isupper() and fold(w).rstrip(".") not in TITLES and fold(w) not in TITLE_ABBREVIATIONS
            and fold(w) not in ORG_WORDS}
    return bool(wanted and held) and not wanted & words


def nearest(entities: list[Entity], pos: int) -> Entity:
    """The one of ``entities`` mentioned last before ``pos``, else first after it."""
    def distance(e: Entity) -> tuple[int, int]:
        before = [p for p in e.positions if p <= pos]
        if before:
            return (0, pos - max(before))
        return (1, min(e.positions) - pos if e.positions else 10 ** 9)
    return min(entities, key=distance)


def person_within(cast: Cast, tokens: list[str]) -> Entity | None:
    """'Rip Donald Trump' (a headline misparse) holds one known person's surname."""
    folded = {fold(t) for t in tokens}
    found = {id(p): p for p in cast.persons if len(p.tokens) > 1 and p.surname in folded}
    return next(iter(found.values())) if len(found) == 1 else None


def titled_given_name_owner(people: list[Entity], tokens: list[str]) -> Entity | None:
    """'Prince Faisal' is 'Faisal bin Farhan' when that is the one person of ``people`` named
    Faisal in full whose roles carry the title ('Saudi Foreign Minister Prince')."""
    if len(tokens) != 2 or tokens[0].lower() not in REGNAL_TITLES:
        return None
    title, given = tokens[0].lower(), fold(tokens[1])
    owners = [p for p in people if len(p.tokens) > 2 and fold(p.tokens[0]) == given
              and any(title in fold(r).split() for r in p.roles)]
    return owners[0] if len(owners) == 1 else None


def first_bare_bearer(cast: Cast, people: list[Entity], surname: str) -> Entity | None:
    """Who the article's first bare ``surname`` (no first name before it) meant: the only
    one of ``people`` introduced by then; recorded as the surname's owner."""
    article = cast.article
    firsts = {fold(p.tokens[0]) for p in people}
    for i, word in enumerate(article.texts):
        if fold(word) != surname or article.quoted[i] or i > 0 and fold(article.texts[i - 1]) in firsts:
            continue
        at = article.token_starts[i]
        introduced = [p for p in people if p.introduced < at]
        if len(introduced) == 1:
            cast.surname_owner[surname] = introduced[0]
            return introduced[0]
        return None
    return None


def has_kinship_role(e: Entity) -> bool:
    """Described as someone's relative ('his wife', 'the daughter of ...')."""
    return any(set(fold(r).split()) & KINSHIP_NOUNS for r in e.roles)


def later_relative(e: Entity, people: list[Entity]) -> bool:
    """Introduced as a relative ('his wife, Maren Talbot') after another of ``people`` (not
    'Liz Cheney, the daughter of Dick Cheney', who comes first and is the story)."""
    return has_kinship_role(e) and any(p.introduced < e.introduced for p in people)


def occurrences_between(cast: Cast, lo: int, hi: int) -> list[Occurrence]:
    """The mentions at offsets lo <= p < hi (the occurrences are in reading order)."""
    occurrences = cast.occurrences
    return occurrences[bisect.bisect_left(occurrences, lo, key=lambda o: o[0]):
                       bisect.bisect_left(occurrences, hi, key=lambda o: o[0])]


def add_occurrence(cast: Cast, occurrence: Occurrence) -> None:
    """Insert a mention in reading order, keeping the salience index current instead of
    rebuilding it (chain_pronouns adds one per he/she: a rebuild each was quadratic)."""
    current = cast._index_key[:3] == _occurrences_key(cast)
    bisect.insort(cast.occurrences, occurrence, key=lambda o: o[0])
    if current:
        p, e, is_subject = occurrence
        bisect.insort(cast._index.setdefault(id(e), (e, []))[1], _mention_event(cast, p, is_subject))
        cast._index_key = _occurrences_key(cast) + cast._index_key[3:]


def named_in_full_before(cast: Cast, people: list[Entity], pos: int) -> Entity | None:
    """'Bill Clinton spoke with voters ... Clinton said': the one of ``people`` whom the
    paragraph (or, for a paragraph opening with a quote, the one before) last named before
    ``pos`` with a first name, unless a bare surname came since or that one was introduced
    as a relative (news gives relatives their first names)."""
    article = cast.article
    i = bisect.bisect_right(article.paragraphs, (pos, len(article.text))) - 1
    start = article.paragraphs[i][0] if i >= 0 else 0
    ids = {id(p) for p in people}
    last = next(((p, e) for p, e, _ in reversed(occurrences_between(cast, start, pos)) if id(e) in ids), None)
    if last is None and i > 0 and article.in_quote_char(start):  # 'Eric Hale called. ¶ “...,” Hale said'
        last = next(((p, e) for p, e, subject in reversed(occurrences_between(cast, article.paragraphs[i - 1][0], start))
                     if id(e) in ids and subject), None)  # its subject: not 'the aide, Ann Hale, who was shot
    if last is None or len(last[1].tokens) < 2 or later_relative(last[1], people):
        return None  # 'His wife, Maren Talbot, watched. Talbot waved.': the bare name stays his
    p, e = last
    if any(o is not e and not _written_in_full(article.text, q, o) for q, o, _ in occurrences_between(cast, start, p)
           if id(o) in ids):
        return None  # 'Tefft wrote to Mrs. Clinton about a visit by Chelsea Clinton. Mrs. Clinton replied'
    return e if _written_in_full(article.text, p, e) else None


def _written_in_full(text: str, pos: int, e: Entity) -> bool:
    """Whether the mention of ``e`` at ``pos`` opens with its first name."""
    return fold(text[pos:pos + len(e.tokens[0])]) == fold(e.tokens[0])


def _occurrences_key(cast: Cast) -> tuple:
    """What the salience index is built from: the mention list, its length, the reporters."""
    return id(cast.occurrences), len(cast.occurrences), len(cast.reporters)


def _mention_event(cast: Cast, pos: int, is_subject: bool) -> tuple[int, bool, bool]:
    """One mention as the salience index holds it: (offset, is_subject, was_speaker); the
    subject of a 'that' clause counts as none."""
    if cast.article.in_adverbial_clause(pos):
        return pos, False, False
    reported = pos in cast.reporters
    return pos, reported or is_subject and not cast.article.in_that_clause(pos), reported


def _mentions_by_entity(cast: Cast, history: list[tuple[int, Entity]]) -> dict[int, tuple[Entity, list]]:
    """Each entity's mentions as sorted (offset, is_subject, was_speaker): the article's
    occurrences and earlier quotes' speakers (``history``, which only grows)."""
    key = _occurrences_key(cast) + (id(history),)
    if cast._index_key != key:
        index: dict[int, tuple[Entity, list]] = {}
        for p, e, is_subject in cast.occurrences:
            if not cast.article.outside_story(p):  # a photo caption or a reader prompt is no part of the story
                index.setdefault(id(e), (e, []))[1].append(_mention_event(cast, p, is_subject))
        cast._index, cast._index_key, cast._indexed_history = index, key, 0
    for p, e in history[cast._indexed_history:]:
        bisect.insort(cast._index.setdefault(id(e), (e, []))[1], (p, True, True))
    cast._indexed_history = len(history)
    return cast._index
