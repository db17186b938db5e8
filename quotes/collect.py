"""Cast steps that collect mentions: the people and organisations an article names.

Each ``collect_*`` function adds to a :class:`~quotes.cast.Cast` the entities and
mention offsets one kind of evidence gives (the tagger's entities, titles, first
names, outlet and organisation names it missed, unnamed people); the order they
run in is :data:`quotes.mentions.CAST_STEPS`, which also joins and annotates them.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from .article import (ArticleModel, credit_line, headline_name_words, hyphened_to_lower_word, line_around, apposition_past_dash_aside, country_of_body, nationality_opening,
                      subject_read_as_apposition)
from .cast import ORGANISATION, PERSON, UNNAMED, Cast, Entity
from .lexicon import (CLUB_WORDS, COMMON_SURNAMES, DEMONYMS, PARTY_NOUNS, FEMALE_NAMES, FIRST_NAMES, KINSHIP_NOUNS, MALE_NAMES, MEDIA_NAMES, MEDIA_NOUNS, NEWS_OUTLETS,
                      ORG_WORDS, PERSON_NOUNS, PHOTO_CREDIT_WORDS, ROLE_NOUNS, STATE_BODIES, TITLES, WORK_NOUNS,
                      is_speech_verb_form, world_given_name)
from .names import fold
from .nameforms import (CALENDAR_WORDS, CLAUSE_OPENERS, DATELINE_RE, DETERMINERS, LOWER_NAME_WORDS, ORG_NOUNS, POSSESSIVE,
                        KIN_BEFORE_RE, KIN_OWNER, PREPOSITIONS, REGNAL_TITLES, TITLED_NAME_RE, UNNAMED_PERSON_NOUNS, UNNAMED_PERSON_RE, after_article, clean_name,
                        gender_of_tokens, given_name_of, is_initial, words_used_otherwise, name_word_form, one_name_for_a_group, personish, plural_person_word, singular_role, name_tokens, past_dateline, person_by_form, regnal_name, slice_text,
                        title_gender, useful_role)


def collect_named_entities(cast: Cast) -> None:
    """People and organisations the tagger found outside quotes, names cleaned of titles,
    datelines and headline words, roles and genders noted."""
    swallowed = -1  # last token of a name extended over the next entity
    offices = _places_of_offices(cast.article)
    for ent in cast.article.ents:
        if cast.article.quoted[ent.start] or ent.start <= swallowed or _in_credit(cast.article, ent) \
                or _in_dateline(cast.article, ent) or len(ent) == 1 and ent.label_ == "PERSON" and ent.text in offices:
            continue
        label = _club(ent) or person_by_form(cast.article.doc, ent) or ent.label_
        if label not in ("PERSON", "ORG") or _lone_headline_word(cast.article, ent) or _opening_plural_role(cast, ent) \
                or _title_of_a_work(cast.article, ent) or label == "ORG" and _home_town(cast.article, ent) \
                or label == "PERSON" and (_names_a_thing(ent) or _party_member_described(cast.article, ent)
                                          or _plural_nationality(ent)
                                          or _capitals_subheading(cast.article, ent)):
            continue
        generic = len(ent) == 1 and ent[0].lower_ in ORG_WORDS
        if len(ent) == 1 and after_article(cast.article.doc, ent) and not generic and (
                label == "PERSON" or ent[0].lower_.endswith(("man", "woman")) or cast.article.is_demonym(ent.text)) \
                and not any(p.surname == fold(ent.text) for p in cast.persons):
            continue  # "the 21-year-old Spaniard", "the Dutchman": a description ('a terse Miller' is Miller)
        role_toks, name_toks = name_tokens(list(ent))
        if _club(ent):  # the place word opening a club's name is part of it
            role_toks, name_toks = [], [t for t in ent if t.pos_ != "DET"]
        if label == "PERSON":
            name_toks = _with_missed_first_name(cast, _without_trailing_figures(name_toks))
            if name_toks and name_toks[0].i < ent.start:  # roles are read before the name taken back
                ent = Span(cast.article.doc, name_toks[0].i, ent.end, label=ent.label_)
        if not name_toks or not any(t.text[:1].isupper() for t in name_toks):
            continue
        name_toks = _extend_truncated(cast, _extend_generic(cast, name_toks) if generic else name_toks)
        if generic and len(name_toks) == 1 and _lower_case_opener(cast, name_toks[0]):
            continue  # 'Party leader Sam Hughes ... the party said': a common noun opening a sentence
        swallowed = max(swallowed, name_toks[-1].i)
        if cast.article.in_title_case_line(ent.start_char):
            name_toks = headline_name_words(cast.article, name_toks)
        name_toks = _without_sentence_opener(cast, name_toks)
        if not name_toks:
            continue
        name = clean_name(slice_text(cast.article.text, name_toks))
        if not name:
            continue
        kind = _kind(cast, ent, label, name_toks)
        written_before = country_of_body(cast.article, name_toks) if kind == ORGANISATION else None  # "Ukraine's"
        entity = _register_named(cast, ent, f"{written_before} {name}" if written_before else name, kind, role_toks)
        country = written_before or (nationality_opening(cast.article, name_toks) if kind == ORGANISATION else None)
        if country:
            cast.country_of[id(entity)] = country


# 'Katie Morris, 29, from Bristol', 'a mother of two from Leeds': where a person is from
_HOME_TOWN_BEFORE_RE = re.compile(r"(?:,\s*\d{1,3},?|\b(?:mother|father|grandmother|grandfather) of \w+)\s+(?:from|of)\s+(?:the\s+)?$")  # 'from the Brook estate' too


def _capitals_subheading(article: ArticleModel, ent: Span) -> bool:
    """'ORLANDO MOURNS' on a line of its own: a subheading in capitals, not a person (a
    transcript's 'MARK DUNN:' ends in a colon)."""
    line = line_around(article.text, ent.start_char, ent.end_char)
    return line.isupper() and len(line.split()) <= 6 and not line.endswith(":") and ent.text.isupper()


def _party_member_described(article: ArticleModel, ent: Span) -> bool:
    """'an Orlando Democrat', 'the Texas Republican' tagged as a person: a place and a party
    or nation noun after an article describe someone; they are not a name."""
    last = fold(ent[-1].text)
    return len(ent) > 1 and (last in PARTY_NOUNS or last in DEMONYMS) and after_article(article.doc, ent)


def _plural_nationality(ent: Span) -> bool:
    """'Among Latinos, her lead is two points': a plural of a nationality (data/demonyms.txt)
    tagged as a person is a group of people, never one who can be 'she'."""
    words = [t for t in ent if t.lower_ not in PREPOSITIONS]  # "Among Latinos" tagged whole
    return len(words) == 1 and words[0].lower_.endswith("s") and words[0].lower_[:-1] in DEMONYMS


def _names_a_thing(ent: Span) -> bool:
    """'the Walter P. Henley briefing room', 'the Ruiz presidential library': a person's name
    modifying a common noun after it names a thing, and is no mention of the person; so is a
    name joined by a hyphen to a lower-case word ('the Grammy-winning singer')."""
    last, doc = ent[-1], ent.doc
    if hyphened_to_lower_word(ent):
        return True
    return last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "NOUN" and last.head.is_lower \
        and ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].is_alpha


def _home_town(article: ArticleModel, ent: Span) -> bool:
    """A one-word name the tagger calls an organisation where a person's home town stands
    ('Katie Morris, 29, from Bristol', '..., 71, from the Brook estate'): a place, which never
    speaks for anyone."""
    start = ent.start_char
    return len(ent) == 1 and bool(_HOME_TOWN_BEFORE_RE.search(article.text[max(0, start - 40):start]))


def _title_of_a_work(article: ArticleModel, ent: Span) -> bool:
    """'Her book, Salt and Sumac, has sold', 'the novel Beloved': a name set after a noun for
    a work (data/work_nouns.txt) as its apposition is the work's title, not someone who can
    speak ('Trump' of 'the Trump book' comes before the noun; 'In her memoir, Clinton wrote'
    has no apposition)."""
    root = ent.root
    if root.dep_:  # parsed
        return root.dep_ == "appos" and root.head.i < root.i and root.head.lower_ in WORK_NOUNS
    # the fast path leaves paragraphs without quotes unparsed: 'the novel Beloved', 'her memoir, Rosa Blue,'
    texts, k = article.texts, ent.start - 1
    if k >= 1 and texts[k] == "," and ent.end < len(texts) and texts[ent.end] == ",":
        k -= 1
    return k >= 1 and texts[k].lower() in WORK_NOUNS and texts[k - 1].lower() in _WORK_OWNERS


_WORK_OWNERS = DETERMINERS | {"new", "latest", "first", "debut"}


def _opening_plural_role(cast: Cast, ent: Span) -> bool:
    """'Aides said', 'Attorneys for Clinton' opening a sentence: a plural role word capitalised
    by its place, not a name."""
    return len(ent) == 1 and plural_person_word(ent.text) is not None and cast.article.starts_sentence(ent.start_char)


def _role_own_words(role: str) -> list[str]:
    """The words of a role before it names anyone else: 'a prominent surrogate for Mr. Sanders'
    or 'an aide who advises Mrs. Clinton' says nothing of its holder's sex (the title is the
    other person's). The words stop at a preposition, a relative pronoun or a title before a
    capitalised word."""
    words = role.split()
    cut = next((k for k, w in enumerate(words) if w.lower() in PREPOSITIONS or w.lower() in ("who", "which", "that")
                or w.lower().rstrip(".") in TITLES and words[k + 1:k + 2] and words[k + 1][:1].isupper()), len(words))
    return words[:cut]


def _register_named(cast: Cast, ent: Span, name: str, kind: str, role_toks: list[Token]) -> Entity:
    """Add the tagged name ``ent`` (cleaned to ``name``) to the cast, with its roles and gender;
    return its entity."""
    if kind == PERSON and name.isupper() and " " in name:
        name = name.title()  # 'MARK DUNN:' in a transcript is Mark Dunn
    if kind == ORGANISATION and name in cast.article.possessive_names():
        name += "'s"  # 'Moody's said': a name, not a possessive
    entity = cast.register(name, name.split(), kind, ent.start_char)
    if name.endswith("'s"):
        entity.aliases.add(fold(name[:-2]))
    roles = [_without_dateline_text(r) for r in _roles_around(cast, ent, role_toks)]
    entity.roles.extend(r for r in roles if r)
    if entity.kind == PERSON:
        given = entity.tokens[0] if len(entity.tokens) > 1 else None
        entity.titled_gender = entity.titled_gender or title_gender([t.lower_ for t in role_toks] +
                                                                    _words_before(cast.article, ent), given)
    if entity.kind == PERSON and entity.gender is None:
        entity.gender = entity.titled_gender or gender_of_tokens([w for r in roles for w in _role_own_words(r)] +
                                                                 [t.text for t in role_toks], entity.tokens)
    cast.occurrences.append((ent.start_char, entity, is_subject_mention(cast, ent)))
    return entity


def _words_before(article: ArticleModel, ent: Span) -> list[str]:
    """The word before ``ent`` without its dot ('mr' of 'Mr. Lou' when only 'Lou' is tagged)."""
    i = ent.start - 1
    if i >= 0 and article.texts[i] == ".":
        i -= 1
    return [article.texts[i].lower().rstrip(".")] if i >= 0 else []


def _club(ent: Span) -> str | None:
    """'ORG' for a sports club the tagger called a place or a person ('Westfield United',
    'Bristol Rovers'), else None."""
    return "ORG" if ent.label_ in ("GPE", "PERSON", "ORG") and len(ent) > 1 and ent[-1].lower_ in CLUB_WORDS else None


def _places_of_offices(article: ArticleModel) -> set[str]:
    """One-word names that follow an office and 'of' ('the mayor of Izmir', 'Governor of
    Lagos'): places, wherever the article writes them, though the tagger calls them people
    ('the chairman of Clinton's campaign' is no place)."""
    doc, texts = article.doc, article.texts
    return {doc[i].text for i in range(2, len(doc))
            if texts[i - 1].lower() == "of" and texts[i][:1].isupper() and doc[i].is_alpha
            and (doc[i - 2].lower_ in TITLES or doc[i - 2].lower_ in ROLE_NOUNS)
            and (i + 1 == len(doc) or not doc[i + 1].text[:1].isupper() and doc[i + 1].text not in POSSESSIVE)}


def _lone_headline_word(article: ArticleModel, ent: Span) -> bool:
    """A headline of one word ('Concert', 'Floods') the tagger took for a name: a name only if
    the article writes it again."""
    return (len(ent) == 1 and line_around(article.text, ent.start_char, ent.end_char) == ent.text
            and ent.text.lower() not in FIRST_NAMES and article.text.count(ent.text) == 1)


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
    credit = {w.lower() for w in texts[max(0, ent.start - 3):ent.start]} & PHOTO_CREDIT_WORDS
    # 'an appearance, courtesy of Wes Reed, a delegate' is the story's words, not a credit line
    return bool(credit - _CREDIT_ONLY_ON_A_CREDIT_LINE) or bool(credit) and credit_line(
        line_around(article.text, ent.start_char, ent.end_char))


_CREDIT_ONLY_ON_A_CREDIT_LINE = frozenset({"courtesy", "video"})  # 'Video courtesy of Jane Roe', not 'in a video, Ruiz'


def collect_speaking_places(cast: Cast) -> None:
    """'Russia denied the report. It said ...': a country or city as the subject of a speech
    verb speaks as a body (its government), which a later 'it' can mean, as does one taking
    a plural verb ('Manchester City have signed': a club); described by a job
    ('Matdos Santos, legal director for the ACLU, said') the tagger mistook a person."""
    article = cast.article
    for ent in article.ents:
        root = ent.root
        if ent.label_ != "GPE" or article.quoted[ent.start]:
            continue
        if not (root.dep_ == "nsubj" and (is_speech_verb_form(root.head.lower_) or _plural_agreement(root))
                or not root.dep_ and not ent.text.endswith("s") and _PLURAL_VERB_AFTER_RE.match(article.text, ent.end_char)):
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


def collect_untagged_speaking_orgs(cast: Cast) -> None:
    """'Resolution Copper, which is owned by BHP, said it would appeal': capitalised words the
    tagger missed, as the subject of a speech verb whose report opens with 'it' or 'its', are
    an organisation (that 'it' is no person; 'the company said' then finds it in focus)."""
    article, doc = cast.article, cast.article.doc
    candidates = (i for i, text in enumerate(article.texts) if text[:1].isupper() and not article.quoted[i])
    for subject in (t for t in map(doc.__getitem__, candidates) if t.dep_ == "nsubj" and t.pos_ == "PROPN"
                    and not t.ent_type_):
        verb = subject.head
        if not is_speech_verb_form(verb.lower_) or subject.i > verb.i:
            continue
        if not any(_opens_with_it(article, clause) for clause in verb.children if clause.dep_ == "ccomp") \
                and not _org_noun_subject_after(article, verb):
            continue
        words = name_tokens([t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject])[1]
        while len(words) > 1 and words[0].lower_ in _RIVAL_WORDS:
            words = words[1:]  # 'Rival Sainsbury's said it would match'
        if not words or any(not w.text[:1].isupper() for w in words) or words[0].text in FIRST_NAMES:
            continue
        name = " ".join(w.text for w in words)
        if name in article.possessive_names():
            name += "'s"  # "Rival Sainsbury's said it would match the cuts"
        entity = cast.register(name, name.split(), ORGANISATION, words[0].idx)
        cast.occurrences.append((words[0].idx, entity, True))


_RIVAL_WORDS = frozenset({"rival", "competitor", "fellow", "embattled", "struggling"})
_NOMINAL_REACH = 2  # sentences after a name that a 'the company said' may still point back to


def _org_noun_subject_after(article: ArticleModel, verb: Token) -> bool:
    """'Twitter acknowledged that ... “...,” the company said': a 'the company' (an
    organisation noun) subject, outside quotes, in the verb's sentence or the two after it."""
    starts = article.sentence_starts
    after = article.sentence_of(verb.idx) + _NOMINAL_REACH + 1
    stop = starts[after] if after < len(starts) else len(article.text)
    for t in verb.doc[verb.i + 1:]:
        if t.idx >= stop:
            return False
        if t.dep_ == "nsubj" and t.lemma_.lower() in ORG_NOUNS and not article.quoted[t.i] and t.i > 0 \
                and t.doc[t.i - 1].lower_ == "the":
            return True
    return False


def _opens_with_it(article: ArticleModel, clause: Token) -> bool:
    """'(said) it would appeal', '(said) its workers were safe': a reported clause, outside
    quotes, whose subject is 'it' or is owned by 'its'."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or article.quoted[subject.i]:
        return False
    return subject.lower_ == "it" or any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children)


_PLURAL_VERB_AFTER_RE = re.compile(r" (?:have|are|were) [a-z]+")


def _plural_agreement(subject: Token) -> bool:
    """'Manchester City have signed': a place's name with a plural verb is a team or firm
    (British usage), not the place ('the United States have' aside: names ending in -s)."""
    verb = subject.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = auxes[0] if auxes else verb
    return finite.tag_ == "VBP" and not subject.lower_.endswith("s")


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
        entity.titled_gender = entity.titled_gender or title_gender([title])
        if entity.gender is None:
            entity.gender = gender_of_tokens([title], entity.tokens)
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
            entity.gender = gender_of_tokens([title.lower()], words)
        if title not in entity.roles:
            entity.roles.append(title)
        i, j = (bisect.bisect_left(article.token_starts, k) for k in (m.start(2), m.end(2)))
        cast.occurrences.append((m.start(2), entity, is_subject_mention(cast, article.doc[i:j])))


# 'His son, Liam, 24,' / 'Hale's wife, Marta,': a relative named by a first name alone
_KIN_FIRST_NAME_RE = re.compile(r"\b" + KIN_OWNER + r" (?P<kin>[a-z]+), (?P<name>[A-Z][a-z]+),")


def collect_named_relatives(cast: Cast) -> None:
    """'His son, Liam, 24, was on board': a first name the tagger missed after a kinship
    noun is a person, the noun a role (the family name comes later: name_relatives)."""
    article = cast.article
    for m in _KIN_FIRST_NAME_RE.finditer(article.text):
        kin, name, start = m["kin"], m["name"], m.start("name")
        i = bisect.bisect_left(article.token_starts, start)
        if kin not in KINSHIP_NOUNS or name.lower() not in FIRST_NAMES and not _unknown_given_name(article, i) \
                or article.in_quote_char(start) or any(e.label_ == "PERSON" for e in _ents_within(article, start, m.end("name"))):
            continue
        entity = cast.register(name, [name], PERSON, start)
        entity.gender = entity.gender or gender_of_tokens([kin], [name])
        if kin not in entity.roles:
            entity.roles.append(kin)
        cast.occurrences.append((start, entity, article.starts_sentence(m.start())))


def collect_first_name_pairs(cast: Cast) -> None:
    """'Sara Lind beat the mayor': a common first name and a capitalised word, as the subject
    of a clause (or in apposition) or after a title ('Mayor Ana Ruiz'), that the tagger
    missed, is a person; so is 'beat Anna Varga' as an object when the article writes
    'Varga' again on its own."""
    article = cast.article
    doc, texts = article.doc, article.texts
    family = {fold(p.tokens[-1]) for p in cast.persons if len(p.tokens) > 1}
    for i in range(len(texts) - 1):
        after_role = i > 0 and (texts[i - 1] in ROLE_NOUNS or texts[i - 1] in TITLES  # 'Liverpool boss Arne Slot'
                                or texts[i - 1] in POSSESSIVE and i > 1 and texts[i - 2][:1].isupper())  # 'Ohio’s'
        if not texts[i + 1][:1].isupper():
            continue
        before_body = _given_name_before_body(article, i)  # 'Tarun Mehra of Greenfield Youth Club'
        if texts[i].lower() not in FIRST_NAMES and not after_role and not before_body and (
                fold(texts[i + 1]) not in family or not _unknown_given_name(article, i)):
            continue  # the token texts first: reading spaCy tokens is slow
        first, last = doc[i], doc[i + 1]
        if i > 0 and texts[i - 1] in POSSESSIVE and texts[i].lower() not in FIRST_NAMES and not given_name_of(first, last):
            continue  # 'Utah’s Kendal Brisk', not 'Iowa’s Renewable Future'
        if (article.quoted[i] or first.ent_type_ or last.ent_type_ or _in_credit(article, doc[i:i + 2])
                or _capitals_subheading(article, doc[i:i + 2])
                or not first.text[:1].isupper() or not last.text[:1].isupper() or not name_word_form(last.text)
                or first.lower_ in CALENDAR_WORDS or last.lower_ in CALENDAR_WORDS
                or last.lower_ in ORG_WORDS or last.lower_ in ORG_NOUNS or last.lower_ in TITLES):
            continue
        subject = last.dep_ in ("nsubj", "nsubjpass", "appos") or not last.dep_ and (
            _opens_sentence(doc, i) or _in_subject_place(cast, doc[i:i + 2])) \
            or first.dep_ in ("nsubj", "nsubjpass") and first.lower_ in FIRST_NAMES \
            or last.dep_ == "dep" and first.lower_ in FIRST_NAMES  # the parse split the name, or found no place for it
        titled = i > 0 and texts[i - 1].lower().rstrip(".") in TITLES and texts[i - 1][:1].isupper() or (
            after_role and given_name_of(first, last))
        named = subject or titled or last.dep_ in ("dobj", "pobj", "conj", "") and _written_alone(article, last) \
            and first.lower_ in FIRST_NAMES or before_body
        if not named or i + 2 < len(doc) and doc[i + 2].text[:1].isupper() and name_word_form(doc[i + 2].text):
            continue  # exactly two words: 'Sara Lind beat', not 'Grace Hope Church'
        initial = doc[i - 1] if i > 0 and is_initial(texts[i - 1]) and not article.quoted[i - 1] else None
        start = initial if initial is not None else first  # 'M. Dane Waters'
        name = " ".join(t.text for t in doc[start.i:last.i + 1])
        entity = cast.register(name, name.split(), PERSON, start.idx)
        if entity.gender is None:
            entity.gender = gender_of_tokens([], [first.text, last.text])
        cast.occurrences.append((start.idx, entity, last.dep_ != "appos"))


def _given_name_before_body(article: ArticleModel, i: int) -> bool:
    """'Tarun Mehra of Greenfield Youth Club': a given name of the worldwide data, a
    capitalised word, then 'of' and a capitalised body, as people are introduced."""
    texts = article.texts
    return i + 3 < len(texts) and texts[i + 2] == "of" and texts[i + 3][:1].isupper() \
        and bool(world_given_name(texts[i])) and fold(texts[i]) not in words_used_otherwise(article.doc)


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
        entity.titled_gender = entity.titled_gender or title_gender([job.lower_])  # 'Queen Camilla'
        entity.gender = entity.gender or entity.titled_gender or gender_of_tokens([], [name.text])
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
    i = article.token_index(pos)
    head = article.doc[i].head if i >= 0 else None
    while head is not None and head.dep_ == "compound":
        head = head.head
    return head is not None and head.dep_ in ("nsubj", "nsubjpass")


_OUTLET_NAME_RE = re.compile(r"\b(?:The |the )?((?:[A-Z][a-z]+ ){0,3}([A-Z][a-z]+))\b")


def _ents_within(article: ArticleModel, start: int, end: int) -> list[Span]:
    """The tagger's entities overlapping the characters start..end."""
    i = article.token_index(start)
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


_DESCRIBED_ORG_RE = re.compile(r"\b[Tt]he (?:[a-z-]+ ){0,2}([a-z]+),? ((?:[A-Z][\w&'’-]*)(?: [A-Z][\w&'’-]*){0,3})"
                               r"|\b([a-z]+) the ((?:[A-Z][\w&'’-]*)(?: [A-Z][\w&'’-]*){0,3})")  # 'Indie band the X'


def collect_described_orgs(cast: Cast) -> None:
    """'the broadcaster NordTV', 'the charity Oxfam', 'the carmaker Voltra', 'indie band the
    Arctic Lanterns' (read as a place): a name the tagger missed right after a noun for an
    organisation is that organisation's, the noun its role."""
    article = cast.article
    for m in _DESCRIBED_ORG_RE.finditer(article.text):
        k = 1 if m.group(1) else 3  # 'the charity Oxfam' or 'campaign group the Taxpayers' Alliance'
        noun, start, end = m.group(k), m.start(k + 1), m.end(k + 1)
        if (noun not in ORG_NOUNS and noun not in MEDIA_NOUNS or article.in_quote_char(start)
                or any(e.label_ == "ORG" or len(e) > 1 and (k == 1 or e.label_ == "PERSON")
                       for e in _ents_within(article, start, end))):
            continue  # the tagger's own organisation, or a longer name it read otherwise ('a place')
        words = m.group(k + 1).split()
        if words[0].lower() in FIRST_NAMES or words[0].lower() in CALENDAR_WORDS or words[0].lower() in TITLES:
            continue  # 'the union, Mark Lee' is a person; 'the board Monday' a date
        entity = cast.register(m.group(k + 1), words, ORGANISATION, start)
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
        opens = article.starts_sentence(m.start())  # 'A startup named X raised'
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


def collect_national_bodies(cast: Cast) -> None:
    """'the Israeli military', 'the French foreign ministry said', "China's foreign ministry":
    a nationality or a country's possessive and a state body (data/state_bodies.txt) the
    tagger names no organisation are that country's body, an organisation named by those
    words."""
    article, doc = cast.article, cast.article.doc
    for ent in article.ents:
        if article.quoted[ent.start] or not ent.text[:1].isupper():
            continue
        if ent.label_ == "NORP" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            start = ent.end
        elif ent.label_ == "GPE" and ent.end < len(doc) and doc[ent.end].text in POSSESSIVE:
            start = ent.end + 1  # "China's foreign ministry"
        else:
            continue
        end = start
        while end < len(doc) and end - start < 2 and doc[end].lower_ not in STATE_BODIES \
                and doc[end].is_alpha and doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "") and not doc[end].ent_type_:
            end += 1
        if end >= len(doc) or doc[end].lower_ not in STATE_BODIES or doc[end].ent_type_ \
                or end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN"):
            continue  # no body, a tagged one, or 'the Israeli army chief' (a person)
        words = doc[ent.start:end + 1]
        name = slice_text(article.text, list(words))
        entity = cast.register(name, name.split(), ORGANISATION, words.start_char)
        cast.country_of[id(entity)] = ent.text
        cast.occurrences.append((words.start_char, entity, is_subject_mention(cast, words)))


def collect_unnamed_people(cast: Cast) -> None:
    """'A farmer in the valley', 'when one voter asked': an unnamed person a later 'he' can
    mean, with the gender the noun tells ('a woman'); not 'One critic, Paul Wendt,' or 'One
    voter backing Mr. Ruiz, Paul Wendt,' (a description of the name after it)."""
    article, text = cast.article, cast.article.text
    found = {m.start(1): m.group(1).split()[-1].lower() for m in UNNAMED_PERSON_RE.finditer(text)
             if not article.in_quote_char(m.start(1)) and not _NAME_IN_APPOSITION_RE.match(text, m.end(1))}
    for i, word in enumerate(article.texts):
        if word.lower() in UNNAMED_PERSON_NOUNS:  # the token texts first: reading spaCy tokens is slow
            t = article.doc[i]
            if t.dep_ in ("nsubj", "nsubjpass") and _unnamed_subject(article, t):
                found.setdefault(t.left_edge.idx, t.lower_)
    for pos, noun in sorted(found.items()):
        cast.occurrences.append((pos, UNNAMED, True))
        gender = title_gender([noun])
        if gender:
            cast.unnamed_gender[pos] = gender


def _unnamed_subject(article: ArticleModel, noun: Token) -> bool:
    """'a woman', 'one voter' outside quotes, with no name after it ('a woman named Ann Lee',
    'a lawyer, Tom Reyes,')."""
    if article.quoted[noun.i] or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                                         for c in noun.children):
        return False
    named = any(c.dep_ == "appos" or c.dep_ == "acl" and c.lemma_ in ("name", "call") for c in noun.children)
    return not named and not _NAME_IN_APPOSITION_RE.match(article.text, noun.idx + len(noun))


# ', Paul Wendt,' after the noun, or after words ending in a name ('backing Mr. Ruiz, Paul Wendt,'),
# which no second name describes; not after 'asked the mayor, Grace Obi,'
_NAME_IN_APPOSITION_RE = re.compile(r"(?:\s+[^,;:\n“\"]{0,50}?[A-Z][\w’'-]+)?"
                                    r",\s+(?:[A-Z][a-z]*\.?\s+)*[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")


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
    if first in MALE_NAMES or first in FEMALE_NAMES or regnal_name(toks) or _given_name_never_dropped(cast, toks):
        return toks
    if (first in cast.article.lower_words() or toks[0].is_stop or first in PREPOSITIONS or first in PERSON_NOUNS
            or first in ROLE_NOUNS):
        return toks[1:]  # 'Farmer Ben Oduya', 'Striker Kemi Ade': a description written as a title
    return toks


def _given_name_never_dropped(cast: Cast, toks: list[Token]) -> bool:
    """'Win Htein, a party official' opening a sentence in an article that writes 'win': a
    tagged person whose first word is a given name somewhere in the world, and whose last
    word the article never writes without it, keeps the first word."""
    return toks[0].ent_type_ == "PERSON" and toks[-1].ent_type_ == "PERSON" and not toks[0].is_stop \
        and world_given_name(toks[0].text) is not None and not _written_alone(cast.article, toks[-1])


def is_subject_mention(cast: Cast, ent: Span) -> bool:
    """A clause's subject; in a paragraph that was not parsed, a name
    opening its sentence after title and job words ("President Joe Biden said", "Economist
    Ana Ruiz said") or after an opening adverbial ("In his reply, Tomas Varga said"); never in
    a photo caption."""
    if cast.article.outside_story(ent.start_char) or _owner_only(cast.article, ent):
        return False
    if _person_after(cast.article, ent.end) is not None or _modifies_body_noun(ent):
        return False  # 'Clinton campaign Chairman John Podesta': a name describing the person named next,
    before = _person_before(cast.article, ent.start)  # who may then stand where that name stands
    return _in_subject_place(cast, ent) or before is not None and _in_subject_place(cast, before)


def written_after_org_noun(article: ArticleModel, pos: int) -> bool:
    """'the band Wolf Alice', 'the farm group Fuel Iowa': the word just before ``pos`` is a
    noun for an organisation."""
    words = article.text[max(0, pos - 30):pos].split()
    return bool(words) and words[-1].lower() in ORG_NOUNS


def _modifies_body_noun(ent: Span) -> bool:
    """'The Cruz campaign on Monday picked up ...': a name before a lower-case word for a body
    describes that body, the subject (the person does not act here)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.is_lower and after.lower_ in ORG_NOUNS


def _owner_only(article: ArticleModel, ent: Span) -> bool:
    """'broke Paolini's serve', however the parse reads it: a name with a possessive 's is an
    owner, no subject ('Moody's said', "Christie's been" are subjects)."""
    doc = ent.doc
    mark = ent[-1] if ent[-1].tag_ == "POS" or ent[-1].text in POSSESSIVE else doc[ent.end] if ent.end < len(doc) else None
    return (mark is not None and (mark.tag_ == "POS" or mark.text in POSSESSIVE)
            and doc[mark.i - 1].text not in article.possessive_names() and not _contraction(mark))


def _contraction(s: Token) -> bool:
    """"Christie's been making the case": an 's before a participle is 'has' or 'is'."""
    after = s.doc[s.i + 1] if s.i + 1 < len(s.doc) else None
    return after is not None and (after.tag_ in ("VBN", "VBG") or after.lower_ in ("been", "got", "gone", "going", "not"))


def _in_subject_place(cast: Cast, ent: Span) -> bool:
    """``ent`` is a clause's subject, as the parse or (unparsed) its place in the sentence says."""
    if ent.root.dep_:  # 'The moderator, KTLA anchor Dana Reyes, struggled': in apposition to the subject
        if apposition_past_dash_aside(cast.article, ent.root) is not None:
            return False  # '- addressed to the clerk, Dana Ruiz - the senator asks'
        described = ent.root
        while described.dep_ == "appos" and described.head.i < described.i:
            described = described.head  # 'The other man, his cousin James York, cited'
        return ent.root.dep_ in ("nsubj", "nsubjpass") or described is not ent.root and (
            described.dep_ in ("nsubj", "nsubjpass") or _subject_hung_on_fronted_phrase(ent.root, described))
    text, starts = cast.article.text, cast.article.sentence_starts
    i = bisect.bisect_right(starts, ent.start_char) - 1
    lead = _without_fronted_adverbial(text[starts[i] if i >= 0 else 0:ent.start_char]).split()
    if len(lead) > 1 and lead[0].lower() in ("the", "a", "an") and _job(lead[-1]):
        # 'the district GOP Chairman Chuck Williams declined': a noun phrase ending in a title
        return not any(_links(w.lower()) for w in lead[1:])
    return all(w[:1].isupper() or _job(w) for w in lead)


def _subject_hung_on_fronted_phrase(name: Token, place: Token) -> bool:
    """'At a water point in Sangam Vihar, Sunita Devi, 38, waited': the parse hangs the name on
    the place that opens the sentence, and the verb after it has no subject of its own; the
    name is that subject."""
    if place.dep_ != "pobj" or name.i == 0 or name.doc[name.left_edge.i - 1].text != ",":
        return False
    verb = place
    while verb.dep_ in ("pobj", "prep"):
        verb = verb.head
    return (verb.pos_ in ("VERB", "AUX") and verb.i > name.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


def _links(word: str) -> bool:
    """A word that starts a phrase or clause of its own ('by', 'who', 'said')."""
    return word in PREPOSITIONS or word in CLAUSE_OPENERS or word in ("who", "which") or is_speech_verb_form(word)


def _job(word: str) -> bool:
    lower = word.lower()
    return lower in TITLES or lower in ROLE_NOUNS or lower in PERSON_NOUNS


_DESCRIBING_GAP = 3  # 'Clinton campaign Chairman' + 'John Podesta': words between a name and the one it describes


def _person_after(article: ArticleModel, i: int) -> Span | None:
    """The person named a few words after token ``i`` when the words between end in a title
    or job ('campaign Chairman', 'chief strategist'), with no punctuation, verb or preposition."""
    doc = article.doc
    for k in range(i, min(i + _DESCRIBING_GAP + 1, len(doc))):
        ent = article.ent_of_token.get(k)
        if ent is not None and ent.start == k and ent.label_ == "PERSON":
            job = doc[k - 1].lower_ if k > i else ""
            return ent if job in TITLES or job in ROLE_NOUNS or job in PERSON_NOUNS else None
        word = doc[k]
        if not word.is_alpha or article.quoted[k] or word.lower_ in PREPOSITIONS or word.lower_ in CLAUSE_OPENERS \
                or word.pos_ in ("VERB", "AUX"):
            return None
    return None


def _person_before(article: ArticleModel, start: int) -> Span | None:
    """The name straight before ``start`` (a few words, no punctuation) that describes it."""
    for k in range(start - 1, max(start - _DESCRIBING_GAP - 2, -1), -1):
        ent = article.ent_of_token.get(k)
        if ent is not None and ent.end == k + 1 and ent.label_ in ("PERSON", "ORG"):
            return ent if _person_after(article, ent.end) is not None else None
        if not article.doc[k].is_alpha or article.quoted[k]:
            return None
    return None


# words that open an adverbial put before the subject: 'In his reply, Ruiz argued'
_ADVERBIAL_OPENERS = PREPOSITIONS | CLAUSE_OPENERS | frozenset(
    "there then still yet however meanwhile later earlier instead now today yesterday also indeed asked".split())


def _without_fronted_adverbial(lead: str) -> str:
    """The words before a sentence's subject without an opening adverbial ending in a
    comma ('In his reply to the board, ', 'There, ') or conjunctions and adverbs with none
    ('And even ')."""
    words = lead.split()
    if words and "," in lead and words[0].lower().strip(",") in _ADVERBIAL_OPENERS:
        return lead.rsplit(",", 1)[1]
    while words and words[0].lower() in _BARE_OPENERS:
        words.pop(0)  # 'And even Obama tried'
    return " ".join(words)


# words that open a sentence before its subject with no comma: 'And even Obama tried', 'But now Ruiz says'
_BARE_OPENERS = frozenset("and but so yet or nor even still then now also only".split())


def _with_missed_first_name(cast: Cast, toks: list[Token]) -> list[Token]:
    """'Ivanka Trump, 34,' tagged 'Trump': a surname alone preceded by an untagged,
    capitalised first name (a known one, or any given name before a family's surname)
    takes it back; so does a two-word name after a title ('Judge Enock' + 'Chacha Mwita')."""
    if len(toks) not in (1, 2) or toks[0].i == 0:
        return toks
    doc = cast.article.doc
    first = doc[toks[0].i - 1]
    if (first.ent_type_ or not first.text[:1].isupper() or not first.is_alpha or first.is_stop
            or first.lower_ in CALENDAR_WORDS or first.lower_ in TITLES
            or is_speech_verb_form(first.lower_) or cast.article.quoted[first.i]):
        return toks
    if len(toks) == 2:
        titled = first.i > 0 and doc[first.i - 1].lower_.rstrip(".") in TITLES
        return [first] + toks if titled and given_name_of(first, toks[-1]) else toks
    family = any(len(p.tokens) > 1 and p.surname == fold(toks[0].text) for p in cast.persons)
    if given_name_of(first, toks[0]) or family and _unknown_given_name(cast.article, first.i):
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
        possessed = name_toks[0].i > ent.start and name_toks[0].nbor(-1).text in POSSESSIVE  # "Fox News’ Sean Hannity"
        plain = 2 <= len(words) <= 3 and words[0] in FIRST_NAMES and not set(words) & ORG_WORDS
        return PERSON if (titled or possessed) and plain else ORGANISATION
    written = sum(1 for t in name_toks if t.whitespace_ or t.i == name_toks[-1].i)  # 'Abdel-Rahman' is one word
    described = written_after_org_noun(cast.article, ent.start_char)  # 'the band Wolf Alice'
    is_person = written <= 5 and not described and (words[-1] not in ORG_WORDS or _first_and_surname(name_toks)) \
        and not _employer_before_role(cast, ent) and not (len(words) == 1 and words[0] in NEWS_OUTLETS)
    return PERSON if is_person else ORGANISATION


def _first_and_surname(toks: list[Token]) -> bool:
    """'Linda Park', 'Sam House', 'Anne Sullivan-Park': a first name and a common surname (or a
    double-barrelled one with a common surname in it), whatever else the last word can mean
    ('Central Park')."""
    written = "".join(t.text_with_ws for t in toks).split()
    if len(written) != 2 or written[0].lower() not in FIRST_NAMES:
        return False
    return any(part.lower() in COMMON_SURNAMES for part in written[1].split("-"))


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
    named = [k for k in range(left, ent.start) if cast.article.ent_of_token.get(k) is not None
             and cast.article.ent_of_token[k].label_ == "PERSON"]
    left = max(left, named[-1] + 2 if named else left)  # 'Paul Dowd of Health Minister Alan Reid': not Dowd's
    start = doc[left].idx if left < ent.start else None
    if role_toks:
        start = min(start if start is not None else role_toks[0].idx, role_toks[0].idx)
        while role_toks and role_toks[0].pos_ == "DET":
            role_toks.pop(0)
            start = role_toks[0].idx if role_toks else None
    text_start = past_dateline(cast.article.text, para_start)
    if start is not None and start < text_start:
        start = text_start if text_start < ent.start_char else None  # 'PORTLAND, Ore. - Peter Santilli'
    if start is not None:
        end = ent.start_char if not role_toks else max(ent.start_char, role_toks[-1].idx + len(role_toks[-1]))
        end = min(end, (ent[len(role_toks)].idx if role_toks and len(role_toks) < len(ent) else end))
        roles.append(singular_role(clean_name(cast.article.text[start:end])))
    aside_end = apposition_past_dash_aside(cast.article, ent.root)  # the sentence's subject, no role
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i > ent.end - 1 and not cast.article.quoted[child.i] and child != aside_end \
                and not subject_read_as_apposition(child):
            roles.append(cast.article.appos_text(child))
    head = ent.root
    if not roles and head.dep_ == "conj" and head.head.i < ent.start:
        roles.extend(_shared_plural_role(cast, head.head))
        head = head.head if head.head.dep_ == "appos" and not roles else head
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < ent.start:
        group = head.head
        if one_name_for_a_group(group, head):  # 'the family of the victim, Sara Lind': the victim
            group = next((t for t in reversed(list(group.subtree)) if t.i < head.left_edge.i and t.pos_ == "NOUN"
                          and personish(t)), group)
        words = [t for t in group.subtree if t.i < head.left_edge.i and not cast.article.quoted[t.i]]
        while words and words[-1].is_punct:
            words.pop()
        roles.append(singular_role(cast.article.span_text(words)))
    return [r for r in roles if useful_role(r)]


def _shared_plural_role(cast: Cast, first: Token) -> list[str]:
    """'radio hosts Dan Kessler and Mia Fontaine': the role of the first name, when the word
    before it is a plural role noun, is the second name's too (one role, or none)."""
    other = cast.article.ent_of_token.get(first.i)
    if other is None or other.label_ != "PERSON" or other.start == 0:
        return []
    plural = any(plural_person_word(t.lower_) for t in cast.article.doc[max(0, other.start - 1):other.start + 1])
    return _roles_around(cast, other, name_tokens(list(other))[0])[:1] if plural else []


# ', a consultant,' / ', the party's chairman.' after a name in a paragraph that was not parsed
_APPOSITION_AFTER_RE = re.compile(r"(?:\s*\([^()]{1,15}\))?,\s+(?:an?|the)\s+([^;.()“”\"]{3,80}?)\s*(?:,(?=\s+[a-z])|[.;?])")
_ADJECTIVES_THEN_NOUN_RE = re.compile(r",\s+[a-z][^;.,()“”\"?]{2,70}")


def _roles_from_text(cast: Cast, ent: Span) -> list[str]:
    """Roles around a name in a paragraph that was not parsed (see quotes.parse)."""
    doc, roles = cast.article.doc, []
    run: list[Token] = []
    i = ent.start - 1
    while i >= 0 and len(run) < 6 and not cast.article.quoted[i]:
        t = doc[i]
        if t.text == "-" and run:
            run.insert(0, t)
        elif t.text[:1].isupper() and t.is_alpha or t.lower_ in TITLES or t.lower_ in ROLE_NOUNS \
                or plural_person_word(t.lower_):
            run.insert(0, t)
        else:
            break
        i -= 1
    while run and not (run[0].lower_ in TITLES or run[0].lower_ in ROLE_NOUNS or run[0].text[:1].isupper()
                       or plural_person_word(run[0].lower_)):
        run.pop(0)
    if any(t.lower_ in TITLES or t.lower_ in ROLE_NOUNS or plural_person_word(t.lower_) for t in run):
        roles.append(singular_role(clean_name(slice_text(cast.article.text, run))))
    elif not run and ent.start >= 2 and doc[ent.start - 1].lower_ == "and":
        roles.extend(_shared_plural_role(cast, doc[ent.start - 2]))  # 'hosts Joe Scarborough and Mika Brzezinski'
    after = cast.article.text[ent.end_char:ent.end_char + 140]
    m = _APPOSITION_AFTER_RE.match(after)
    if m:
        role = m.group(1)
        if " " not in role and role.lower() not in ROLE_NOUNS and role.lower() not in PERSON_NOUNS:
            more = _ADJECTIVES_THEN_NOUN_RE.match(after, m.end(1))  # 'the brusque, outspoken governor of Ohio'
            role = role + more.group(0) if more else role
        roles.append(clean_name(role))
    kin = KIN_BEFORE_RE.search(cast.article.text, max(0, ent.start_char - 40), ent.start_char)
    if kin and kin["kin"] in KINSHIP_NOUNS and len(ent) == 1:
        roles.append(kin.group(0).rstrip(", "))  # 'Her son, Peio,': a relative, whose family name is the owner's
    return [r for r in roles if r]
