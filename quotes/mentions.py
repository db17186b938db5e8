"""Build the article's cast: every person and organisation mention, clustered into entities.

The steps run in the order of :data:`CAST_STEPS`; each is a small function on
a :class:`~quotes.cast.Cast` that says in its docstring what it adds or joins.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from .article import ArticleModel, sentence_index
from .cast import NO_HISTORY, ORGANISATION, PERSON, UNNAMED, Cast, Entity, add_occurrence, has_kinship_role
from .lexicon import (COMMON_SURNAMES, FEMALE_NAMES, FIRST_NAMES, KINSHIP_NOUNS, MALE_NAMES, MEDIA_NAMES, MEDIA_NOUNS, NEWS_OUTLETS, ORG_WORDS, PERSON_NOUNS,
                      ROLE_NOUNS, TITLES, base_forms, first_name_gender,
                      is_speech_verb_form)
from .names import fold
from .nameforms import (CALENDAR_WORDS, CLAUSE_OPENERS, DATELINE_RE, LOWER_NAME_WORDS, NAME_PARTICLES, ORG_NOUNS, POSSESSIVE, PREPOSITIONS,
                        TITLED_NAME_RE,
                        UNNAMED_PERSON_RE, acronym, after_article, clean_name, gender_of_tokens, name_tokens,
                        name_word, person_by_form, regnal_name, slice_text, useful_role, REGNAL_TITLES)


def collect_named_entities(cast: Cast) -> None:
    """People and organisations the tagger found outside quotes, names cleaned of titles,
    datelines and headline words, roles and genders noted."""
    swallowed = -1  # last token of a name extended over the next entity
    for ent in cast.article.ents:
        if cast.article.quoted[ent.start] or ent.start <= swallowed or _in_credit(cast.article, ent) \
                or _in_dateline(cast.article, ent):
            continue
        label = person_by_form(cast.article.doc, ent) or ent.label_
        if label not in ("PERSON", "ORG") or _lone_headline_word(cast.article, ent):
            continue
        generic = len(ent) == 1 and ent[0].lower_ in ORG_WORDS
        if len(ent) == 1 and after_article(cast.article.doc, ent) and not generic and (
                label == "PERSON" or ent[0].lower_.endswith(("man", "woman")) or cast.article.is_demonym(ent.text)) \
                and not any(p.surname == fold(ent.text) for p in cast.persons):
            continue  # "the 21-year-old Spaniard", "the Dutchman": a description ('a terse Miller' is Miller)
        role_toks, name_toks = name_tokens(list(ent))
        if label == "PERSON":
            name_toks = _with_missed_first_name(cast, _without_trailing_figures(name_toks))
        if not name_toks or not any(t.text[:1].isupper() for t in name_toks):
            continue
        name_toks = _extend_truncated(cast, _extend_generic(cast, name_toks) if generic else name_toks)
        if generic and len(name_toks) == 1 and _lower_case_opener(cast, name_toks[0]):
            continue  # 'Party leader Sam Hughes ... the party said': a common noun opening a sentence
        swallowed = max(swallowed, name_toks[-1].i)
        if cast.article.in_title_case_line(ent.start_char):
            name_toks = _trim_headline_words(cast, name_toks)
        name_toks = _without_sentence_opener(cast, name_toks)
        if not name_toks:
            continue
        name = clean_name(slice_text(cast.article.text, name_toks))
        if not name:
            continue
        kind = _kind(cast, ent, label, name_toks)
        if kind == PERSON and name.isupper() and " " in name:
            name = name.title()  # 'MARK DUNN:' in a transcript is Mark Dunn
        entity = cast.register(name, name.split(), kind, ent.start_char)
        roles = [_without_dateline_text(r) for r in _roles_around(cast, ent, role_toks)]
        entity.roles.extend(r for r in roles if r)
        if entity.kind == PERSON and entity.gender is None:
            entity.gender = gender_of_tokens([w for r in roles for w in r.split()] +
                                              [t.text for t in role_toks], entity.tokens[0])
        cast.occurrences.append((ent.start_char, entity, _is_subject(cast, ent)))


def _lone_headline_word(article: ArticleModel, ent: Span) -> bool:
    """A headline of one word ('Concert', 'Floods') the tagger took for a name: a name only if
    the article writes it again."""
    line_start = article.text.rfind("\n", 0, ent.start_char) + 1
    line_end = article.text.find("\n", ent.end_char)
    line = article.text[line_start:len(article.text) if line_end < 0 else line_end].strip()
    return (len(ent) == 1 and line == ent.text and ent.text.lower() not in FIRST_NAMES
            and article.text.count(ent.text) == 1)


_CREDIT_WORDS = frozenset({"photo", "photos", "photograph", "photographs", "picture", "pictures", "image",
                           "images", "credit", "credits", "courtesy", "illustration", "video", "graphic"})


def _in_dateline(article: ArticleModel, ent: Span) -> bool:
    """'ROTTERDAM, Netherlands - Port director ...': the place a story was filed from."""
    start = article.sentence_starts[article.sentence_of(ent.start_char)]
    dateline = DATELINE_RE.match(article.text, start)
    return dateline is not None and ent.end_char <= dateline.end() and ent.text.isupper()


def _without_dateline_text(role: str) -> str:
    """'ROTTERDAM, Netherlands - Port director' -> 'Port director'."""
    dateline = DATELINE_RE.match(role)
    return role[dateline.end():] if dateline else role


def _in_credit(article: ArticleModel, ent: Span) -> bool:
    """'Photo: Jane Roe / Daily News', '(Photo by Jane Roe/Daily News)': a credit names the
    photographer, who is nobody's antecedent."""
    texts = article.texts
    if any("/" in w for w in texts[ent.start:ent.end]) or (ent.end < len(texts) and texts[ent.end] == "/"):
        return True
    return any(w.lower() in _CREDIT_WORDS for w in texts[max(0, ent.start - 3):ent.start])


def collect_speaking_places(cast: Cast) -> None:
    """'Russia denied the report. It said ...': a country or city as the subject of a speech
    verb speaks as a body (its government), which a later 'it' can mean; described by a job
    ('Matdos Santos, legal director for the ACLU, said') the tagger mistook a person."""
    article = cast.article
    for ent in article.ents:
        root = ent.root
        if (ent.label_ != "GPE" or article.quoted[ent.start] or root.dep_ != "nsubj"
                or not is_speech_verb_form(root.head.lower_)):
            continue
        name = clean_name(ent.text)
        described = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
        if any(c.lemma_.lower() in PERSON_NOUNS or c.lemma_.lower() in ROLE_NOUNS or c.lower_ in TITLES
               for c in described):  # 'Matdos Santos, legal director for the ACLU, said': a person
            entity = cast.register(name, name.split(), PERSON, ent.start_char)
            entity.roles.extend(_roles_around(cast, ent, []))
        else:
            entity = cast.register(name, name.split(), ORGANISATION, ent.start_char)
        cast.occurrences.append((ent.start_char, entity, True))


def collect_titled_names(cast: Cast) -> None:
    """'Mr Rivera', 'Ms Lee' the tagger missed: people, gendered by the title."""
    for m in TITLED_NAME_RE.finditer(cast.article.text):
        if cast.article.in_quote_char(m.start()) or any(e.start_char <= m.start(2) < e.end_char for e in cast.article.ents
                                                 if e.label_ == "PERSON"):
            continue
        title = m.group(1).lower()
        if title in REGNAL_TITLES and len(m.group(2).split()) == 1:  # 'Princess Amalia'
            name, start = f"{m.group(1)} {m.group(2)}", m.start(1)
        else:
            name, start = m.group(2), m.start(2)
        entity = cast.register(name, name.split(), PERSON, start)
        if entity.gender is None:
            entity.gender = gender_of_tokens([title], entity.tokens[0])
        if title not in ("mr", "mrs", "ms", "miss") and m.group(1) not in entity.roles:
            entity.roles.append(m.group(1))  # 'the prince said'
        cast.occurrences.append((start, entity, False))


# 'Governor Babajide Sanwo-Olu opened': a job written as a title, then two capitalised words
_OFFICE_NAME_RE = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z][\w’'-]* [A-Z][a-z][\w’'-]*)(?= [a-z(]|[,.;:])")


def collect_office_titled_names(cast: Cast) -> None:
    """'Lagos State Governor Babajide Sanwo-Olu' the tagger missed: the two capitalised words
    after a job written as a title are a person, the job a role."""
    article = cast.article
    for m in _OFFICE_NAME_RE.finditer(article.text):
        title, name = m.group(1), m.group(2)
        words = name.split()
        if (title.lower() not in TITLES or article.in_quote_char(m.start()) or _ents_within(article, m.start(2), m.end(2))
                or any(w.lower() in TITLES or w.lower() in ORG_WORDS or w.lower() in CALENDAR_WORDS for w in words)):
            continue
        entity = cast.register(name, words, PERSON, m.start(2))
        if entity.gender is None:
            entity.gender = gender_of_tokens([title.lower()], words[0])
        if title not in entity.roles:
            entity.roles.append(title)
        i, j = (bisect.bisect_left(article.token_starts, k) for k in (m.start(2), m.end(2)))
        cast.occurrences.append((m.start(2), entity, _is_subject(cast, article.doc[i:j])))


def collect_first_name_pairs(cast: Cast) -> None:
    """'Sara Lind beat the mayor': a common first name and a capitalised word, as the subject
    of a clause (or in apposition) or after a title ('Mayor Ana Ruiz'), that the tagger
    missed, is a person; so is 'beat Anna Varga' as an object when the article writes
    'Varga' again on its own."""
    article = cast.article
    doc, texts = article.doc, article.texts
    family = {fold(p.tokens[-1]) for p in cast.persons if len(p.tokens) > 1}
    for i in range(len(texts) - 1):
        if not texts[i + 1][:1].isupper() or texts[i].lower() not in FIRST_NAMES and (
                fold(texts[i + 1]) not in family or not _unknown_given_name(article, i)):
            continue  # the token texts first: reading spaCy tokens is slow
        first, last = doc[i], doc[i + 1]
        if (article.quoted[i] or first.ent_type_ or last.ent_type_
                or not first.text[:1].isupper() or not last.text[:1].isupper() or not last.is_alpha
                or first.lower_ in CALENDAR_WORDS or last.lower_ in CALENDAR_WORDS
                or last.lower_ in ORG_WORDS or last.lower_ in ORG_NOUNS or last.lower_ in TITLES):
            continue
        subject = last.dep_ in ("nsubj", "nsubjpass", "appos") or not last.dep_ and _opens_sentence(doc, i)
        titled = i > 0 and texts[i - 1].lower().rstrip(".") in TITLES and texts[i - 1][:1].isupper()
        named = subject or titled or last.dep_ in ("dobj", "pobj", "conj", "") and _written_alone(article, last) \
            and first.lower_ in FIRST_NAMES
        if not named or i + 2 < len(doc) and doc[i + 2].text[:1].isupper() and doc[i + 2].is_alpha:
            continue  # exactly two words: 'Sara Lind beat', not 'Grace Hope Church'
        name = f"{first.text} {last.text}"
        entity = cast.register(name, name.split(), PERSON, first.idx)
        if entity.gender is None:
            entity.gender = gender_of_tokens([], first.text)
        cast.occurrences.append((first.idx, entity, last.dep_ != "appos"))


def _unknown_given_name(article: ArticleModel, i: int) -> bool:
    """Token ``i`` can be a first name the lists lack ('Ivanka' before a family's surname):
    a capitalised word no list or lower-case use in the article claims."""
    word = article.texts[i]
    lower = word.lower()
    return (len(word) >= 3 and word.isalpha() and word[0].isupper() and not word.isupper()
            and not lower.endswith(("ed", "ing", "ly")) and not article.in_title_case_line(article.token_starts[i])
            and lower not in article.lower_words() and lower not in TITLES and lower not in ROLE_NOUNS
            and lower not in ORG_WORDS and lower not in CALENDAR_WORDS and lower not in PREPOSITIONS
            and lower not in CLAUSE_OPENERS and not is_speech_verb_form(lower) and not article.doc[i].is_stop)


def _written_alone(article: ArticleModel, surname: Token) -> bool:
    """The article writes ``surname`` again, capitalised, without the word before it here."""
    before = article.texts[surname.i - 1]
    return any(k != surname.i and (k == 0 or article.texts[k - 1] != before) for k in article.token_indices(surname.text))


_KIN_BEFORE_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?P<owner>[A-Z][\w-]+)(?:'s|’s|'|’))\s+(\w+),\s*$")


def name_relatives(cast: Cast) -> None:
    """'Maria Lopez and her husband, Carlos,': a relative the article names by a first name
    alone takes the surname of the person named just before in the same paragraph."""
    article = cast.article
    for e in list(cast.persons):
        if len(e.tokens) != 1 or fold(e.tokens[0]) not in FIRST_NAMES:
            continue
        at = e.introduced
        told = _KIN_BEFORE_RE.search(article.text, max(0, at - 40), at)
        if not has_kinship_role(e) and not (told and told.group(2).lower() in KINSHIP_NOUNS):
            continue
        paragraph = bisect.bisect_right(article.paragraphs, (at, len(article.text))) - 1
        start = article.paragraphs[paragraph][0] if paragraph >= 0 else 0
        if told and told["owner"]:  # "Trump's wife, Melania,": the owner's family name
            before = [p for p in cast.persons if len(p.tokens) > 1 and fold(p.tokens[-1]) == fold(told["owner"])]
        else:
            before = [p for p in cast.persons if len(p.tokens) > 1 and start <= p.introduced < at]
        if before:
            relative = max(before, key=lambda p: p.introduced)
            e.aliases.add(e.key)
            e.name = f"{e.tokens[0]} {relative.tokens[-1]}"
            e.tokens = e.name.split()


def collect_titled_single_names(cast: Cast) -> None:
    """'Singer Adele performs', 'Striker Neymar scored': one capitalised word after a job written
    as a title, as a clause's subject, that the tagger missed, is a person known by one name."""
    article = cast.article
    doc, texts = article.doc, article.texts
    for i in range(len(texts) - 2):
        if not texts[i][:1].isupper() or not texts[i + 1][:1].isupper() or texts[i + 2][:1].isupper():
            continue  # the token texts first: reading spaCy tokens is slow
        job, name, after = doc[i], doc[i + 1], doc[i + 2]
        if (article.quoted[i] or name.ent_type_ or not job.text[:1].isupper() or not name.text[:1].isupper()
                or not name.is_alpha or len(name.text) < 3 or after.text[:1].isupper()
                or not _job_word(job.lower_) or name.lower_ in ORG_WORDS or name.lower_ in ORG_NOUNS
                or name.lower_ in CALENDAR_WORDS or name.lower_ in TITLES):
            continue
        if not (name.dep_ in ("nsubj", "nsubjpass") or not name.dep_ and _opens_sentence(doc, i)):
            continue
        entity = cast.register(name.text, [name.text], PERSON, name.idx)
        if job.text not in entity.roles:
            entity.roles.append(job.text)
        cast.occurrences.append((name.idx, entity, True))


def _opens_sentence(doc, i: int) -> bool:
    """Token ``i`` starts a paragraph or follows a sentence end (what an unparsed piece tells
    of a subject: its names open the sentence)."""
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?")


def _job_word(word: str) -> bool:
    return word in TITLES or word in ROLE_NOUNS or word.isalpha() and word.endswith(("er", "or", "ist", "ian"))


_ACRONYM_ORG_RE = re.compile(r"\b[Tt]he ([A-Z]{2,6}) ([a-z]+)\b")


def collect_acronym_orgs(cast: Cast) -> None:
    """'the RMT union', 'the GMB union', 'the CDU party': an acronym the tagger missed before an
    organisation noun is an organisation ('the union' and 'it' can then mean it)."""
    article = cast.article
    for m in _ACRONYM_ORG_RE.finditer(article.text):
        if m.group(2) not in ORG_NOUNS or article.in_quote_char(m.start()):
            continue
        if any(e.start_char <= m.start(1) < e.end_char for e in article.ents if e.label_ in ("ORG", "PERSON")):
            continue
        entity = cast.register(m.group(1), [m.group(1)], ORGANISATION, m.start(1))
        if m.group(2) not in entity.roles:
            entity.roles.append(m.group(2))
        cast.occurrences.append((m.start(1), entity, _starts_subject(article, m.start())))


def _starts_subject(article: ArticleModel, pos: int) -> bool:
    """True when the phrase starting at ``pos`` is a clause's subject ('The RMT union called')."""
    i = bisect.bisect_right(article.token_starts, pos) - 1
    head = article.doc[i].head if i >= 0 else None
    while head is not None and head.dep_ == "compound":
        head = head.head
    return head is not None and head.dep_ in ("nsubj", "nsubjpass")


_OUTLET_NAME_RE = re.compile(r"\b(?:The |the )?((?:[A-Z][a-z]+ ){0,3}([A-Z][a-z]+))\b")


def _ents_within(article: ArticleModel, start: int, end: int) -> list[Span]:
    """The tagger's entities overlapping the characters start..end."""
    i = bisect.bisect_right(article.token_starts, start) - 1
    j = bisect.bisect_left(article.token_starts, end)
    found = {id(e): e for k in range(max(i, 0), j) if (e := article.ent_of_token.get(k)) is not None}
    return list(found.values())


def collect_outlet_names(cast: Cast) -> None:
    """'The Daily Ledger first reported it', 'editors of The Advocate': capitalised words
    ending in a word of outlet names (Ledger, Gazette, Times), or that word alone after
    'the', that the tagger missed are a news organisation ('the newspaper')."""
    article = cast.article
    for m in _OUTLET_NAME_RE.finditer(article.text):
        start = m.start(1)
        if fold(m.group(2)) not in MEDIA_NAMES or article.in_quote_char(start) or any(
                e.label_ not in ("DATE", "TIME") for e in _ents_within(article, start, m.end(1))):
            continue  # ('The Sunday Herald': 'Sunday' tagged a date)
        words = m.group(1).split()
        opens = m.start() == start and article.text[:start].rstrip()[-1:] in ("", ".", "!", "?")
        if opens and words[0].lower() in article.lower_words():
            words = words[1:]  # 'Still Herald' at a sentence start
        if len(words) < 2 and not (words and m.start() < start and len(m.group(1).split()) == 1):
            continue
        name = " ".join(words)
        entity = cast.register(name, words, ORGANISATION, m.end(1) - len(name))
        cast.occurrences.append((m.end(1) - len(name), entity, False))


_DESCRIBED_ORG_RE = re.compile(r"\b[Tt]he (?:[a-z-]+ ){0,2}([a-z]+),? ((?:[A-Z][\w&'’-]*)(?: [A-Z][\w&'’-]*){0,3})")


def collect_described_orgs(cast: Cast) -> None:
    """'the broadcaster NordTV', 'the charity Oxfam', 'the carmaker Voltra': a name the tagger
    missed right after a noun for an organisation is that organisation's, the noun its role."""
    article = cast.article
    for m in _DESCRIBED_ORG_RE.finditer(article.text):
        noun, start = m.group(1), m.start(2)
        if (noun not in ORG_NOUNS and noun not in MEDIA_NOUNS or article.in_quote_char(start)
                or any(e.label_ == "ORG" or len(e) > 1 for e in _ents_within(article, start, m.end(2)))):
            continue  # the tagger's own organisation, or a longer name it read otherwise
        words = m.group(2).split()
        if words[0].lower() in FIRST_NAMES or words[0].lower() in CALENDAR_WORDS or words[0].lower() in TITLES:
            continue  # 'the union, Mark Lee' is a person; 'the board Monday' a date
        entity = cast.register(m.group(2), words, ORGANISATION, start)
        if noun not in entity.roles:
            entity.roles.append(noun)
        cast.occurrences.append((start, entity, False))


# 'a program called Sandy Hook Promise', 'a startup named Zentrix': a name given to a body
_CALLED_ORG_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ ){0,2}([a-z]+),? (?:called|named|dubbed) "
                            r"((?:[A-Z][\w&'’-]*)(?: [A-Z][\w&'’-]*){0,4})")
_PROGRAM_NOUNS = frozenset({"program", "programme", "project", "initiative", "movement", "nonprofit", "non-profit"})


def collect_called_orgs(cast: Cast) -> None:
    """'a program called Sandy Hook Promise': the name an organisation noun is given is an
    organisation's, even when it opens with a first name or the tagger made it a person."""
    article = cast.article
    for m in _CALLED_ORG_RE.finditer(article.text):
        noun, start = m.group(1), m.start(2)
        if noun not in ORG_NOUNS and noun not in _PROGRAM_NOUNS or article.in_quote_char(start):
            continue
        name = clean_name(m.group(2))
        opens = article.sentence_starts[article.sentence_of(m.start())] == m.start()  # 'A startup named X raised'
        entity = next((p for p in cast.persons if p.key == fold(name)), None)
        if entity is not None:  # already a cast member, as a person: now an organisation
            cast.persons.remove(entity)
            entity.kind, entity.gender = ORGANISATION, None
            cast.orgs.append(entity)
            cast.occurrences = [(p, e, s or opens and e is entity and p == start) for p, e, s in cast.occurrences]
        else:
            entity = cast.register(name, name.split(), ORGANISATION, start)
            cast.occurrences.append((start, entity, opens))
        if noun not in entity.roles:
            entity.roles.append(noun)


def collect_unnamed_people(cast: Cast) -> None:
    """'A farmer in the valley': an unnamed person a later 'he' can mean (not 'One critic,
    Paul Wendt,': a description of the name after it)."""
    text = cast.article.text
    for m in UNNAMED_PERSON_RE.finditer(text):
        if not cast.article.in_quote_char(m.start(1)) and not _NAME_IN_APPOSITION_RE.match(text, m.end(1)):
            cast.occurrences.append((m.start(1), UNNAMED, True))


_NAME_IN_APPOSITION_RE = re.compile(r",\s+(?:[A-Z][a-z]*\.?\s+)*[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")


def definite_descriptions(cast: Cast) -> None:
    """'The admiral chuckled': 'the' and a role noun as a subject, when exactly one person of
    the article holds that role, mentions that person (keeping them in focus for 'he')."""
    article = cast.article
    texts = article.texts
    for i in range(1, len(texts) - 1):
        if texts[i - 1].lower() != "the" or not texts[i].islower() or article.quoted[i]:
            continue  # the token texts first: reading spaCy tokens is slow
        token = article.doc[i]
        if not _definite_subject(article, token):
            continue
        noun = token.lemma_.lower() or token.lower_
        if noun not in ROLE_NOUNS and noun not in PERSON_NOUNS and noun not in TITLES:
            continue
        e = cast.by_noun(noun, token.idx, unique=True)
        if e is not None and e.kind == PERSON and e.introduced < token.idx:
            cast.occurrences.append((token.idx, e, True))


_NOT_VERBS = PREPOSITIONS | {"and", "or", "but", "who", "that", "which", "was", "is", "of"}


def _definite_subject(article: ArticleModel, token: Token) -> bool:
    """A noun after 'the' that is a clause's subject: in the parse, or (a paragraph left
    unparsed) followed by a lower-case word that can be its verb ('- the admiral chuckled')."""
    if token.dep_:
        return (token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))
    after = article.texts[token.i + 1]
    return token.is_alpha and after.isalpha() and after.islower() and after not in _NOT_VERBS


def sort_mentions(cast: Cast) -> None:
    """Mentions in reading order (the steps above add them by kind)."""
    cast.occurrences.sort(key=lambda o: o[0])


def share_coordinated_surnames(cast: Cast) -> None:
    """'John and Mary Smith': a first name alone, then 'and' and a full name, shares its
    surname ('John Smith'), the way the article writes a couple or siblings."""
    text = cast.article.text
    starts = {p: e for e in cast.persons for p in e.positions if len(e.tokens) >= 2}
    for person in list(cast.persons):
        if len(person.tokens) != 1 or person.tokens[0].lower() not in FIRST_NAMES:
            continue
        partner = next((starts.get(p + len(person.name) + len(" and ")) for p in person.positions
                        if text[p + len(person.name):p + len(person.name) + 5] == " and "), None)
        if partner is None or partner.tokens[0].lower() not in FIRST_NAMES:
            continue
        full = f"{person.name} {partner.tokens[-1]}"
        existing = next((e for e in cast.persons if e.key == fold(full)), None)
        if existing is not None:
            cast.merge_into(person, existing)
            cast.persons.remove(person)
        else:
            person.aliases.add(person.key)
            person.name, person.tokens = full, full.split()


def expand_single_names(cast: Cast) -> None:
    """'Zaheed' ('al Ashry') when the article also writes 'Murshed Zaheed' ('Ahmed al Ashry')
    and NER missed it: the full name."""
    lower_words = cast.article.lower_words()
    for person in cast.persons:
        bare = len(person.tokens) == 1 or len(person.tokens) == 2 and person.tokens[0].lower() in NAME_PARTICLES
        if not bare or person is UNNAMED:
            continue
        full = fullest_form(cast, person.tokens[-1], lower_words)
        if full and fold(full) != person.key and not any(p.key == fold(full) for p in cast.persons):
            person.aliases.add(person.key)
            person.name, person.tokens = full, full.split()
            if person.gender is None:
                person.gender = gender_of_tokens([], person.tokens[0])


def fullest_form(cast: Cast, word: str, lower_words: set[str]) -> str | None:
    """The longest 'First [Middle] Word' the article writes outside quotes, or None."""
    best: list[Token] = []
    texts = cast.article.texts
    for i in (i for i, w in enumerate(texts) if w == word and not cast.article.quoted[i]):
        run: list[Token] = []
        j = i - 1
        while j >= 0 and len(run) < 3 and not cast.article.quoted[j] and (
                texts[j][:1].isupper() and name_word(cast.article.doc[j], lower_words)
                or texts[j] in NAME_PARTICLES and j > 0 and texts[j - 1][:1].isupper()):
            run.insert(0, cast.article.doc[j])
            j -= 1
        if len(run) > len(best):
            best = run + [cast.article.doc[i]]
    return slice_text(cast.article.text, best) if best else None


def _lower_case_opener(cast: Cast, token: Token) -> bool:
    """``token`` opens a sentence and the article also writes it in lower case."""
    starts = cast.article.sentence_starts
    i = bisect.bisect_left(starts, token.idx)
    return i < len(starts) and starts[i] == token.idx and token.lower_ in cast.article.lower_words()


def _without_sentence_opener(cast: Cast, toks: list[Token]) -> list[Token]:
    """'Outside Carrier, workers ...' -> 'Carrier': a sentence's capitalized first word that
    the article also writes in lower case (and is no first name) is not part of a name."""
    if len(toks) < 2:
        return toks
    starts = cast.article.sentence_starts
    i = bisect.bisect_left(starts, toks[0].idx)
    if i >= len(starts) or starts[i] != toks[0].idx:
        return toks
    first = toks[0].lower_
    if first in MALE_NAMES or first in FEMALE_NAMES or regnal_name(toks):
        return toks
    if (first in cast.article.lower_words() or toks[0].is_stop or first in PREPOSITIONS or first in PERSON_NOUNS
            or first in ROLE_NOUNS):
        return toks[1:]  # 'Farmer Ben Oduya', 'Striker Kemi Ade': a description written as a title
    return toks


def _trim_headline_words(cast: Cast, toks: list[Token]) -> list[Token]:
    """'Trump Stands Tall' -> 'Trump': in a title-case line, keep only the words the body
    also writes as names (capitalized after a sentence's first word)."""
    body = cast.article.body_name_words()
    toks = list(toks)
    while toks and fold(toks[0].text) not in body:
        toks.pop(0)
    while toks and fold(toks[-1].text) not in body:
        toks.pop()
    return toks


def chain_pronouns(cast: Cast) -> None:
    """'Ryan ... He said Trump needs ...': a he/she that is a subject outside quotes refers
    to someone, and keeps them in focus for the pronouns after it."""
    texts = cast.article.texts
    for i, word in enumerate(texts):
        lower = word.lower()
        if lower not in ("he", "she") or cast.article.quoted[i]:
            continue
        token = cast.article.doc[i]
        if token.dep_ and token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        pos = cast.article.token_starts[i]
        e = cast.in_focus(PERSON, "m" if lower == "he" else "f", pos, NO_HISTORY, learn=False)
        if e is not None and e is not UNNAMED:
            add_occurrence(cast, (pos, e, True))


def mark_reported_speakers(cast: Cast) -> None:
    """'..., Stovall said.' / 'Simmons, a consultant, argued that ...': a name that is the
    subject of a speech verb is a speaker of reported speech, as salient for the next 'he
    said' as the speaker of a quote (see :meth:`Cast.most_salient`)."""
    article = cast.article
    for p, e, _ in cast.occurrences:
        if e is UNNAMED:
            continue
        i = bisect.bisect_right(article.token_starts, p) - 1
        ent = article.ent_of_token.get(i)
        root = ent.root if ent is not None else article.doc[i]
        if root.dep_:
            if root.dep_ == "nsubj" and _reports(root.head.lemma_):
                cast.reporters.add(p)
            continue
        end = ent.end if ent is not None else i + 1
        if article.texts[end - 1] in POSSESSIVE:
            continue  # "Trump’s continued appeal"
        before = article.texts[i - 2:i]  # '”, said Stovall', '. . . , says Ms Lee'
        if _reports(_word_after_name(article.texts, end)) or (
                len(before) == 2 and _reports(before[1]) and before[0] in (",", "”", "\"", "’")):
            cast.reporters.add(p)


def _word_after_name(texts: list[str], end: int) -> str:
    """The word after a name ending before ``end``, past an apposition ('Dorsey, a union
    official, said')."""
    if end < len(texts) and texts[end] == ",":
        for k in range(end + 1, min(end + 12, len(texts) - 1)):
            if texts[k] in (".", ";", "!", "?") or "\n" in texts[k]:
                break
            if texts[k] == ",":
                return texts[k + 1]
    return texts[end] if end < len(texts) else ""


_QUESTION_VERBS = frozenset({"ask", "question", "press", "interview", "inquire", "quiz"})


def _reports(word: str) -> bool:
    """A speech verb whose subject gives the answer, not the question ('Tapper asked ...')."""
    return not base_forms(word) & _QUESTION_VERBS and is_speech_verb_form(word)


def learn_genders(cast: Cast) -> None:
    """'Groberg, 33, spoke about his decision': a person whose name tells no gender takes
    the gender of he/his or she/her later in a sentence they are the subject of, or of the
    he/she opening the next sentence ('Ivanka Trump, 34, ... She has'), when no other
    person comes between."""
    votes: dict[int, list[str]] = {}
    starts = cast.article.sentence_starts
    people = [(p, e, is_subject) for p, e, is_subject in cast.occurrences if e.kind == PERSON]
    for k, (p, e, is_subject) in enumerate(people):
        if not is_subject or e.gender is not None or e is UNNAMED:
            continue
        i = sentence_index(starts, p)
        end = starts[i + 2] + 1 if i + 2 < len(starts) else len(cast.article.text)
        if k + 1 < len(people):
            end = min(end, people[k + 1][0])
        gender = cast.article.first_pronoun_gender(p, min(end, starts[i + 1] if i + 1 < len(starts) else end)) \
            or _opening_pronoun_gender(cast.article, starts[i + 1] if i + 1 < len(starts) else end, end)
        if gender:
            votes.setdefault(id(e), []).append(gender)
    for e in cast.persons:
        if e.gender is None and votes.get(id(e)):
            genders = votes[id(e)]
            e.gender = max(sorted(set(genders)), key=genders.count)


def _opening_pronoun_gender(article: ArticleModel, start: int, end: int) -> str | None:
    """'m'/'f' when the sentence at ``start`` opens with He/She before ``end``, else None."""
    word = article.text[start:min(end, start + 4)].rstrip()
    return {"He": "m", "She": "f"}.get(word) if article.text[start:start + len(word) + 1].endswith(" ") else None


def _is_subject(cast: Cast, ent: Span) -> bool:
    """A clause's subject; in a paragraph that was not parsed, a name
    opening its sentence after title and job words ("President Joe Biden said", "Economist
    Ana Ruiz said") or after an opening adverbial ("In his reply, Tomas Varga said")."""
    if ent.root.dep_:  # 'The moderator, KTLA anchor Dana Reyes, struggled': in apposition to the subject
        return ent.root.dep_ in ("nsubj", "nsubjpass") or ent.root.dep_ == "appos" and ent.root.head.dep_ in (
            "nsubj", "nsubjpass") and ent.root.head.i < ent.root.i
    text, starts = cast.article.text, cast.article.sentence_starts
    i = bisect.bisect_right(starts, ent.start_char) - 1
    lead = _without_fronted_adverbial(text[starts[i] if i >= 0 else 0:ent.start_char]).split()
    return all(w[:1].isupper() or w.lower() in TITLES or w.lower() in ROLE_NOUNS or w.lower() in PERSON_NOUNS
               for w in lead)


# words that open an adverbial put before the subject: 'In his reply, Ruiz argued'
_ADVERBIAL_OPENERS = PREPOSITIONS | CLAUSE_OPENERS | frozenset(
    "there then still yet however meanwhile later earlier instead now today yesterday also indeed asked".split())


def _without_fronted_adverbial(lead: str) -> str:
    """The words before a sentence's subject without an opening adverbial ending in a
    comma ('In his reply to the board, ', 'There, ')."""
    words = lead.split()
    if words and "," in lead and words[0].lower().strip(",") in _ADVERBIAL_OPENERS:
        return lead.rsplit(",", 1)[1]
    return lead


def surname_mentions(cast: Cast) -> None:
    """'Zelenskyy, speaking ..., said': a known person's surname the NER missed is still a mention."""
    by_surname: dict[str, list[Entity]] = {}
    for p in cast.persons:
        if len(p.tokens) > 1:
            by_surname.setdefault(p.surname, []).append(p)
    if not by_surname:
        return
    seen = {pos for pos, _, _ in cast.occurrences}
    texts = cast.article.texts
    for i, word in enumerate(texts):
        if not word[:1].isupper() or cast.article.quoted[i] or cast.article.token_starts[i] in seen \
                or fold(word) not in by_surname:
            continue
        t = cast.article.doc[i]
        if t.ent_type_ == "PERSON" or (t.i + 1 < len(cast.article.doc) and cast.article.doc[t.i + 1].text[:1].isupper()
                                       and cast.article.doc[t.i + 1].is_alpha):
            continue
        people = by_surname.get(fold(t.text))
        if people and len(people) == 1:
            cast.occurrences.append((t.idx, people[0], _is_subject(cast, cast.article.doc[t.i:t.i + 1])))


def _with_missed_first_name(cast: Cast, toks: list[Token]) -> list[Token]:
    """'Ivanka Trump, 34,' tagged 'Trump': a surname alone preceded by an untagged,
    capitalised first name (a known one, or any given name before a family's surname)
    takes it back."""
    if len(toks) != 1 or toks[0].i == 0:
        return toks
    first = cast.article.doc[toks[0].i - 1]
    if (first.ent_type_ or not first.text[:1].isupper() or not first.is_alpha or first.is_stop
            or first.lower_ in CALENDAR_WORDS or first.lower_ in TITLES
            or is_speech_verb_form(first.lower_) or cast.article.quoted[first.i]):
        return toks
    family = any(len(p.tokens) > 1 and p.surname == fold(toks[0].text) for p in cast.persons)
    if first.lower_ in FIRST_NAMES or family and _unknown_given_name(cast.article, first.i):
        return [first] + toks
    return toks


def _extend_truncated(cast: Cast, toks: list[Token]) -> list[Token]:
    """'Institute for Snow and' + 'Avalanche Research': NER stopped at a connecting word."""
    if toks[-1].lower_ not in LOWER_NAME_WORDS and toks[-1].text != "&":
        return toks
    doc, i = cast.article.doc, toks[-1].i + 1
    extra: list[Token] = []
    while i < len(doc) and not cast.article.quoted[i] and (doc[i].text[:1].isupper() or
                                                   (extra and doc[i].lower_ in LOWER_NAME_WORDS)):
        extra.append(doc[i])
        i += 1
    while extra and extra[-1].lower_ in LOWER_NAME_WORDS:
        extra.pop()
    return toks + extra if extra else toks


def _kind(cast: Cast, ent: Span, label: str, name_toks: list[Token]) -> str:
    """PERSON or ORGANISATION for a name the tagger labelled ``label``, mending its usual
    slips: 'Astronomer Priya Raman' (ORG) is a person, 'Xinhua' and 'Manchester United
    manager ...' (PERSON) are not."""
    words = [t.lower_ for t in name_toks]
    if label == "ORG":
        titled = ent[0].i != name_toks[0].i and (ent[0].lower_ in PERSON_NOUNS or ent[0].lower_ in TITLES)
        plain = 2 <= len(words) <= 3 and words[0] in FIRST_NAMES and not set(words) & ORG_WORDS
        return PERSON if titled and plain else ORGANISATION
    is_person = len(name_toks) <= 5 and (words[-1] not in ORG_WORDS or _first_and_surname(name_toks)) \
        and not _employer_before_role(cast, ent) and not (len(words) == 1 and words[0] in NEWS_OUTLETS)
    return PERSON if is_person else ORGANISATION


def _first_and_surname(toks: list[Token]) -> bool:
    """'Linda Park', 'Sam House': a first name and a common surname, whatever else the
    last word can mean ('Central Park')."""
    return len(toks) == 2 and toks[0].lower_ in FIRST_NAMES and toks[1].lower_ in COMMON_SURNAMES


def _employer_before_role(cast: Cast, ent: Span) -> bool:
    """'Manchester United manager Erik Holm', 'Orbis chief executive Jane Doe': a name
    followed by lower-case role words and another person's name is who employs that
    person (the tagger often calls it a person)."""
    doc, i = cast.article.doc, ent.end
    role = 0
    while i < len(doc) and role < 3 and doc[i].is_lower and (doc[i].lower_ in TITLES or doc[i].lower_ in ROLE_NOUNS
                                                             or doc[i].lower_ in ("chief", "head", "senior")):
        i, role = i + 1, role + 1
    following = cast.article.ent_of_token.get(i)
    return role > 0 and following is not None and following.start == i and following.label_ == "PERSON"


def _without_trailing_figures(toks: list[Token]) -> list[Token]:
    """'Aryna Sabalenka 6-4 6-2' -> 'Aryna Sabalenka': a person's name has no figures."""
    toks = list(toks)
    while toks and (toks[-1].is_punct and toks[-1].text != "." or any(c.isdigit() for c in toks[-1].text)):
        toks.pop()
    return toks


def _extend_generic(cast: Cast, toks: list[Token]) -> list[Token]:
    """'The Harbour' + 'Gazette': NER kept only the generic word of an organisation's name;
    the capitalized words right before it belong to the name."""
    doc, i = cast.article.doc, toks[0].i - 1
    lower_words = cast.article.lower_words()
    extra: list[Token] = []
    while i >= 0 and not cast.article.quoted[i] and doc[i].text[:1].isupper() and doc[i].is_alpha \
            and doc[i].lower_ not in TITLES and not doc[i].is_stop and doc[i].lower_ not in lower_words:
        extra.insert(0, doc[i])
        i -= 1
    return extra + toks


def _roles_around(cast: Cast, ent: Span, role_toks: list[Token]) -> list[str]:
    """Titles before the name ("Lithuanian President") and appositions after it."""
    if not ent.root.dep_:
        return _roles_from_text(cast, ent)
    roles = []
    doc = cast.article.doc
    left = ent.root.left_edge.i
    para_start = cast.article.text.rfind("\n", 0, ent.start_char) + 1
    while left < ent.start and (doc[left].idx < para_start or doc[left].pos_ in ("DET", "PUNCT")
                                or cast.article.quoted[left] or doc[left].tag_ == "POS"
                                or any(t.text in POSSESSIVE or t.tag_ == "POS" for t in doc[left:ent.start])):
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
        roles.append(clean_name(cast.article.text[start:end]))
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i > ent.end - 1 and not cast.article.quoted[child.i]:
            roles.append(cast.article.appos_text(child))
    head = ent.root
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < ent.start:
        words = [t for t in head.head.subtree if t.i < ent.start and not cast.article.quoted[t.i]]
        while words and words[-1].is_punct:
            words.pop()
        roles.append(cast.article.span_text(words))
    return [r for r in roles if useful_role(r)]


def _roles_from_text(cast: Cast, ent: Span) -> list[str]:
    """Roles around a name in a paragraph that was not parsed (see quotes.parse)."""
    doc, roles = cast.article.doc, []
    run: list[Token] = []
    i = ent.start - 1
    while i >= 0 and len(run) < 6 and not cast.article.quoted[i]:
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
        roles.append(clean_name(slice_text(cast.article.text, run)))
    m = re.match(r"(?:\s*\([^()]{1,15}\))?,\s+(?:an?|the)\s+([^;.()“”\"]{3,80}?)\s*(?:,(?=\s+[a-z])|[.;])",
                 cast.article.text[ent.end_char:ent.end_char + 140])
    if m:
        roles.append(clean_name(m.group(1)))
    return [r for r in roles if r]


def merge_short_names(cast: Cast) -> None:
    """'Lukashenko' and 'Belarus’s Lukashenko' join 'Alexander Lukashenko'; a surname
    several known people share joins, at each mention, whoever it means there."""
    keep = []
    for person in sorted(cast.persons, key=lambda p: -len(p.tokens)):
        targets = {}
        for pos in sorted(person.positions or [0]):
            target = cast.person_for(person.tokens, pos, among=keep)
            if target is not None and target is not person and len(target.tokens) > len(person.tokens):
                targets[pos] = target
                if len(person.tokens) == 1:
                    cast.surname_owner.setdefault(person.surname, target)
        distinct = list({id(t): t for t in targets.values()}.values())
        if len(distinct) == 1:
            cast.merge_into(person, distinct[0])
        elif distinct:
            cast.split_into(person, targets)
        else:
            keep.append(person)
    cast.persons = keep


def merge_acronym_orgs(cast: Cast) -> None:
    """An ORG 'ISW' joins 'Institute for the Study of War' that defined it."""
    keep = []
    for org in cast.orgs:
        owner = next((o for o in cast.orgs if o is not org and org.key in o.aliases
                      and len(o.tokens) > len(org.tokens)), None)
        if owner is not None:
            cast.merge_into(org, owner)
        else:
            keep.append(org)
    cast.orgs = keep


def orgs_that_are_people(cast: Cast) -> None:
    """'Maryam Violet, an Iranian journalist' tagged ORG: a name of one to three plain
    words, none an organisation word, described by a person noun, followed by he/she
    as a subject or by ', who', is a person."""
    keep = []
    for org in cast.orgs:
        words = org.tokens
        plain = 1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
                                             and w.lower() not in ORG_WORDS for w in words) \
            and words[0].lower() not in CALENDAR_WORDS and fold(words[-1]) not in MEDIA_NAMES
        role_heads = {r.split()[-1].lower() for r in org.roles if r.split()}
        described = bool(role_heads & (PERSON_NOUNS | ROLE_NOUNS | TITLES))
        who = _followed_by_who(cast.article.text, org.name)
        if plain and (who or len(words) > 1 and (described or _pronoun_after_subject(cast, org))):
            org.kind = PERSON
            org.gender = org.gender or first_name_gender(words[0])
            cast.persons.append(org)
        else:
            keep.append(org)
    cast.orgs = keep


_WHO_AFTER_RE = re.compile(r"\s*,\s*who\b")


def _followed_by_who(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` followed by ', who' somewhere."""
    at = text.find(name)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and _WHO_AFTER_RE.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _pronoun_after_subject(cast: Cast, entity: Entity) -> bool:
    """True when he/she/his/her follows one of ``entity``'s subject mentions in its sentence."""
    starts = cast.article.sentence_starts
    for p, e, is_subject in cast.occurrences:
        if e is entity and is_subject:
            i = sentence_index(starts, p)
            end = starts[i + 1] if i + 1 < len(starts) else len(cast.article.text)
            if cast.article.first_pronoun_gender(p, end):
                return True
    return False


def merge_person_orgs(cast: Cast) -> None:
    """NER calls 'Stoltenberg' an ORG when a PERSON 'Jens Stoltenberg' exists."""
    surnames = {p.surname for p in cast.persons if len(p.tokens) > 1}
    keep = []
    for org in cast.orgs:
        if len(org.tokens) == 1 and fold(org.tokens[0]) in surnames:
            person = cast.person_for(org.tokens, org.positions[0] if org.positions else 0)
            if person is not None:
                cast.merge_into(org, person)
                continue
        keep.append(org)
    cast.orgs = keep


def people_that_are_orgs(cast: Cast) -> None:
    """'Zentrix Corp will cut jobs ... Zentrix said': one word the tagger called a person, no
    first name nor anyone's surname and never titled, that opens exactly one organisation's
    name is that organisation."""
    surnames = {p.surname for p in cast.persons if len(p.tokens) > 1}
    keep = []
    for person in cast.persons:
        word = fold(person.tokens[0]) if len(person.tokens) == 1 else ""
        owners = [o for o in cast.orgs if len(o.tokens) > 1 and fold(o.tokens[0]) == word
                  and fold(o.tokens[-1]) in ORG_WORDS] if word else []
        if (len(owners) == 1 and word not in FIRST_NAMES and word not in surnames and not person.roles
                and person.gender is None):
            cast.merge_into(person, owners[0])
        else:
            keep.append(person)
    cast.persons = keep


def merge_short_orgs(cast: Cast) -> None:
    """'Northgate' joins 'Northgate Logistics', 'the Courier' joins 'Lakeside Courier': an
    organisation named by the first or last words of exactly one longer organisation's
    name.  Generic words ('House', 'Times') never join: 'the House' is not 'the White House'."""
    merged: set[int] = set()
    for org in sorted(cast.orgs, key=lambda o: -len(o.tokens)):
        words = [fold(w) for w in org.tokens]
        n = len(words)
        owners = [] if any(w in ORG_WORDS for w in words) else [
            o for o in cast.orgs if len(o.tokens) > n and id(o) not in merged
            and ([fold(w) for w in o.tokens[:n]] == words or [fold(w) for w in o.tokens[-n:]] == words)]
        if len(owners) == 1:
            cast.merge_into(org, owners[0])
            merged.add(id(org))
    cast.orgs = [o for o in cast.orgs if id(o) not in merged]


def find_acronyms(cast: Cast) -> None:
    """'Institute for the Study of War (ISW)': the acronym in brackets, and the initials of
    every organisation's name, become aliases of that organisation (or person)."""
    text = cast.article.text
    for org in cast.orgs:
        org.aliases.add(fold(acronym(org.name)))
    for m in re.finditer(r"\(([A-Z][A-Za-z&.]{1,9})\)", text):
        acro = m.group(1)
        before = clean_name(text[max(0, m.start() - 120):m.start()].split("\n")[-1])
        for org in cast.orgs + cast.persons:
            if before.endswith(org.name) or fold(acronym(org.name)) == fold(acro):
                org.aliases.add(fold(acro))
                if org.kind == ORGANISATION:
                    break


CAST_STEPS = (
    collect_named_entities,
    collect_speaking_places,
    collect_titled_names,
    collect_office_titled_names,
    collect_first_name_pairs,
    collect_titled_single_names,
    collect_acronym_orgs,
    collect_outlet_names,
    collect_described_orgs,
    collect_called_orgs,
    collect_unnamed_people,
    orgs_that_are_people,
    share_coordinated_surnames,
    merge_short_names,
    expand_single_names,
    merge_person_orgs,
    name_relatives,
    people_that_are_orgs,
    merge_short_orgs,
    find_acronyms,
    merge_acronym_orgs,
    surname_mentions,
    definite_descriptions,
    sort_mentions,
    mark_reported_speakers,
    learn_genders,
    chain_pronouns,
)


def build_cast(article: ArticleModel) -> Cast:
    """The cast of ``article``: :data:`CAST_STEPS` run in order."""
    cast = Cast(article)
    for step in CAST_STEPS:
        step(cast)
    return cast
