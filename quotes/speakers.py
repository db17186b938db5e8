"""Turn speaker mentions into canonical speakers within one article.

"Stoltenberg", "NATO’s Stoltenberg" and "he" become "Jens Stoltenberg";
"the ISW", "the institute" and "it" become "Institute for the Study of War".
Titles and roles are split off the name into ``role``.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .attribution import token_starts, token_texts
from .names import first_name_key, fold, surname_key
from .spans import sentence_starts

from .lexicon import (FEMALE_NAMES, FEMALE_PRONOUNS, FEMALE_TITLES, FIRST_PERSON, GENERIC_HEADS,
                      MALE_NAMES, MALE_PRONOUNS, MALE_TITLES, NEUTER_PRONOUNS, PLURAL_PRONOUNS,
                      RELATIVE_PRONOUNS, ROLE_NOUNS, TITLES, DOCUMENT_NOUNS, ORG_WORDS, PERSON_NOUNS, first_name_gender)

PERSON = "person"
ORGANISATION = "organisation"
_ORG_LABELS = ("ORG", "GPE", "NORP", "FAC")
_POSSESSIVE = ("'s", "’s", "'", "’")
_LOWER_NAME_WORDS = {"of", "for", "the", "and", "on", "de", "van", "von", "der", "da", "del", "bin", "al", "le", "la"}


@dataclass
class Resolved:
    """A mention resolved to a canonical speaker (name None when unnamed)."""

    name: str | None
    kind: str | None
    role: str | None


@dataclass
class _Entity:
    name: str
    kind: str
    tokens: list[str]
    positions: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None
    introduced: int = 0  # where the article first writes this name

    @property
    def surname(self) -> str:
        """Folded surname ('Biden' for 'Joseph R. Biden Jr.')."""
        return surname_key(self.tokens)

    @property
    def key(self) -> str:
        if getattr(self, "_key_of", None) != self.name:
            self._key, self._key_of = fold(self.name), self.name
        return self._key


def _without_dateline(toks: list[Token]) -> list[Token]:
    """'CLEVELAND - Donald Trump' -> 'Donald Trump': a dateline is not part of a name."""
    dash = next((i for i, t in enumerate(toks) if t.text in ("-", "–", "—", "--")), None)
    if dash and all(t.is_upper or t.is_punct for t in toks[:dash]):
        return toks[dash + 1:]
    return toks


def _name_tokens(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split tokens of a name phrase into (role words, name words)."""
    toks = [t for t in tokens if not t.is_space]
    toks = _without_dateline(toks)
    # "NATO’s Stoltenberg", "Belarus’s Lukashenko": the possessor is not the name.
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].text in _POSSESSIVE or toks[i].tag_ == "POS":
            if i < len(toks) - 1:
                toks = toks[i + 1:]
            else:
                toks = toks[:i]
            break
    role: list[Token] = []
    while toks and (toks[0].lower_ in TITLES or toks[0].lower_.rstrip(".") in TITLES
                    or toks[0].lower_ in _CALENDAR_WORDS
                    or toks[0].is_lower or toks[0].pos_ in ("DET", "ADJ", "NUM", "PUNCT")
                    or (toks[0].ent_type_ in ("NORP", "GPE") and len(toks) > 1)):
        role.append(toks.pop(0))
    while toks and (toks[-1].is_punct or toks[-1].lower_ in TITLES and len(toks) > 1 and toks[-1].is_lower):
        toks.pop()
    return role, toks


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s*\([A-Z][A-Za-z.&-]{1,9}\)", "", text)  # "(NTSB)" after a name
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"(['’]s|['’])$", "", text).strip(" ,.;:-–—")
    return text


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _LOWER_NAME_WORDS]
    return "".join(w[0] for w in words if w[0].isupper())


def _gender_of_tokens(role: list[str], first: str) -> str | None:
    lowered = {w.lower() for w in role}
    if lowered & MALE_TITLES:
        return "m"
    if lowered & FEMALE_TITLES:
        return "f"
    return first_name_gender(first)


UNNAMED = _Entity("", PERSON, [])


class SpeakerResolver:
    """Canonical names for the people and organisations of one article."""

    def __init__(self, doc: Doc, quoted: list[bool]):
        self.doc = doc
        self.text = doc.text  # Doc.text is rebuilt from tokens on every access
        self.quoted = quoted
        self.persons: list[_Entity] = []
        self.orgs: list[_Entity] = []
        self.ent_of_token: dict[int, Span] = {}
        self._token_starts = token_starts(doc)
        # (char offset, entity, is_subject) for each mention seen, in order.
        self.occurrences: list[tuple[int, _Entity, bool]] = []
        self._history: list[tuple[int, _Entity]] = []  # earlier quotes' speakers, set by resolve()
        self._excluded: set[int] = set()  # entities that cannot be the current speaker
        self._surname_owner: dict[str, _Entity] = {}  # who a bare shared surname means
        self.ents = _join_split_names(doc, list(doc.ents))
        for ent in self.ents:
            for t in ent:
                self.ent_of_token[t.i] = ent
        self._collect()

    # -- the article's cast -------------------------------------------------
    def _collect(self) -> None:
        swallowed = -1  # last token of a name extended over the next entity
        for ent in self.ents:
            if self.quoted[ent.start] or ent.start <= swallowed:
                continue
            label = _person_by_form(self.doc, ent) or ent.label_
            if label not in ("PERSON", "ORG"):
                continue
            if label == "PERSON" and len(ent) == 1 and _after_article(self.doc, ent):
                continue  # "the 21-year-old Spaniard": a description, not a name
            role_toks, name_toks = _name_tokens(list(ent))
            if not name_toks or not any(t.text[:1].isupper() for t in name_toks):
                continue
            name_toks = self._extend_truncated(name_toks)
            swallowed = max(swallowed, name_toks[-1].i)
            if self._in_title_case_line(ent.start_char):
                name_toks = self._trim_headline_words(name_toks)
            name_toks = self._without_sentence_opener(name_toks)
            if not name_toks:
                continue
            name = _clean(_slice(self.text, name_toks))
            if not name:
                continue
            is_person = label == "PERSON" and len(name_toks) <= 5 and name_toks[-1].lower_ not in ORG_WORDS
            entity = self._register(name, name.split(), PERSON if is_person else ORGANISATION,
                                    ent.start_char)
            roles = self._roles_around(ent, role_toks)
            entity.roles.extend(roles)
            if entity.kind == PERSON and entity.gender is None:
                entity.gender = _gender_of_tokens([w for r in roles for w in r.split()] +
                                                  [t.text for t in role_toks], entity.tokens[0])
            self.occurrences.append((ent.start_char, entity, self._is_subject(ent)))
        for m in _TITLED_NAME_RE.finditer(self.text):
            if self._in_quote_char(m.start()) or any(e.start_char <= m.start(2) < e.end_char for e in self.ents
                                                     if e.label_ == "PERSON"):
                continue
            entity = self._register(m.group(2), m.group(2).split(), PERSON, m.start(2))
            if entity.gender is None:
                entity.gender = "m" if m.group(1).lower().rstrip(".") == "mr" else (
                    "f" if m.group(1).lower().rstrip(".") in ("mrs", "ms", "miss") else None)
            self.occurrences.append((m.start(2), entity, False))
        for m in _UNNAMED_PERSON_RE.finditer(self.text):
            if not self._in_quote_char(m.start(1)):
                self.occurrences.append((m.start(1), UNNAMED, True))
        self._orgs_that_are_people()
        self._merge_short_names()
        self._expand_single_names()
        self._merge_person_orgs()
        self._find_acronyms()
        self._merge_acronym_orgs()
        self._surname_mentions()
        self.occurrences.sort(key=lambda o: o[0])
        self._learn_genders()
        self._chain_pronouns()

    def _expand_single_names(self) -> None:
        """'Zaheed' when the article also writes 'Murshed Zaheed' (which NER missed): the full name."""
        lower_words = self._lower_words()
        for person in self.persons:
            if len(person.tokens) != 1 or person is UNNAMED:
                continue
            full = self._fullest_form(person.tokens[0], lower_words)
            if full and fold(full) != person.key and not any(p.key == fold(full) for p in self.persons):
                person.aliases.add(person.key)
                person.name, person.tokens = full, full.split()
                if person.gender is None:
                    person.gender = _gender_of_tokens([], person.tokens[0])

    def _is_object(self, pos: int) -> bool:
        """'... backs Trump', '... with Obama': a name right after a verb or preposition (an
        object, less likely to be the next speaker than a subject or a name opening a clause)."""
        i = bisect.bisect_right(self._token_starts, pos) - 1
        j = i - 1
        while j >= 0 and (self.doc[j].text[:1].isupper() or self.doc[j].lower_ in TITLES) \
                and not self.doc[j].is_sent_start:
            j -= 1  # titles and first names: "told Sen. John Smith"
        if j < 0:
            return False
        before = self.doc[j]
        return before.is_lower and before.is_alpha and before.lower_ not in _CLAUSE_OPENERS

    def _lower_words(self) -> set[str]:
        """Words the article writes in lower case somewhere (so not names)."""
        if not hasattr(self, "_lower"):
            self._lower = {w.lower() for w in self._texts() if w.islower()}
        return self._lower

    def _texts(self) -> list[str]:
        """Token texts, read once (iterating a Doc builds a Token object per step)."""
        if not hasattr(self, "_token_texts"):
            self._token_texts = token_texts(self.doc)
        return self._token_texts

    def _fullest_form(self, word: str, lower_words: set[str]) -> str | None:
        """The longest 'First [Middle] Word' the article writes outside quotes, or None."""
        best: list[Token] = []
        texts = self._texts()
        for i in (i for i, w in enumerate(texts) if w == word and not self.quoted[i]):
            run: list[Token] = []
            j = i - 1
            while j >= 0 and len(run) < 3 and texts[j][:1].isupper() and not self.quoted[j] \
                    and _name_word(self.doc[j], lower_words):
                run.insert(0, self.doc[j])
                j -= 1
            if len(run) > len(best):
                best = run + [self.doc[i]]
        return _slice(self.text, best) if best else None

    def _in_title_case_line(self, pos: int) -> bool:
        """True inside a headline or subheading written In Title Case ('Mayor Thanks Donors')."""
        start = self.text.rfind("\n", 0, pos) + 1
        cache = self.__dict__.setdefault("_title_case_lines", {})
        if start not in cache:
            cache[start] = self._title_case(start)
        return cache[start]

    def _title_case(self, start: int) -> bool:
        end = self.text.find("\n", start)
        words = re.findall(r"[A-Za-z][\w’'-]*", self.text[start:end if end >= 0 else len(self.text)])
        long_words = [w for w in words if len(w) > 3]
        return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)

    def _without_sentence_opener(self, toks: list[Token]) -> list[Token]:
        """'Outside Carrier, workers ...' -> 'Carrier': a sentence's capitalized first word that
        the article also writes in lower case (and is no first name) is not part of a name."""
        if len(toks) < 2:
            return toks
        starts = self._sentence_starts()
        i = bisect.bisect_left(starts, toks[0].idx)
        if i >= len(starts) or starts[i] != toks[0].idx:
            return toks
        first = toks[0].lower_
        if first in MALE_NAMES or first in FEMALE_NAMES:
            return toks
        if first in self._lower_words() or toks[0].is_stop or first in _PREPOSITIONS:
            return toks[1:]
        return toks

    def _trim_headline_words(self, toks: list[Token]) -> list[Token]:
        """'Trump Stands Tall' -> 'Trump': in a title-case line, keep only the words the body
        also writes as names (capitalized after a sentence's first word)."""
        body = self._body_name_words()
        toks = list(toks)
        while toks and fold(toks[0].text) not in body:
            toks.pop(0)
        while toks and fold(toks[-1].text) not in body:
            toks.pop()
        return toks

    def _body_name_words(self) -> set[str]:
        """Words written capitalized after a sentence's first word, outside quotes and headlines."""
        if not hasattr(self, "_body_names"):
            texts, names = self._texts(), set()
            for i in range(1, len(texts)):
                w = texts[i]
                if w[:1].isupper() and not self.quoted[i] and texts[i - 1] not in (".", "!", "?") \
                        and "\n" not in texts[i - 1] and not self._in_title_case_line(self._token_starts[i]):
                    names.add(fold(w))
            self._body_names = names
        return self._body_names

    def _chain_pronouns(self) -> None:
        """'Ryan ... He said Trump needs ...': a he/she that is a subject outside quotes refers
        to someone, and keeps them in focus for the pronouns after it."""
        texts = self._texts()
        for i, word in enumerate(texts):
            lower = word.lower()
            if lower not in ("he", "she") or self.quoted[i]:
                continue
            token = self.doc[i]
            if token.dep_ and token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            pos = self._token_starts[i]
            e = self._in_focus(PERSON, "m" if lower == "he" else "f", pos, [], learn=False)
            if e is not None and e is not UNNAMED:
                bisect.insort(self.occurrences, (pos, e, True), key=lambda o: o[0])

    def _learn_genders(self) -> None:
        """'Groberg, 33, spoke about his decision': a person whose name tells no gender takes
        the gender of he/his or she/her later in a sentence they are the subject of, when no
        other person comes between."""
        votes: dict[int, list[str]] = {}
        starts = self._sentence_starts()
        positions = [p for p, _, _ in self.occurrences]
        for k, (p, e, is_subject) in enumerate(self.occurrences):
            if not is_subject or e.kind != PERSON or e.gender is not None or e is UNNAMED:
                continue
            i = _sentence_index(starts, p)
            end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
            if k + 1 < len(positions):
                end = min(end, positions[k + 1])
            gender = self._first_pronoun_gender(p, end)
            if gender:
                votes.setdefault(id(e), []).append(gender)
        for e in self.persons:
            if e.gender is None and votes.get(id(e)):
                genders = votes[id(e)]
                e.gender = max(sorted(set(genders)), key=genders.count)

    def _first_pronoun_gender(self, start: int, end: int) -> str | None:
        """'m' or 'f' for the first unquoted he/his/him or she/her in ``text[start:end]``."""
        for i in range(bisect.bisect_left(self._token_starts, start), bisect.bisect_left(self._token_starts, end)):
            word = self.doc[i].lower_
            if self.quoted[i]:
                continue
            if word in MALE_PRONOUNS:
                return "m"
            if word in FEMALE_PRONOUNS:
                return "f"
        return None

    def _is_subject(self, ent: Span) -> bool:
        """A sentence subject; in a paragraph that was not parsed, a name opening its sentence
        (after title words only: "President Joe Biden said")."""
        if ent.root.dep_:
            return ent.root.dep_ in ("nsubj", "nsubjpass")
        starts = self._sentence_starts()
        i = bisect.bisect_right(starts, ent.start_char) - 1
        lead = self.text[starts[i] if i >= 0 else 0:ent.start_char].split()
        return all(w[:1].isupper() or w.lower() in TITLES for w in lead)

    def _surname_mentions(self) -> None:
        """'Zelenskyy, speaking ..., said': a known person's surname the NER missed is still a mention."""
        by_surname: dict[str, list[_Entity]] = {}
        for p in self.persons:
            if len(p.tokens) > 1:
                by_surname.setdefault(p.surname, []).append(p)
        if not by_surname:
            return
        seen = {pos for pos, _, _ in self.occurrences}
        texts = self._texts()
        for i, word in enumerate(texts):
            if not word[:1].isupper() or self.quoted[i] or self._token_starts[i] in seen \
                    or fold(word) not in by_surname:
                continue
            t = self.doc[i]
            if t.ent_type_ == "PERSON" or (t.i + 1 < len(self.doc) and self.doc[t.i + 1].text[:1].isupper()
                                           and self.doc[t.i + 1].is_alpha):
                continue
            people = by_surname.get(fold(t.text))
            if people and len(people) == 1:
                self.occurrences.append((t.idx, people[0], self._is_subject(self.doc[t.i:t.i + 1])))

    def _extend_truncated(self, toks: list[Token]) -> list[Token]:
        """'Institute for Snow and' + 'Avalanche Research': NER stopped at a connecting word."""
        if toks[-1].lower_ not in _LOWER_NAME_WORDS and toks[-1].text != "&":
            return toks
        doc, i = self.doc, toks[-1].i + 1
        extra: list[Token] = []
        while i < len(doc) and not self.quoted[i] and (doc[i].text[:1].isupper() or
                                                       (extra and doc[i].lower_ in _LOWER_NAME_WORDS)):
            extra.append(doc[i])
            i += 1
        while extra and extra[-1].lower_ in _LOWER_NAME_WORDS:
            extra.pop()
        return toks + extra if extra else toks

    def _register(self, name: str, tokens: list[str], kind: str, pos: int) -> _Entity:
        table = self.persons if kind == PERSON else self.orgs
        for e in table:
            if e.key == fold(name):
                e.positions.append(pos)
                return e
        entity = _Entity(name, kind, tokens, [pos], introduced=pos)
        table.append(entity)
        return entity

    def _roles_around(self, ent: Span, role_toks: list[Token]) -> list[str]:
        """Titles before the name ("Lithuanian President") and appositions after it."""
        if not ent.root.dep_:
            return self._roles_from_text(ent)
        roles = []
        doc = self.doc
        left = ent.root.left_edge.i
        para_start = self.text.rfind("\n", 0, ent.start_char) + 1
        while left < ent.start and (doc[left].idx < para_start or doc[left].pos_ in ("DET", "PUNCT")
                                    or self.quoted[left] or doc[left].tag_ == "POS"
                                    or any(t.text in _POSSESSIVE or t.tag_ == "POS" for t in doc[left:ent.start])):
            left += 1
        start = doc[left].idx if left < ent.start else None
        if role_toks:
            start = min(start if start is not None else role_toks[0].idx, role_toks[0].idx)
            while role_toks and role_toks[0].pos_ == "DET":
                role_toks.pop(0)
                start = role_toks[0].idx if role_toks else None
        if start is not None:
            end = ent.start_char if not role_toks else max(ent.start_char, role_toks[-1].idx + len(role_toks[-1]))
            end = min(end, (ent[len(role_toks)].idx if role_toks and len(role_toks) < len(ent) else end))
            roles.append(_clean(self.text[start:end]))
        for child in ent.root.children:
            if child.dep_ == "appos" and child.i > ent.end - 1 and not self.quoted[child.i]:
                roles.append(self._appos_text(child))
        head = ent.root
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < ent.start:
            words = [t for t in head.head.subtree if t.i < ent.start and not self.quoted[t.i]]
            while words and words[-1].is_punct:
                words.pop()
            roles.append(self._span_text(words))
        return [r for r in roles if _useful_role(r)]

    def _roles_from_text(self, ent: Span) -> list[str]:
        """Roles around a name in a paragraph that was not parsed (see quotes.parse)."""
        doc, roles = self.doc, []
        run: list[Token] = []
        i = ent.start - 1
        while i >= 0 and len(run) < 6 and not self.quoted[i]:
            t = doc[i]
            if t.text == "-" and run:
                run.insert(0, t)
            elif t.text[:1].isupper() and t.is_alpha or t.lower_ in TITLES or t.lower_ in ROLE_NOUNS:
                run.insert(0, t)
            else:
                break
            i -= 1
        while run and not (run[0].lower_ in TITLES or run[0].lower_ in ROLE_NOUNS or run[0].text[:1].isupper()):
            run.pop(0)
        if any(t.lower_ in TITLES or t.lower_ in ROLE_NOUNS for t in run):
            roles.append(_clean(_slice(self.text, run)))
        m = re.match(r"(?:\s*\([^()]{1,15}\))?,\s+(?:an?|the)\s+([^;.()“”\"]{3,80}?)\s*(?:,(?=\s+[a-z])|[.;])",
                     self.text[ent.end_char:ent.end_char + 140])
        if m:
            roles.append(_clean(m.group(1)))
        return [r for r in roles if r]

    def _appos_text(self, head: Token) -> str:
        toks = [t for t in head.subtree if not self.quoted[t.i]]
        out = []
        for t in toks:
            if t.dep_ in ("relcl", "acl") and t.i > head.i or (t.text == "," and t.i > head.i):
                break
            out.append(t)
        while out and out[0].pos_ == "DET":
            out.pop(0)
        if not out:
            return ""
        return _clean(self.text[out[0].idx:out[-1].idx + len(out[-1])])

    def _merge_into(self, short: _Entity, full: _Entity) -> None:
        full.positions.extend(short.positions)
        full.roles.extend(r for r in short.roles if r not in full.roles)
        full.aliases.add(short.key)
        full.aliases |= short.aliases
        full.gender = full.gender or short.gender
        self.occurrences = [(p, full if e is short else e, s) for p, e, s in self.occurrences]

    def _merge_short_names(self) -> None:
        """'Lukashenko' and 'Belarus’s Lukashenko' join 'Alexander Lukashenko'; a surname
        several known people share joins, at each mention, whoever it means there."""
        keep = []
        for person in sorted(self.persons, key=lambda p: -len(p.tokens)):
            targets = {}
            for pos in sorted(person.positions or [0]):
                target = self._person_for(person.tokens, pos, among=keep)
                if target is not None and target is not person and len(target.tokens) > len(person.tokens):
                    targets[pos] = target
                    if len(person.tokens) == 1:
                        self._surname_owner.setdefault(person.surname, target)
            distinct = list({id(t): t for t in targets.values()}.values())
            if len(distinct) == 1:
                self._merge_into(person, distinct[0])
            elif distinct:
                self._split_into(person, targets)
            else:
                keep.append(person)
        self.persons = keep

    def _split_into(self, short: _Entity, targets: dict[int, _Entity]) -> None:
        """Give each mention of ``short`` to the person it means at its position."""
        values = list(targets.values())
        fallback = max(values, key=values.count)
        for person in {id(t): t for t in values}.values():
            person.aliases.add(short.key)
        self.occurrences = [(p, targets.get(p, fallback) if e is short else e, s) for p, e, s in self.occurrences]

    def _merge_acronym_orgs(self) -> None:
        """An ORG 'ISW' joins 'Institute for the Study of War' that defined it."""
        keep = []
        for org in self.orgs:
            owner = next((o for o in self.orgs if o is not org and org.key in o.aliases
                          and len(o.tokens) > len(org.tokens)), None)
            if owner is not None:
                self._merge_into(org, owner)
            else:
                keep.append(org)
        self.orgs = keep

    def _orgs_that_are_people(self) -> None:
        """'Maryam Violet, an Iranian journalist' tagged ORG: a name of one to three plain
        words, none an organisation word, described by a person noun, followed by he/she
        as a subject or by ', who', is a person."""
        keep = []
        for org in self.orgs:
            words = org.tokens
            plain = 1 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() and not w.isupper()
                                                 and w.lower() not in ORG_WORDS for w in words) \
                and words[0].lower() not in _CALENDAR_WORDS
            role_heads = {r.split()[-1].lower() for r in org.roles if r.split()}
            described = bool(role_heads & (PERSON_NOUNS | ROLE_NOUNS | TITLES))
            who = re.search(r"\b" + re.escape(org.name) + r"\s*,\s*who\b", self.text) is not None
            if plain and (who or len(words) > 1 and (described or self._pronoun_after_subject(org))):
                org.kind = PERSON
                org.gender = org.gender or first_name_gender(words[0])
                self.persons.append(org)
            else:
                keep.append(org)
        self.orgs = keep

    def _pronoun_after_subject(self, entity: _Entity) -> bool:
        """True when he/she/his/her follows one of ``entity``'s subject mentions in its sentence."""
        starts = self._sentence_starts()
        for p, e, is_subject in self.occurrences:
            if e is entity and is_subject:
                i = _sentence_index(starts, p)
                end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
                if self._first_pronoun_gender(p, end):
                    return True
        return False

    def _merge_person_orgs(self) -> None:
        """NER calls 'Stoltenberg' an ORG when a PERSON 'Jens Stoltenberg' exists."""
        surnames = {p.surname for p in self.persons if len(p.tokens) > 1}
        keep = []
        for org in self.orgs:
            if len(org.tokens) == 1 and fold(org.tokens[0]) in surnames:
                person = self._person_for(org.tokens, org.positions[0] if org.positions else 0)
                if person is not None:
                    self._merge_into(org, person)
                    continue
            keep.append(org)
        self.orgs = keep

    def _find_acronyms(self) -> None:
        text = self.text
        for org in self.orgs:
            org.aliases.add(fold(_acronym(org.name)))
        for m in re.finditer(r"\(([A-Z][A-Za-z&.]{1,9})\)", text):
            acro = m.group(1)
            before = _clean(text[max(0, m.start() - 120):m.start()].split("\n")[-1])
            for org in self.orgs + self.persons:
                if before.endswith(org.name) or fold(_acronym(org.name)) == fold(acro):
                    org.aliases.add(fold(acro))
                    if org.kind == ORGANISATION:
                        break

    # -- lookups -------------------------------------------------------------
    def _person_for(self, tokens: list[str], pos: int, among: list[_Entity] | None = None,
                    gender: str | None = None) -> _Entity | None:
        """The known person ``tokens`` names at ``pos`` (of ``gender`` when given), or None."""
        if not tokens:
            return None
        surname = surname_key(tokens)
        pool = self.persons if among is None else among
        if gender:
            pool = [p for p in pool if p.gender in (None, gender)]
        cands = [p for p in pool if p.surname == surname]
        if not cands and len(tokens) == 1:
            # "Shen" for "Shen Xincheng", "Tom" for "Tom Ebeling": the first word of one full name.
            cands = [p for p in pool if len(p.tokens) > 1 and first_name_key(p.tokens) == surname]
            if len(cands) > 1:
                return None
        if len(tokens) > 1:
            first = fold(tokens[0])
            cands = [p for p in cands if fold(p.tokens[0]) == first or p.key == fold(" ".join(tokens))
                     or len(p.tokens) == 1] or cands[:0]
        if not cands:
            return None
        # Distinct people: drop bare surnames a fuller candidate contains ("Biden" in "Joe Biden").
        full = [p for p in cands if not (len(p.tokens) == 1 and any(len(o.tokens) > 1 and _contains_name(o, p)
                                                                    for o in cands))]
        if len(full) == 1:
            return full[0]
        return self._bearer_meant(full, surname if len(tokens) == 1 else None, pos)

    def _bearer_meant(self, people: list[_Entity], surname: str | None, pos: int) -> _Entity:
        """Which of several ``people`` sharing a surname a mention at ``pos`` means: one the
        story has introduced; the one the bare ``surname`` first meant; else the most salient."""
        people = [p for p in people if p.introduced < pos] or people
        if len(people) == 1:
            return people[0]
        owner = self._surname_owner.get(surname) if surname else None
        if any(owner is p for p in people):
            return owner
        return self._last_subject(people, pos)

    def _person_within(self, tokens: list[str]) -> _Entity | None:
        """'Rip Donald Trump' (a headline misparse) holds one known person's surname."""
        folded = {fold(t) for t in tokens}
        found = {id(p): p for p in self.persons if len(p.tokens) > 1 and p.surname in folded}
        return next(iter(found.values())) if len(found) == 1 else None

    def _last_subject(self, people: list[_Entity], pos: int) -> _Entity:
        """Among people sharing a surname, the most salient at ``pos``
        ("President Joe Biden said ... his son Hunter Biden’s trial. ... Mr Biden said")."""
        chosen = self._most_salient(lambda e: any(e is p for p in people), pos, self._history)
        return chosen if chosen is not None else self._nearest(people, pos)

    def _nearest(self, entities: list[_Entity], pos: int) -> _Entity:
        def distance(e: _Entity) -> tuple[int, int]:
            before = [p for p in e.positions if p <= pos]
            if before:
                return (0, pos - max(before))
            return (1, min(e.positions) - pos if e.positions else 10 ** 9)
        return min(entities, key=distance)

    def _org_for(self, name: str, pos: int) -> _Entity | None:
        key = fold(_clean(name))
        matches = [o for o in self.orgs if o.key == key or key in o.aliases]
        if matches:
            return self._nearest(matches, pos)
        return None

    def _by_noun(self, noun: str, pos: int, modifiers: list[str] = ()) -> _Entity | None:
        """'the institute' -> the organisation or person whose name or role has that noun;
        'the former president' prefers a role that also has 'former'."""
        noun = fold(noun)
        found: list[tuple[int, _Entity]] = []
        for e in self.orgs + self.persons:
            words = set(fold(e.name).split())
            for r in e.roles:
                words |= set(fold(r).replace("-", " ").split())
            if noun in words or (noun.endswith("y") and noun[:-1] + "ies" in words):
                found.append((sum(_stem_in(fold(m), words) for m in modifiers), e))
        if not found:
            return None
        best = max(score for score, _ in found)
        return self._nearest([e for score, e in found if score == best], pos)

    def _pronoun(self, word: str, pos: int, history: list[tuple[int, _Entity]]) -> _Entity | None:
        """he/she: a person of that gender; it/they: an organisation."""
        word = word.lower()
        if word in MALE_PRONOUNS or word in FEMALE_PRONOUNS:
            return self._in_focus(PERSON, "m" if word in MALE_PRONOUNS else "f", pos, history)
        if word in NEUTER_PRONOUNS or word in PLURAL_PRONOUNS:
            return self._in_focus(ORGANISATION, None, pos, history)
        return None

    def _in_focus(self, kind: str, gender: str | None, pos: int,
                  history: list[tuple[int, _Entity]], learn: bool = True) -> _Entity | None:
        """The ``kind`` (and ``gender``) the story is about just before ``pos``: the most
        salient compatible entity (see :func:`_salience`), None when there is none."""
        def compatible(e: _Entity) -> bool:
            return e.kind == kind and not (gender and e.gender and e.gender != gender)
        e = self._most_salient(compatible, pos, history, gender)
        if learn and e is not None and gender and e.gender is None and e is not UNNAMED:
            e.gender = gender
        return e

    def _most_salient(self, accept, pos: int, history: list[tuple[int, _Entity]],
                      gender: str | None = None) -> _Entity | None:
        """The entity ``accept`` admits with the best salience at ``pos`` (None when none is)."""
        sent_starts = self._sentence_starts()
        here = _sentence_index(sent_starts, pos)
        events = [(p, e, s, False) for p, e, s in self.occurrences if p < pos]
        events += [(p, e, True, True) for p, e in history if p < pos]
        best: dict[int, list] = {}
        for p, e, is_subject, was_speaker in events:
            if id(e) in self._excluded or not accept(e):
                continue
            back = here - _sentence_index(sent_starts, p)
            score = _salience(back, is_subject, was_speaker, bool(gender) and e.gender == gender,
                              weak=_weak_person(e) and gender is not None)
            if not is_subject and not was_speaker and self._is_object(p):
                score -= SALIENCE_OBJECT
            entry = best.setdefault(id(e), [score, p, e, 0])
            entry[3] += 1
            if (score, p) > (entry[0], entry[1]):
                entry[0], entry[1] = score, p
        if not best:
            return None
        return max(best.values(), key=lambda b: (b[0] + SALIENCE_FREQUENCY * math.log1p(b[3]), b[1]))[2]

    def _sentence_starts(self) -> list[int]:
        if not hasattr(self, "_starts"):
            self._starts = sentence_starts(self.text)
        return self._starts

    def _in_quote_char(self, pos: int) -> bool:
        i = bisect.bisect_right(self._token_starts, pos) - 1
        return 0 <= i < len(self.quoted) and self.quoted[i]

    # -- the public entry point ---------------------------------------------
    def resolve(self, mention: Span | None, history: list[tuple[int, _Entity]],
                cue: Token | None = None) -> tuple[Resolved, _Entity | None]:
        """Return the canonical speaker of ``mention`` and the entity it matched.

        ``history`` holds earlier quotes' (mention offset, entity); whoever the
        ``cue`` addresses ("he told Hannity") is not its speaker."""
        if mention is None or len(mention) == 0:
            return Resolved(None, None, None), None
        self._history = history
        self._excluded = self._addressees(cue)
        head = mention.root
        pos = mention.start_char
        word = head.lower_
        if head.pos_ == "PRON" or word in MALE_PRONOUNS | FEMALE_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS:
            if word in FIRST_PERSON or word in RELATIVE_PRONOUNS:
                return Resolved(None, None, None), None
            e = self._pronoun(word, pos, history)
            return self._as_resolved(e, None), e
        role_toks, name_toks = _name_tokens(list(mention))
        ent = self.ent_of_token.get(head.i)
        if (ent is not None and len(ent) == 1 and ent.label_ in ("NORP", "PERSON") and _after_article(self.doc, ent)
                and not self._person_for([ent.text], pos) and self._org_for(ent.text, pos) is None):
            # "the 21-year-old Spaniard", "the Serbian": a description of the person in focus.
            e = self._in_focus(PERSON, None, pos, history)
            if e is not None and e is not UNNAMED:
                return self._as_resolved(e, None), e
        if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            ent_role, ent_name = _name_tokens(list(ent))
            if ent_name:
                name_toks = ent_name
                role_toks = [t for t in mention if t.i < ent.start and t.pos_ != "DET"] + ent_role
        proper = [t for t in name_toks if t.pos_ == "PROPN" or t.text[:1].isupper()]
        role = self._span_text(role_toks) or None
        appos = [c for c in head.children if c.dep_ == "appos" and not self.quoted[c.i]]
        if appos and not role:
            role = self._appos_text(appos[0]) or None
        if not role and head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i:
            # "Alcaraz’s coach Juan Carlos Ferrero", "A spokesman for the UN, Stephane Dujarric"
            noun = head.head
            words = [t for t in noun.subtree if t.i < head.left_edge.i and not self.quoted[t.i]]
            while words and words[-1].is_punct:
                words.pop()
            role = self._span_text(words) or None
        if proper and head.pos_ != "PROPN" and ent is None and head.text[:1].isupper():
            # A name the tagger missed ("Guterres: ‘...’" in a headline): only if the article knows it.
            known = self._person_for([_clean(t.text) for t in name_toks], pos) or self._org_for(
                _slice(self.text, name_toks), pos)
            if known is not None:
                return self._as_resolved(known, None), known
        if proper and (head.pos_ == "PROPN" or ent is not None or (not head.pos_ and head.text[:1].isupper())):
            text = _clean(_slice(self.text, name_toks))
            tokens = text.split()
            if ent is not None and ent.label_ == "NORP" and not self._person_for(tokens, pos):
                # "one senior Democrat", "Republicans": a group or an unnamed member, not a speaker to query.
                return Resolved(None, None, _clean(self._span_text(list(mention))) or text), None
            if ent is not None and ent.label_ == "GPE" and not self._person_for(tokens, pos):
                return Resolved(text, ORGANISATION, role), None
            org = self._org_for(text, pos)
            person = self._person_for([_clean(t) for t in tokens if _clean(t)], pos,
                                      gender=_title_gender([t.lower_ for t in role_toks]))
            if org is not None and (person is None or text.isupper()):
                return self._as_resolved(org, role), org
            if person is None and org is None and len(tokens) > 1 and (ent is None or ent.label_ == "PERSON"):
                person = self._person_within(tokens)
            if person is not None:
                return self._as_resolved(person, role), person
            kind = ORGANISATION if ent is not None and ent.label_ in _ORG_LABELS else PERSON
            if ent is None and len(tokens) == 1 and text.isupper():
                kind = ORGANISATION
            if kind == PERSON and len(tokens) == 1:
                text = self._fullest_form(tokens[0], self._lower_words()) or text
                tokens = text.split()
            entity = self._register(text, tokens, kind, pos)
            if kind == PERSON and entity.gender is None:
                entity.gender = _gender_of_tokens([t.text for t in role_toks], entity.tokens[0])
            return self._as_resolved(entity, role), entity
        owned = self._by_owner(mention, head, pos, history)
        if owned is not None:
            return owned
        # A common noun: "the institute" resolves, "a source" stays unnamed.
        determiners = [t.lower_ for t in mention if t.dep_ in ("det", "poss")]
        definite = any(d in ("the", "this", "that") for d in determiners)
        if definite and head.tag_ in ("NN", "NNP") and head.lemma_.lower() not in GENERIC_HEADS:
            modifiers = [t.text for t in mention if t.i != head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")]
            e = self._by_noun(head.lemma_, pos, modifiers) or self._by_noun(head.text, pos, modifiers)
            if e is not None:
                return self._as_resolved(e, None), e
            bare = all(t.i == head.i or t.dep_ == "det" for t in mention)
            if bare and (head.lemma_.lower() in _ORG_NOUNS or head.lower_ in _ORG_NOUNS):
                # "the agency", "the company": the organisation the story is about just now.
                e = self._in_focus(ORGANISATION, None, pos, history)
                if e is not None:
                    return self._as_resolved(e, None), e
            if _personish(head):
                # "the activist", "the 63-year-old": the person the story is about just now.
                e = self._in_focus(PERSON, None, pos, history)
                if e is not None and e is not UNNAMED:
                    return self._as_resolved(e, None), e
        # Unnamed: keep the description as the role ("senior European Union official").
        described = self._span_text(list(mention)) or role
        return Resolved(None, None, described if described and _useful_role(described) else role), None

    def _by_owner(self, mention: Span, head: Token, pos: int,
                  history: list[tuple[int, _Entity]]) -> tuple[Resolved, _Entity | None] | None:
        """Documents and campaigns speak for their owner: 'the Heritage Foundation website' ->
        Heritage Foundation, 'Mrs. Clinton’s campaign' -> Hillary Clinton campaign, 'the
        statement' -> the speaker in focus.  None when ``head`` is neither."""
        lemma = head.lemma_.lower()
        if lemma not in DOCUMENT_NOUNS and lemma != "campaign":
            return None
        owner = self._owner_phrase(head)
        if owner is not None:
            resolved, entity = self.resolve(owner, history)
            if resolved.name is None:
                return None
            if lemma == "campaign":
                name = f"{resolved.name} campaign"
                org = self._register(name, name.split(), ORGANISATION, pos)
                return Resolved(name, ORGANISATION, None), org
            return resolved, entity
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in head.children)
        if lemma == "campaign" or not definite:
            return None
        e = self._most_salient(lambda e: e is not UNNAMED, pos, history)
        return (self._as_resolved(e, None), e) if e is not None else None

    def _owner_phrase(self, head: Token) -> Span | None:
        """The possessor ('Clinton’s' campaign) or the names before the noun ('Heritage
        Foundation' website) of ``head``, without the possessive mark."""
        for child in head.children:
            if child.dep_ == "poss" and not self.quoted[child.i]:
                toks = [t for t in child.subtree if t.tag_ != "POS" and t.text not in _POSSESSIVE]
                if toks:
                    return self.doc[toks[0].i:toks[-1].i + 1]
        names = [t for t in head.lefts if t.dep_ == "compound" and (t.pos_ == "PROPN" or t.ent_type_)]
        if names:
            first = min(t.left_edge.i for t in names)
            return self.doc[first:head.i]
        return None

    def _addressees(self, cue: Token | None) -> set[int]:
        """Entities the cue speaks to or about ("told Hannity", "said of Trump"): ids."""
        if cue is None:
            return set()
        targets: list[Token] = []
        for child in cue.children:
            if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN"):
                targets.extend(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in ("to", "of", "about", "at"):
                targets.extend(t for c in child.children if c.dep_ == "pobj" for t in c.subtree)
        starts = {t.idx for t in targets if not self.quoted[t.i]}
        return {id(e) for p, e, _ in self.occurrences if p in starts and e is not UNNAMED}

    def _span_text(self, toks: list[Token]) -> str:
        """Text of the role words, from after any possessor ("NATO’s") to the last one."""
        cut = max((i for i, t in enumerate(toks) if t.text in _POSSESSIVE or t.tag_ == "POS"), default=-1)
        toks = [t for t in toks[cut + 1:] if t.pos_ != "DET"
                and t.lower_ not in ("its", "his", "her", "their", "our", "my", "your")]
        if not toks:
            return ""
        return _clean(self.text[toks[0].idx:toks[-1].idx + len(toks[-1])])

    @staticmethod
    def _as_resolved(entity: _Entity | None, role: str | None) -> Resolved:
        role = role if role and _useful_role(role) else None
        if entity is None or entity is UNNAMED:
            return Resolved(None, None, role)
        if role is None and entity.roles:
            role = max(entity.roles[:3], key=len)
        return Resolved(entity.name, entity.kind, role)


# "A farmer in the valley ... “...,” he said": he is the farmer, not the last name seen.
_PERSON_NOUNS = ("farmer|fisherman|resident|man|woman|boy|girl|mother|father|driver|nurse|doctor|teacher|"
                 "witness|survivor|shopkeeper|worker|official|spokesman|spokeswoman|spokesperson|source|"
                 "neighbour|neighbor|student|soldier|officer|volunteer|passenger|pilot|owner|protester|voter")
_UNNAMED_PERSON_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*((?:A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _PERSON_NOUNS + r"))\b")
_TITLED_NAME_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)?)")


_ORG_NOUNS = frozenset("""
agency company firm group organisation organization bank ministry department board union airline
regulator government council committee court party campaign network newspaper paper magazine
institute university club team authority office commission foundation charity body watchdog
administration carrier manufacturer maker retailer insurer lender broadcaster broadcaster
""".split())


def _useful_role(role: str) -> bool:
    """Not an age ("20"), an acronym ("ECB"), a bare courtesy title ("Ms") or a pronoun ("herself")."""
    bare = role.lower().rstrip(".")
    return (bool(role) and len(role) <= 80 and not role.replace(",", "").isdigit()
            and not (role.isupper() and len(role) <= 8) and bare not in _PERSON_TITLES_BEFORE
            and bare not in _REFLEXIVES)


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "yourself", "ourselves"})


def _personish(head: Token) -> bool:
    """A noun for a person: 'activist', 'senator', 'former governor', '63-year-old'."""
    word = head.lower_
    lemma = head.lemma_.lower()
    return (word in TITLES or word in ROLE_NOUNS or word.endswith(("ist", "year-old", "man", "woman"))
            or lemma in ROLE_NOUNS or lemma in PERSON_NOUNS)


_PERSON_TITLES_BEFORE = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "prof."}


def _person_by_form(doc: Doc, ent: Span) -> str | None:
    """'PERSON' for a name NER mislabels but its form gives away: a known first name or a Dr/Ms before it."""
    if ent.label_ == "PERSON" or len(ent) > 4:
        return None
    words = [t for t in _without_dateline(list(ent)) if t.is_alpha]
    if not words or not all(t.text[:1].isupper() for t in words) or words[-1].lower_ in ORG_WORDS:
        return None
    before = doc[words[0].i - 1].lower_ if words[0].i > 0 else ""
    first = words[0].lower_
    if first in _PERSON_TITLES_BEFORE and len(words) >= 2:
        return "PERSON"  # "Ms Rivera" tagged ORG
    if before in _PERSON_TITLES_BEFORE or (len(words) >= 2 and (first in MALE_NAMES or first in FEMALE_NAMES)):
        return "PERSON"
    return None


def _after_article(doc: Doc, ent: Span) -> bool:
    for t in reversed(doc[max(0, ent.start - 6):ent.start]):
        if t.is_punct and t.text not in ("-", "–"):
            return False
        if t.lower_ in ("the", "a", "an"):
            return True
    return False


def _join_split_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Novak' + 'Djokovic' tagged as two entities: a first name and the capitalized word after it
    are one person."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        first = ent.text.lower()
        if len(ent) == 1 and (first in MALE_NAMES or first in FEMALE_NAMES):
            if nxt is not None and nxt.start == ent.end and len(nxt) <= 2 and nxt.text[:1].isupper():
                out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
                i += 2
                continue
            after = doc[ent.end] if ent.end < len(doc) else None
            if after is not None and not after.ent_type_ and after.is_alpha and after.text[:1].isupper():
                out.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
                i += 1
                continue
        out.append(ent)
        i += 1
    return out


def _slice(text: str, tokens: list[Token]) -> str:
    """The article's own text from the first to the last token ("Ban Ki-moon", not "Ban Ki - moon")."""
    if not tokens:
        return ""
    return " ".join(text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])].split())


# What makes an antecedent salient for a pronoun or a description: each sentence
# back costs one point; being a sentence subject, having been quoted, or
# agreeing in a gender known from a name or title earns points.
SALIENCE_SUBJECT = 0.5
SALIENCE_SPEAKER = 1.0
SALIENCE_GENDER = 1.5
SALIENCE_OBJECT = 0.5  # a name after a verb or preposition ("backs Trump")
SALIENCE_FREQUENCY = 0.0  # times log(1 + mentions so far)
SALIENCE_WEAK_PERSON = 1.5  # a lone word that may not be a person at all ("Xinhua")


def _salience(sentences_back: int, is_subject: bool, was_speaker: bool, gender_agrees: bool,
              weak: bool = False) -> float:
    """Score of one earlier mention as the referent of a later pronoun or description."""
    return (-sentences_back + SALIENCE_SUBJECT * is_subject + SALIENCE_SPEAKER * was_speaker
            + SALIENCE_GENDER * gender_agrees - SALIENCE_WEAK_PERSON * weak)


def _name_word(t: Token, lower_words: set[str]) -> bool:
    """A word that can stand before a surname in a full name: 'Murshed', 'R.', not 'But' or 'Senator'."""
    if t.is_space or t.is_stop or t.lower_ in TITLES or t.lower_ in ROLE_NOUNS or t.lower_ in lower_words \
            or t.lower_ in _PREPOSITIONS or t.lower_ in _CALENDAR_WORDS:
        return False
    if t.ent_type_ in ("GPE", "NORP", "ORG", "DATE", "LOC"):
        return False
    text = t.text
    return (text[:1].isupper() and text.replace("-", "").replace("’", "").replace("'", "").isalpha()
            and not text.isupper()) or bool(re.fullmatch(r"[A-Z]\.", text))


def _contains_name(longer: _Entity, shorter: _Entity) -> bool:
    """True when every word of ``shorter``'s name is in ``longer``'s ('Joe Biden' in 'Joe R. Biden')."""
    words = {fold(w) for w in longer.tokens}
    return all(fold(w) in words for w in shorter.tokens)


def _title_gender(words: list[str]) -> str | None:
    """'m' after Mr/Sir/King..., 'f' after Mrs/Ms/Queen..., else None."""
    lowered = set(words)
    if lowered & MALE_TITLES:
        return "m"
    if lowered & FEMALE_TITLES:
        return "f"
    return None


_PREPOSITIONS = frozenset("""aboard about above across after against along amid amidst among around as at before
behind below beneath beside besides between beyond but by despite down during except for from in inside into
like near of off on onto opposite outside over past per since through throughout to toward towards under
underneath unlike until up upon via with within without""".split())
# "In June Trump said": a month or day before a name is not a first name.
_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday""".split())
_CLAUSE_OPENERS = frozenset("""and but or nor that while when because as if so then after before since
although though where whereas whether said says the a an""".split())


def _stem_in(word: str, words: set[str]) -> bool:
    """'russian' matches 'russia', 'former' matches 'former': a shared stem of five letters or the word."""
    if word in words:
        return True
    return len(word) >= 5 and any(len(w) >= 5 and w[:5] == word[:5] for w in words)


def _weak_person(e: _Entity) -> bool:
    """A person known only by one word, with no title or first name telling a gender."""
    return e.kind == PERSON and len(e.tokens) == 1 and e.gender is None and e is not UNNAMED


def _sentence_index(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1
