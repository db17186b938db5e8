"""Build the article's cast: every person and organisation mention, clustered into entities.

The steps run in the order of :data:`CAST_STEPS`; each is a small function on
a :class:`~quotes.cast.Cast` that says in its docstring what it adds or joins.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable

from spacy.tokens import Token

from .article import ArticleModel, sentence_index
from .cast import NO_HISTORY, ORGANISATION, PERSON, UNNAMED, Cast, Entity, add_occurrence, has_kinship_role, nearest, occurrences_between, role_head, unsure_gender
from .collect import (collect_acronym_orgs, collect_called_orgs, collect_described_orgs, collect_national_bodies, collect_first_name_pairs,
                      collect_named_entities, collect_named_relatives, collect_office_titled_names, collect_outlet_names,
                      collect_speaking_places, collect_titled_names, collect_titled_single_names, collect_untagged_speaking_orgs,
                      collect_unnamed_people, is_subject_mention, written_after_org_noun)
from .lexicon import (COMPANY_WORDS, FIRST_NAMES, KINSHIP_NOUNS, MEDIA_NAMES, ORG_WORDS, PARTY_NOUNS, PERSON_NOUNS, ROLE_NOUNS, TITLES,
                      base_forms, first_name_gender, gender_unsure, is_speech_verb_form, world_given_name)
from .names import fold, name_core, name_suffix
from .nameforms import (CALENDAR_WORDS, KIN_DESCRIBED_BEFORE_RE, NAME_PARTICLES, ORG_NOUNS, POSSESSIVE, PREPOSITIONS, acronym,
                        clean_name, gender_of_tokens, name_word, slice_text)


def name_relatives(cast: Cast) -> None:
    """'Maria Lopez and her husband, Carlos,': a relative the article names by a first name
    alone takes the surname of the person named just before in the same paragraph, or of
    the person in focus whom 'his'/'her' means ('Sean Murphy ... ¶ His son, Liam,')."""
    article = cast.article
    for e in list(cast.persons):
        core = name_core(e.tokens)  # 'His son Donald Jr.': a first name and a suffix
        if len(core) != 1 or fold(core[0]) not in FIRST_NAMES and not world_given_name(core[0]) \
                and not has_kinship_role(e):
            continue  # ('Ivana' is no census name, but one of the worldwide data)
        at = min(e.positions, default=e.introduced)  # (a name the tagger first called a group joins later)
        told = KIN_DESCRIBED_BEFORE_RE.search(article.text, max(0, at - 40), at)  # "his first wife, Ivana,"
        if not has_kinship_role(e) and not (told and told["kin"].lower() in KINSHIP_NOUNS):
            continue
        paragraph = bisect.bisect_right(article.paragraphs, (at, len(article.text))) - 1
        start = article.paragraphs[paragraph][0] if paragraph >= 0 else 0
        if told and told["owner"]:  # "Trump's wife, Melania,", "Peio's wife, Amaia,": the owner's family name
            before = [p for p in cast.persons if len(p.tokens) > 1 and fold(told["owner"]) in (
                fold(p.tokens[-1]), fold(p.tokens[0]))]
        else:
            before = [p for p in cast.persons if len(p.tokens) > 1 and start <= p.introduced < at] \
                or _possessor_in_focus(cast, told, at)
        if before:
            relative = max(before, key=lambda p: p.introduced)
            e.aliases.add(e.key)
            e.name = " ".join([core[0], name_core(relative.tokens)[-1]] + e.tokens[len(core):])
            e.tokens = e.name.split()


def _possessor_in_focus(cast: Cast, told: re.Match | None, at: int) -> list[Entity]:
    """Whom 'His'/'Her' of 'His son, Liam,' means: the person of that gender in focus, or,
    when nobody is yet, the one named in full just after."""
    word = told.group(0).split()[0].lower() if told else ""
    gender = {"his": "m", "her": "f"}.get(word)
    if gender is None:
        return []
    e = cast.in_focus(PERSON, gender, at, NO_HISTORY, learn=False)
    if e is None:  # 'His daughter, Susan, said ... ¶ George Hill died': named just after
        e = min((p for p in cast.persons if at < p.introduced <= at + _NAMED_AFTER_CHARS and len(p.tokens) > 1
                 and p.gender in (None, gender)), key=lambda p: p.introduced, default=None)
    return [e] if e is not None and e is not UNNAMED and len(e.tokens) > 1 else []


_NAMED_AFTER_CHARS = 300  # how far after 'His daughter, Susan,' the father may first be named


def definite_descriptions(cast: Cast) -> None:
    """'The admiral chuckled': 'the' and a role noun as a subject, when exactly one person of
    the article holds that role, mentions that person (keeping them in focus for 'he')."""
    article = cast.article
    texts = article.texts
    for i in range(1, len(texts) - 1):
        if texts[i - 1].lower() != "the" or article.quoted[i]:
            continue  # the token texts first: reading spaCy tokens is slow
        if texts[i].istitle():
            _demonym_subject(cast, article.doc[i])
            continue
        if not texts[i].islower():
            continue
        token = article.doc[i]
        if not _definite_subject(article, token):
            continue
        noun = token.lemma_.lower() or token.lower_
        if noun not in ROLE_NOUNS and noun not in PERSON_NOUNS and noun not in TITLES:
            continue
        e = cast.by_noun(noun, token.idx, unique=True)
        if e is not None and e.kind == PERSON and e.introduced < token.idx:
            cast.occurrences.append((token.idx, e, True))


def _demonym_subject(cast: Cast, token: Token) -> None:
    """'The Czech broke her serve': a nationality after 'the' as a clause's subject (in a
    parsed paragraph) mentions the person in focus, keeping them there for 'she'."""
    if token.dep_ not in ("nsubj", "nsubjpass") or not cast.article.is_demonym(token.text):
        return
    e = cast.in_focus(PERSON, None, token.idx, NO_HISTORY, learn=False)
    if e is not None and e is not UNNAMED:
        cast.occurrences.append((token.idx, e, True))


# words that end the noun's clause rather than act as its verb ('help the senator if they ...')
_NOT_VERBS = PREPOSITIONS | {"and", "or", "but", "who", "that", "which", "was", "is", "of", "if", "when", "because",
                             "while", "whether", "unless", "than", "though", "although", "so", "nor", "where"}


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
        pairs = [p for p in person.positions if text[p + len(person.name):p + len(person.name) + 5] == " and "]
        if len(person.tokens) != 1 or not pairs or (person.tokens[0].lower() not in FIRST_NAMES
                                                    and not any(_family_before(text, p) for p in pairs)):
            continue  # ('the parents, Khizr and Ghazala Khan': given names the lists may lack)
        partner = next((starts.get(p + len(person.name) + len(" and ")) for p in pairs), None)
        if partner is None or partner.tokens[0].lower() not in FIRST_NAMES and not _family_before(text, pairs[0]):
            continue
        full = f"{person.name} {partner.tokens[-1]}"
        existing = next((e for e in cast.persons if e.key == fold(full)), None)
        if existing is not None:
            cast.merge_into(person, existing)
            cast.persons.remove(person)
        else:
            person.aliases.add(person.key)
            person.name, person.tokens = full, full.split()


_FAMILY_BEFORE_RE = re.compile(r"\b(parents|couple|siblings|children|twins|(\w+)s),\s*$", re.IGNORECASE)


def _family_before(text: str, pos: int) -> bool:
    """Whether 'the parents, ', 'his sons, ' (a family, then a comma) comes right before ``pos``."""
    m = _FAMILY_BEFORE_RE.search(text, max(0, pos - 30), pos)
    return m is not None and (m.group(2) is None or m.group(2).lower() in KINSHIP_NOUNS)


def expand_single_names(cast: Cast) -> None:
    """'Zaheed' ('al Ashry') when the article also writes 'Murshed Zaheed' ('Ahmed al Ashry')
    and NER missed it: the full name."""
    lower_words = cast.article.lower_words()
    for person in cast.persons:
        bare = len(person.tokens) == 1 or len(person.tokens) == 2 and person.tokens[0].lower() in NAME_PARTICLES
        if not bare or person is UNNAMED:
            continue
        full = fullest_form(cast, person.tokens[-1], lower_words) or quoted_full_name(cast, person.tokens[-1])
        if full and fold(full) != person.key and not any(p.key == fold(full) for p in cast.persons):
            person.aliases.add(person.key)
            person.name, person.tokens = full, full.split()
            if person.gender is None:
                person.gender = gender_of_tokens([], person.tokens)


def quoted_full_name(cast: Cast, surname: str) -> str | None:
    """'Murphy said' when only a quote names him in full ('“Patrick Murphy owes Floridians an
    answer”'): a known first name right before the surname, inside quotes - the one such
    name, or None when quotes name two people of that surname."""
    texts, quoted = cast.article.texts, cast.article.quoted
    forms = {f"{texts[i - 1]} {texts[i]}" for i, w in enumerate(texts)
             if w == surname and i > 0 and quoted[i] and quoted[i - 1] and texts[i - 1].lower() in FIRST_NAMES
             and texts[i - 1][:1].isupper()}
    return forms.pop() if len(forms) == 1 else None


def fullest_form(cast: Cast, word: str, lower_words: set[str]) -> str | None:
    """The longest 'First [Middle] Word' the article writes outside quotes, or None."""
    texts = cast.article.texts
    runs = _name_runs_ending_in(cast, word, lambda j: texts[j][:1].isupper() and name_word(cast.article.doc[j], lower_words)
                                or texts[j] in NAME_PARTICLES and j > 0 and texts[j - 1][:1].isupper())
    best = max(runs, key=len, default=[])
    return slice_text(cast.article.text, best) if best else None


def _name_runs_ending_in(cast: Cast, word: str, belongs: Callable[[int], bool]) -> list[list[Token]]:
    """For each place ``word`` stands outside quotes and ``belongs`` takes the token before it:
    the run of up to three tokens before it that ``belongs`` takes (outside quotes), and the word."""
    article = cast.article
    runs = []
    for i in (i for i, w in enumerate(article.texts) if w == word and not article.quoted[i]):
        j = i
        while j > 0 and i - j < 3 and not article.quoted[j - 1] and belongs(j - 1):
            j -= 1
        if j < i:
            runs.append(list(article.doc[j:i + 1]))
    return runs


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
        i = article.token_index(p)
        ent = article.ent_of_token.get(i)
        root = ent.root if ent is not None else article.doc[i]
        if root.dep_:
            if root.dep_ == "nsubj" and _reports(root.head.lemma_) and not _goes_on_doing(root.head):
                cast.reporters.add(p)
            continue
        end = ent.end if ent is not None else i + 1
        if article.texts[end - 1] in POSSESSIVE:
            continue  # "Trump’s continued appeal"
        before = article.texts[i - 2:i]  # '”, said Stovall', '. . . , says Ms Lee'
        after = _word_after_name(article.texts, end)
        if after.endswith("ing") and i > 0 and article.texts[i - 1].lower() in _PREPOSITIONS_NOT_WITH:
            continue  # 'the effort results in Kasich claiming the nomination': no one speaking
        if _reports(after) and not _another_named_after(cast, e, end) or (
                len(before) == 2 and _reports(before[1]) and before[0] in (",", "”", "\"", "’")
                and not before[1].endswith("ing")):  # not ', saying Hale was ...': whom a clause is about
            cast.reporters.add(p)


_PREPOSITIONS_NOT_WITH = PREPOSITIONS - {"with"}  # 'with Ruiz saying that ...' reports speech


def _goes_on_doing(verb: Token) -> bool:
    """'Trump continued to hurt his cause': 'continue' (a speech verb after a quote) with an
    infinitive after it tells what someone kept doing, not what they said."""
    return verb.lemma_.lower() in ("continue", "go", "begin", "start", "keep", "resume") \
        and any(c.dep_ == "xcomp" for c in verb.children)


def _another_named_after(cast: Cast, e: Entity, end: int) -> bool:
    """'One volunteer backing Mr. Okafor, Tarun Mehra of Leeds, said': the words set off after
    the name ending at token ``end`` name another person, who is the one speaking."""
    article = cast.article
    if end >= len(article.texts) or article.texts[end] != ",":
        return False
    lo = article.token_starts[end]
    stop = article.text.find(",", lo + 1)
    return stop > 0 and any(o is not e and o is not UNNAMED and o.kind == PERSON
                            for _, o, _ in occurrences_between(cast, lo, stop))


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
    article, starts = cast.article, cast.article.sentence_starts
    people = [(p, e, is_subject) for p, e, is_subject in cast.occurrences if e.kind == PERSON]
    for k, (p, e, is_subject) in enumerate(people):
        if not is_subject or e.gender is not None or e is UNNAMED:
            continue
        next_person = people[k + 1][0] if k + 1 < len(people) else len(article.text)
        i = sentence_index(starts, p)
        next_sentence = starts[i + 1] if i + 1 < len(starts) else len(article.text)
        gender = article.first_pronoun_gender(p, min(next_sentence, next_person)) \
            or _opening_pronoun_gender(article, next_sentence, next_person)
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


def _one_word_names(cast: Cast) -> dict[str, list[Entity]]:
    """Folded surname and one-word aliases ('Unai' of 'Unai Albizu', written alone before the
    family name was known) -> the people named in full who bear them."""
    by_word: dict[str, list[Entity]] = {}
    full = [p for p in cast.persons if len(p.tokens) > 1]
    counts: dict[str, int] = {}
    for p in full:
        counts[p.surname] = counts.get(p.surname, 0) + 1
    shared = {s for s, n in counts.items() if n > 1}
    for p in full:
        words = {p.surname} | {a for a in p.aliases if " " not in a}
        if p.surname in shared:  # 'Grace said' where Grace and Ruth Okafor are both in the story
            words.add(fold(p.tokens[0]))
        for word in words:
            by_word.setdefault(word, []).append(p)
    return by_word


def surname_mentions(cast: Cast) -> None:
    """'Zelenskyy, speaking ..., said', 'Unai disagrees': a known person's surname or one-word
    name the NER missed is still a mention."""
    by_surname = _one_word_names(cast)
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
        person = people[0] if people and len(people) == 1 else _last_called_by_surname(cast, people or [], t)
        if person is not None:
            cast.occurrences.append((t.idx, person, is_subject_mention(cast, cast.article.doc[t.i:t.i + 1])))


def _last_called_by_surname(cast: Cast, people: list[Entity], surname: Token) -> Entity | None:
    """'Curt Schilling ... Schilling said ... Schilling's son, Grant, ... replaced Schilling':
    a surname several people share, written alone, is the one of them the article last
    called by that surname alone; None when it has not."""
    text, word = cast.article.text, surname.text
    earlier = [(pos, e) for pos, e, _ in cast.occurrences if pos < surname.idx and text.startswith(word, pos)
               and any(e is p for p in people)]
    return max(earlier, key=lambda o: o[0])[1] if earlier else None


def merge_short_names(cast: Cast) -> None:
    """'Lukashenko' and 'Belarus’s Lukashenko' join 'Alexander Lukashenko'; a surname
    several known people share joins, at each mention, whoever it means there."""
    keep = []
    for person in sorted(cast.persons, key=lambda p: -len(p.tokens)):
        targets = {}
        for pos in sorted(person.positions or [0]):
            target = _titled_target(cast, person, pos, keep)
            if target is not None and _another_generation(person, target):
                continue
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


def _another_generation(person: Entity, target: Entity) -> bool:
    """'Tom and Linda Becker ... The couple's son, Tom Becker Jr.': a full name the article wrote
    before it named someone with the same name and a suffix is the elder, not the Jr."""
    return len(person.tokens) >= 2 and not name_suffix(person.tokens) and bool(name_suffix(target.tokens)) \
        and min(person.positions, default=target.introduced) < target.introduced


def _titled_target(cast: Cast, person: Entity, pos: int, keep: list[Entity]) -> Entity | None:
    """Whom ``person`` names at ``pos``: of the gender a 'Mrs'/'Mr' before it gives ('Mrs.
    Corran' is Hillary, not Bill Corran); else the one bearer whose gender only a first name
    guessed from a family name written first ('Mr. Lou' is 'Lou Jiwei', though the census
    calls Lou a woman's name) or only as a likelier sex; 'Mr. Obama' is no 'Michelle Obama'."""
    target = cast.person_for(person.tokens, pos, among=keep, gender=person.titled_gender)
    if target is None and person.titled_gender:
        loose = cast.person_for(person.tokens, pos, among=keep)
        target = loose if loose is not None and loose.titled_gender is None and (
            loose.gender is None or unsure_gender(loose) or gender_unsure(loose.tokens[0])
            or fold(loose.tokens[0]) == fold(person.tokens[-1])) else None
    return target


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


def _tagged_only_as_place(article: ArticleModel, name: str) -> bool:
    """Every entity the tagger found under ``name`` is a place (GPE or LOC), and it found one."""
    labels = {e.label_ for e in article.ents if clean_name(e.text) == name}
    return bool(labels) and labels <= {"GPE", "LOC"}


def orgs_that_are_people(cast: Cast) -> None:
    """'Maryam Violet, an Iranian journalist' tagged ORG: a name of one to three plain
    words, none an organisation word, described by a person noun, followed by he/she
    as a subject or by ', who', or of two or more ending in a surname a person of the
    article has ('Naghmeh Abedini' beside 'her husband, Saeed Abedini'), is a person."""
    keep = []
    firsts_by_surname: dict[str, set[str]] = {}
    for p in cast.persons:
        if len(p.tokens) > 1:
            firsts_by_surname.setdefault(fold(p.tokens[-1]), set()).add(fold(p.tokens[0]))
    for org in cast.orgs:
        words = org.tokens
        plain = 1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
                                             and w.lower() not in ORG_WORDS for w in words) \
            and words[0].lower() not in CALENDAR_WORDS and fold(words[-1]) not in MEDIA_NAMES
        role_heads = {role_head(r.lower().split()) for r in org.roles}  # 'professor of trade at Cornell'
        described = bool(role_heads & (PERSON_NOUNS | ROLE_NOUNS | TITLES))
        who = _followed_by_who(cast.article.text, org.name)
        if plain and (who or len(words) > 1 and (described or _pronoun_after_subject(cast, org)
                                               or _relative_of_someone(words, firsts_by_surname))) \
                and not _tagged_only_as_place(cast.article, org.name):  # not 'Puerto Rico has been warning ... she'
            org.kind = PERSON
            org.gender = org.gender or first_name_gender(words[0], len(words) > 1)
            cast.persons.append(org)
        else:
            keep.append(org)
    cast.orgs = keep


def _relative_of_someone(words: list[str], firsts_by_surname: dict[str, set[str]]) -> bool:
    """'Naghmeh Abedini' when 'Saeed Abedini' is a person of the article: a name ending in a
    person's surname, with another first name (not the same name tagged twice)."""
    firsts = firsts_by_surname.get(fold(words[-1]))
    return firsts is not None and fold(words[0]) not in firsts


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
    """NER calls 'Stoltenberg' an ORG when a PERSON 'Jens Stoltenberg' exists, 'Sheinbaum'
    one when 'Claudia Sheinbaum Pardo' does (a first surname, used alone), and 'Unai' one when
    'Her son, Unai,' has become 'Unai Albizu' (a one-word name the person was written as)."""
    names = {fold(t) for p in cast.persons if len(p.tokens) > 1 for t in p.tokens[1:]} - NAME_PARTICLES
    names |= set(_one_word_names(cast))
    keep = []
    for org in cast.orgs:
        if len(org.tokens) == 1 and fold(org.tokens[0]) in names:
            person = cast.person_for(org.tokens, org.positions[0] if org.positions else 0)
            if person is not None:
                cast.merge_into(org, person)
                continue
        keep.append(org)
    cast.orgs = keep


_NICK_ADVERBS = r"(?:(?:popularly|widely|commonly|better|also|universally)\s+)?"
# 'Joko Widodo, known as Jokowi,' / 'Edson Arantes do Nascimento, nicknamed "Pele",'
_KNOWN_AS_AFTER_NAME_RE = re.compile(r",?\s+" + _NICK_ADVERBS + r"(?:known|nicknamed|dubbed)\s+(?:as\s+)?[“\"‘']?"
                                     r"(?P<nick>[A-Z][\w'’-]+)")
# 'Jokowi, as he is known,'
_AS_HE_IS_KNOWN_RE = re.compile(r"(?P<nick>[A-Z][\w'’-]+),\s+as\s+(?P<pronoun>he|she)\s+is\s+" + _NICK_ADVERBS +
                                r"(?:known|called)\b")


def merge_nicknames(cast: Cast) -> None:
    """'Joko Widodo, known as Jokowi,' and 'Jokowi, as he is known,': the nickname is
    another name of the person named in full just before; its mentions are that person's."""
    text = cast.article.text
    for person, pos in _full_names(cast):
        end = pos + len(person.name)
        m = _KNOWN_AS_AFTER_NAME_RE.match(text, end) if text[pos:end] == person.name else None
        if m:
            _take_nickname(cast, person, m["nick"])
    for m in _AS_HE_IS_KNOWN_RE.finditer(text):
        gender = "m" if m["pronoun"] == "he" else "f"
        named = [(pos, p) for p, pos in _full_names(cast)
                 if pos < m.start() and p.gender in (None, gender) and fold(p.name) != fold(m["nick"])]
        if named:
            _take_nickname(cast, max(named, key=lambda pair: pair[0])[1], m["nick"])


def _full_names(cast: Cast) -> list[tuple[Entity, int]]:
    return [(e, pos) for pos, e, _ in cast.occurrences if e.kind == PERSON and len(e.tokens) > 1 and e is not UNNAMED]


def _take_nickname(cast: Cast, person: Entity, nickname: str) -> None:
    key = fold(nickname.strip("'’"))
    for other in [e for e in cast.persons + cast.orgs if e is not person and e.key == key]:
        cast.merge_into(other, person)
        if other in cast.persons:
            cast.persons.remove(other)
        else:
            cast.orgs.remove(other)
    person.aliases.add(key)


def people_that_are_orgs(cast: Cast) -> None:
    """'Zentrix Corp will cut jobs ... Zentrix said': one word the tagger called a person, no
    first name nor anyone's surname and never titled, that opens exactly one organisation's
    name is that organisation; so is a name with no gender or role that the tagger also
    calls an organisation ('HuffPost Live')."""
    surnames = {p.surname for p in cast.persons if len(p.tokens) > 1}
    keep = []
    for person in cast.persons:
        word = fold(person.tokens[0]) if len(person.tokens) == 1 else ""
        owners = [o for o in cast.orgs if len(o.tokens) > 1 and fold(o.tokens[0]) == word
                  and fold(o.tokens[-1]) in ORG_WORDS] if word else []
        bare = word and word not in FIRST_NAMES and word not in surnames and not person.roles and person.gender is None
        same = [o for o in cast.orgs if o.key == person.key] if not person.roles and person.gender is None else []
        if same and person is not UNNAMED:
            cast.merge_into(person, same[0])
        elif bare and len(owners) == 1:
            cast.merge_into(person, owners[0])
        elif bare and _called_an_organisation_next(cast, person) or _named_after_an_org_noun(cast, person):
            person.kind = ORGANISATION
            cast.orgs.append(person)
        else:
            keep.append(person)
    cast.persons = keep


def _named_after_an_org_noun(cast: Cast, person: Entity) -> bool:
    """'the farm group Fuel Iowa', 'the start-up Nimbly': a name the tagger called a person,
    written right after an organisation noun, with no given name and no title, is that
    organisation."""
    if person.titled_gender is not None or fold(person.tokens[0]) in FIRST_NAMES or person is UNNAMED:
        return False
    return any(written_after_org_noun(cast.article, p) for p in person.positions)


def _called_an_organisation_next(cast: Cast, person: Entity) -> bool:
    """'Ryanair cancelled 400 flights. The Irish carrier said ...': a word the tagger called a
    person, opening its sentence, whose next sentence opens with 'the', at most two words
    and an organisation noun reporting speech ('the carrier said') is that organisation."""
    article = cast.article
    first = min(person.positions, default=None)
    if first is None or not article.starts_sentence(first):
        return False
    here = article.sentence_of(first)
    if here + 1 >= len(article.sentence_starts):
        return False
    words = article.text[article.sentence_starts[here + 1]:][:80].split()[:5]
    if not words or words[0].lower() != "the":
        return False
    noun = next((k for k, w in enumerate(words[1:4], 1) if w in ORG_NOUNS), None)
    return noun is not None and noun + 1 < len(words) and is_speech_verb_form(words[noun + 1].strip(",.").lower())


def expand_short_orgs(cast: Cast) -> None:
    """'the Rockets said' when the story also writes 'the Riverton Rockets' (which the tagger
    missed): the one fuller name, outside quotes, that ends with an organisation's one-word
    plural name (a team's, a band's); none when the story writes several ('Houston Rockets',
    'Riverton Rockets')."""
    lower_words = cast.article.lower_words()
    article = cast.article
    for org in cast.orgs:
        word = org.tokens[0] if len(org.tokens) == 1 else ""
        if not (word.istitle() and word.isalpha() and word.endswith("s")) or fold(word) in ORG_WORDS \
                or fold(word) in MEDIA_NAMES or fold(word).rstrip("s") in PARTY_NOUNS:
            continue  # a team's or band's plural name ('Rockets'), not 'PAC', 'GOP', 'State'
        forms = {slice_text(article.text, run) for run in _name_runs_ending_in(
            cast, word, lambda j: article.texts[j][:1].isupper() and fold(article.texts[j]) not in TITLES
            and name_word(article.doc[j], lower_words))}
        _take_the_one_fuller_name(cast, org, forms)


def _take_the_one_fuller_name(cast: Cast, org: Entity, forms: set[str]) -> None:
    """``org`` takes the fuller name when the story writes exactly one and nobody else bears it
    (its short name stays an alias)."""
    full = forms.pop() if len(forms) == 1 else None
    if full and not any(o.key == fold(full) for o in cast.orgs + cast.persons):
        org.aliases.add(org.key)
        org.name, org.tokens = full, full.split()


def expand_company_names(cast: Cast) -> None:
    """'Chipmaker Veltrix' when the story also writes 'Veltrix Semiconductor reported' (which
    the tagger missed): a one-word organisation takes the one fuller name, outside quotes, of
    that word and up to two capitalised words ending in a company word ('Semiconductor',
    'Logistics', 'Group'); none when the story writes several."""
    article = cast.article
    short = [org for org in cast.orgs if len(org.tokens) == 1 and fold(org.tokens[0]) not in COMPANY_WORDS]
    wanted = {org.tokens[0] for org in short}
    places: dict[str, list[int]] = {}  # one pass over the text, not one per organisation
    for i, w in enumerate(article.texts):
        if w in wanted and not article.quoted[i]:
            places.setdefault(w, []).append(i)
    for org in short:
        forms = {_company_name_after(article, i) for i in places.get(org.tokens[0], [])} - {None}
        _take_the_one_fuller_name(cast, org, forms)


def _company_name_after(article: ArticleModel, i: int) -> str | None:
    """The short name at token ``i`` with the capitalised words after it, when the last of up
    to two is a company word ('Veltrix Semiconductor', 'Acme Power Systems'), else None."""
    texts = article.texts
    for n in (1, 2):
        words = texts[i + 1:i + 1 + n]
        if len(words) == n and all(w[:1].isupper() and w.isalpha() and not article.quoted[i + 1 + k]
                                   for k, w in enumerate(words)) and fold(words[-1]) in COMPANY_WORDS:
            return " ".join([texts[i]] + words)
    return None


def merge_short_orgs(cast: Cast) -> None:
    """'Northgate' joins 'Northgate Logistics', 'the Courier' joins 'Lakeside Courier': an
    organisation named by the first or last words of exactly one longer organisation's
    name.  Generic words never join ('the House' is not 'the White House'), except a
    newspaper's last word ('the Times', 'the Post') for the one outlet it ends and a state
    body's name for the one body named with its country ("Ukraine's Foreign Ministry")."""
    merged: set[int] = set()
    for org in sorted(cast.orgs, key=lambda o: -len(o.tokens)):
        words = [fold(w) for w in org.tokens]
        n = len(words)
        masthead = n == 1 and words[0] in MEDIA_NAMES
        owners = _bodies_with_country(cast, org) if any(w in ORG_WORDS for w in words) and not masthead else [
            o for o in cast.orgs if len(o.tokens) > n and id(o) not in merged
            and ([fold(w) for w in o.tokens[:n]] == words or [fold(w) for w in o.tokens[-n:]] == words)]
        if len(owners) == 1:
            cast.merge_into(org, owners[0])
            merged.add(id(org))
        elif len(owners) > 1 and id(owners[0]) in cast.country_of:
            cast.split_into(org, {p: nearest(owners, p) for p in org.positions})
            merged.add(id(org))
    cast.orgs = [o for o in cast.orgs if id(o) not in merged]



def _bodies_with_country(cast: Cast, org: Entity) -> list[Entity]:
    """The state bodies named as ``org`` with a country before it ('the Foreign Ministry'
    after "Ukraine's Foreign Ministry")."""
    return [o for o in cast.orgs if id(o) in cast.country_of and o is not org
            and o.key == fold(f"{cast.country_of[id(o)]} {org.name}")]


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
    collect_untagged_speaking_orgs,
    collect_titled_names,
    collect_office_titled_names,
    collect_first_name_pairs,
    collect_named_relatives,
    collect_titled_single_names,
    collect_acronym_orgs,
    collect_outlet_names,
    collect_described_orgs,
    collect_called_orgs,
    collect_national_bodies,
    collect_unnamed_people,
    orgs_that_are_people,
    share_coordinated_surnames,
    merge_short_names,
    expand_single_names,
    merge_nicknames,
    name_relatives,
    merge_person_orgs,
    people_that_are_orgs,
    expand_short_orgs,
    expand_company_names,
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