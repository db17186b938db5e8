"""Word lists the rules rely on: speech cues, titles, role nouns, first names.

The lists live in ``quotes/data/*.txt`` (one entry a line, ``#`` comments),
read once with :mod:`importlib.resources`; first names add the US census
lists shipped by the ``names`` package (MIT) and, for the gender of names the
census lacks ('Aparna', 'Mehmet', 'Folasade'), the worldwide name data of the
``nomquamgender`` package (MIT).  Nothing is downloaded.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

from .names import fold


def word_list(name: str) -> frozenset[str]:
    """The entries of ``quotes/data/<name>.txt``, lower-cased."""
    text = resources.files("quotes").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))


SPEECH_VERBS = word_list("speech_verbs")
WORK_NOUNS = word_list("work_nouns")  # 'her book, Salt and Sumac': what introduces a title
# Verbs that count only with the speaker as subject next to the quote.
WEAK_VERBS = word_list("weak_verbs")
JUDGING_VERBS = word_list("judging_verbs")
READER_PROMPTS = word_list("reader_prompts")
TITLES = word_list("titles")
ROLE_NOUNS = word_list("role_nouns")
MALE_TITLES = word_list("male_titles")
FEMALE_TITLES = word_list("female_titles")
GENERIC_HEADS = word_list("generic_heads")
DOCUMENT_NOUNS = word_list("document_nouns")
IDEA_NOUNS = word_list("idea_nouns")  # 'rejected the notion ..., saying': no speaker
LOCAL_BODY_NOUNS = word_list("local_body_nouns")  # "the city said": the town or city named before
OFFICES = word_list("offices")  # "the mayor said" is not the senator in focus
CLAIM_NOUNS = word_list("claim_nouns")  # "Trump's claim that ...": the owner's words
DEMONYMS = word_list("demonyms")
PARTY_NOUNS = word_list("party_nouns")  # 'the Vermont independent': a party member  # 'the Spaniard', 'the Dane': a person of a nation
PHOTO_CREDIT_WORDS = word_list("photo_credit_words")
PERSON_NOUNS = word_list("person_nouns")
KINSHIP_NOUNS = word_list("kinship_nouns")
ORG_WORDS = word_list("org_words")
COMPANY_WORDS = word_list("company_words")
COMPANY_NOUNS = word_list("company_nouns")  # 'the firm': a company, never a party or a court
PUBLIC_BODY_WORDS = word_list("public_body_words")  # '... Convention', '... Committee': no company
CLUB_WORDS = word_list("club_words")
STATE_BODIES = word_list("state_bodies")
COUNTRIES = word_list("countries")
INSTITUTION_NOUNS = word_list("institution_nouns")
LINK_LABELS = word_list("link_labels")
MEDIA_NOUNS = word_list("media_nouns")
NEWS_OUTLETS = word_list("news_outlets")
MEDIA_NAMES = word_list("media_names") | NEWS_OUTLETS

# Irregular past and present forms of speech verbs, read where no lemmatizer ran.
_IRREGULAR_SPEECH_FORMS = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "spoke": "speak",
                           "thought": "think", "knew": "know", "meant": "mean", "sang": "sing", "swore": "swear"}


@lru_cache(maxsize=8192)
def base_forms(word: str) -> frozenset[str]:
    """The lemmas ``word`` may be a form of, read where no lemmatizer ran: itself, an
    irregular form's verb, and what is left without -s, -es, -ies, -d, -ed, -ing
    ('argues' -> 'argue', 'quipped' -> 'quip', 'posted' -> 'post')."""
    word = word.lower()
    forms = {word, _IRREGULAR_SPEECH_FORMS.get(word, word)}
    if word.endswith(("s", "d")):
        forms |= {word[:-1], word[:-2], word[:-3] + "y"}
    if word.endswith("ing") and len(word) > 5:
        forms.add(word[:-3])
    if word.endswith(("ed", "ing")) and len(word) > 4:
        stem = word[:-2] if word.endswith("ed") else word[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.add(stem[:-1])  # 'planned', 'quipped'
    return frozenset(forms)


def is_speech_verb_form(word: str) -> bool:
    """True when ``word`` is a form of a speech verb ('said', 'argues', 'warned', 'added')."""
    return bool(base_forms(word) & SPEECH_VERBS)


MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})

# A census name counts as a first name for form checks ("Ms", "Novak" + "Djokovic")
# only when at least this share (percent) of people carry it: rarer entries
# are mostly words too ("Will", "Summer").
_COMMON_NAME_PERCENT = 0.01
# A name is given a gender when one sex carries it this many times more often.
_GENDER_RATIO = 4.0


def _census(sex: str, part: str = "first") -> dict[str, float]:
    """Census names of ``sex`` ('male'/'female', or 'all' for surnames) and ``part``
    ('first'/'last') -> percent of people, or {} without `names`."""
    try:
        text = resources.files("names").joinpath(f"dist.{sex}.{part}").read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


_CENSUS_MALE = _census("male")
_CENSUS_FEMALE = _census("female")

_HAND_MALE = word_list("male_first_names")
_HAND_FEMALE = word_list("female_first_names")

MALE_NAMES = _HAND_MALE | {n for n, p in _CENSUS_MALE.items() if p >= _COMMON_NAME_PERCENT}
FEMALE_NAMES = _HAND_FEMALE | {n for n, p in _CENSUS_FEMALE.items() if p >= _COMMON_NAME_PERCENT}
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
# Surnames carried by at least this share (percent) of people: 'Park', 'House', 'Church'.
_COMMON_SURNAME_PERCENT = 0.005
COMMON_SURNAMES = frozenset(n for n, p in _census("all", "last").items() if p >= _COMMON_SURNAME_PERCENT)


# nomquamgender pools p(female) per given name from dozens of national sources.
# A name counts when this many sources and people carry it (rarer keys are
# mostly noise: 'mr', 'senator') and p(female) is outside the package's own
# default "too uncertain" band (0.1, 0.9).
_WORLD_MIN_SOURCES = 5
_WORLD_MIN_PEOPLE = 50
_WORLD_UNCERTAIN = 0.1
# Between 0.9 and 0.95 a name still gets its likelier sex, but only as a preference: 'Raila'
# (0.903) is Raila Odinga, a man, and 'Lakshmi' (0.906) is mostly a woman's name.
_WORLD_UNSURE = 0.05
# '"aparna": [18, 818, 0.985, ...' - scanned as text: 0.4 s instead of 1 s
# and 50 MB instead of 400 MB for json.load of the 22 MB file.
_WORLD_ENTRY_RE = re.compile(r'"([a-z][a-z\'-]*)": \[(\d+), (\d+), ([\d.]+)')


@cache
def _world_names() -> tuple[dict[str, str], frozenset[str]]:
    """(given name -> 'm', 'f' or '' (both sexes carry it: 'Femi', 'Yuki'), the names whose
    sex is only likelier) from nomquamgender's data, or ({}, {}) without the package.
    Read on the first name the census lists lack, not at import."""
    spec = find_spec("nomquamgender")  # finds the data without importing its pandas
    if spec is None or not spec.submodule_search_locations:
        return {}, frozenset()
    path = Path(list(spec.submodule_search_locations)[0]) / "name_data.json"
    if not path.is_file():
        return {}, frozenset()
    out, unsure = {}, set()
    for m in _WORLD_ENTRY_RE.finditer(path.read_text(encoding="utf-8")):
        sources, people, female = int(m[2]), int(m[3]), float(m[4])
        if sources >= _WORLD_MIN_SOURCES and people >= _WORLD_MIN_PEOPLE:
            clear = abs(female - 0.5) >= 0.5 - _WORLD_UNCERTAIN
            out[m[1]] = ("f" if female > 0.5 else "m") if clear else ""
            if clear and abs(female - 0.5) < 0.5 - _WORLD_UNSURE:
                unsure.add(m[1])
    return out, frozenset(unsure)


def gender_unsure(word: str) -> bool:
    """Whether the sex of the given name ``word`` comes from the worldwide data and is only
    likelier, not near certain ('Raila', 'Lakshmi'); census and list names never are."""
    lower = word.lower().strip(".")
    if lower in _CENSUS_MALE or lower in _CENSUS_FEMALE or lower in _HAND_MALE or lower in _HAND_FEMALE:
        return False
    return fold(lower) in _world_names()[1]


def _not_a_given_name(word: str) -> bool:
    """Words the lists know as something else: 'general', 'judge', 'queen' are
    first names somewhere, but in an English article they are titles or nouns."""
    return word in TITLES or word in ROLE_NOUNS or word in PERSON_NOUNS or word in ORG_WORDS \
        or word in KINSHIP_NOUNS


@lru_cache(maxsize=4096)
def first_name_gender(word: str, before_surname: bool = False) -> str | None:
    """'m' or 'f' when the first name ``word`` is clearly one sex's, else None: the
    census and our lists first, then, when ``before_surname`` says the word opens a
    longer name, the worldwide data for names they lack (alone, 'Miller' and
    'Hammond' are surnames, though somewhere they are given names too)."""
    word = word.lower().strip(".")
    m, f = _CENSUS_MALE.get(word, 0.0), _CENSUS_FEMALE.get(word, 0.0)
    census = "m" if m and m >= _GENDER_RATIO * f else "f" if f and f >= _GENDER_RATIO * m else None
    hand_m, hand_f = word in _HAND_MALE, word in _HAND_FEMALE
    if not (m or f or hand_m or hand_f):
        return (world_given_name(word) or None) if before_surname else None
    if census is None and m and f:
        return None  # both sexes carry it often ('Jan', 'Kim')
    if hand_m != hand_f:
        hand = "m" if hand_m else "f"
        return hand if census in (None, hand) else None  # the lists disagree: no gender
    return census


def world_given_name(word: str) -> str | None:
    """'m', 'f' or '' (either) for a given name of the worldwide data ('Aparna', 'Femi'),
    None for other words and for words our lists know as titles or nouns.  Many entries
    are places or English words too ('Georgia', 'New'): check how the article uses it."""
    lower = word.lower()
    return None if _not_a_given_name(lower) else _world_names()[0].get(fold(lower))
