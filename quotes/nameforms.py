"""Name forms on spaCy tokens: what in a noun phrase is the name, the title, the role.

Small pure helpers shared by the cast (:mod:`quotes.mentions`) and the
resolver (:mod:`quotes.speakers`); the word lists live in ``quotes/data``.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from .lexicon import (FEMALE_NAMES, FEMALE_TITLES, FIRST_NAMES, GENERIC_HEADS, KINSHIP_NOUNS, MALE_NAMES, MALE_TITLES, ORG_WORDS,
                      PARTY_NOUNS, PERSON_NOUNS, ROLE_NOUNS, MEDIA_NAMES, STATE_BODIES, TITLES, first_name_gender, is_speech_verb_form,
                      world_given_name, word_list)
from .names import fold

ORG_LABELS = ("ORG", "GPE", "NORP", "FAC")


POSSESSIVE = ("'s", "’s", "'", "’")


LOWER_NAME_WORDS = {"of", "for", "the", "and", "on", "de", "van", "von", "der", "da", "del", "bin", "al", "le", "la"}


# who a kinship noun belongs to: 'his son', 'Trump's wife' (the owner's name in group 'owner')
KIN_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|(?P<owner>[A-Z](?:[\w-]|['’](?=\w))+)(?:'s|’s|'|’))"
# a kinship word and its owner just before a name: "his brother Joe", "Trump's wife, Melania"
KIN_BEFORE_RE = re.compile(r"\b" + KIN_OWNER + r"\s+(?P<kin>\w+),?\s*$")
# the same with one adjective allowed before the kinship word: "Her younger sister, Ruth Okafor"
KIN_DESCRIBED_BEFORE_RE = re.compile(r"\b" + KIN_OWNER + r"\s+(?:[a-z]+\s+)?(?P<kin>[a-z]+),?\s*$")

# how a text says someone put out a document: 'issued a statement', 'put out a release'
ISSUED_WORDS = r"(?:issued|provided|released|sent out|sent|put out|posted|gave|published)"

# 'BRUSSELS (AFP) - ', 'ROTTERDAM, Netherlands - ', 'PORTLAND, Ore. — ': where a story is filed from
DATELINE_RE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w.]+\.?(?:\s+\d{1,2})?)*\s*(?:\([A-Za-z ]+\))?\s*[-–—]+\s*")


def past_dateline(text: str, start: int) -> int:
    """Where the text of the paragraph or sentence opening at ``start`` begins after any
    dateline ('PORTLAND, Ore. - '), else ``start``."""
    dateline = DATELINE_RE.match(text, start)
    return dateline.end() if dateline else start


def without_dateline(toks: list[Token]) -> list[Token]:
    """'CLEVELAND - Donald Trump' -> 'Donald Trump': a dateline is not part of a name; and
    'Deborah Reynolds - Santilli' (two names the tagger ran together across a dash) keeps
    the first."""
    dash = next((i for i, t in enumerate(toks) if t.text in ("-", "–", "—", "--")), None)
    if dash and all(t.is_upper or t.is_punct for t in toks[:dash]):
        return toks[dash + 1:]
    if dash and toks[dash - 1].whitespace_ and any(t.text[:1].isupper() for t in toks[:dash]):
        return toks[:dash]  # a spaced dash: 'Shanklin-Hawkins' is one name
    return toks


def _surname_title(word: Token) -> bool:
    """Whether the title ``word`` ('Bishop', 'Judge', 'King') ends a longer person's name in
    its article ('Julie Bishop'), so that alone it is her surname."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word.text for e in word.doc.ents)


def name_tokens(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split tokens of a name phrase into (role words, name words)."""
    toks = [t for t in tokens if not t.is_space]
    toks = without_dateline(toks)
    while len(toks) > 1 and toks[0].pos_ in ("ADV", "SCONJ", "CCONJ") and toks[0].head not in toks:
        toks = toks[1:]  # 'Later the Foreign Ministry added': an adverb the tagger took into the name
    if _named_after_a_saint(toks):
        return [], toks
    # "NATO’s Stoltenberg", "Belarus’s Lukashenko": the possessor is not the name.
    for i in range(len(toks) - 1, -1, -1):
        if (toks[i].text in POSSESSIVE or toks[i].tag_ == "POS") and not _possessive_in_org_name(toks, i):
            if i < len(toks) - 1:
                toks = toks[i + 1:]
            else:
                toks = toks[:i]
            break
    role: list[Token] = []
    while toks and not regnal_name(toks) and (
            (toks[0].lower_ in TITLES or toks[0].lower_.lstrip("-–—").rstrip(".") in TITLES) and not _body_named_by_title(toks)
                    or toks[0].lower_ in CALENDAR_WORDS and toks[-1].lower_ not in MEDIA_NAMES
                    and not _month_as_first_name(toks)
                    or toks[0].is_lower and not _particle(toks) or toks[0].pos_ in ("DET", "PUNCT")
                    or toks[0].pos_ == "NUM" and not _number_word_in_name(toks)
                    or toks[0].pos_ == "ADJ" and not _name_like(toks[0], len(toks))
                    or toks[0].tag_ == "VBN" and toks[0].dep_ == "amod"  # 'Retired nurse June Alder'
                    or (toks[0].ent_type_ in ("NORP", "GPE") and len(toks) > 1 and not _first_name_before_name(toks)
                        and not _one_place_name(toks))
                    or toks[0].lower_ in INDUSTRY_NOUNS and len(toks) > 1
                    or _occupation_before_full_name(toks) or _qualifier_before_title(toks)):
        role.append(toks.pop(0))
    if toks and _after_title_of(toks[0]):  # 'Secretary of Defense Leon Panetta' tagged 'Defense Leon Panetta'
        while len(toks) > 2 and toks[0].lower_ not in FIRST_NAMES:
            role.append(toks.pop(0))
    if not toks and role and role[-1].lower_ in TITLES and role[-1].text[:1].isupper() and _surname_title(role[-1]):
        toks = [role.pop()]  # 'Bishop said': Julie Bishop, when the article names her
    bracket = next((i for i, t in enumerate(toks) if t.text == "("), None)
    if bracket:  # 'World Health Organization (WHO'
        toks = toks[:bracket]
    if len(toks) > 2 and toks[-2].text == "news" and toks[-1].text == "agency":
        toks = toks[:-2]  # 'the KCNA news agency' is KCNA
    while toks and (toks[-1].is_punct or (toks[-1].lower_ in TITLES or toks[-1].lower_ in TRAILING_ORG_NOUNS)
                    and len(toks) > 1 and toks[-1].is_lower):  # 'the Unite union' is Unite
        if toks[-1].text == "." and len(toks) > 2 and toks[-2].lower_ in _DOTTED_ENDINGS and not toks[-2].whitespace_:
            break  # 'Robert Hale Sr' + '.'
        toks.pop()
    return role, toks


def _body_named_by_title(toks: list[Token]) -> bool:
    """'Justice Department', 'Justice Ministry': a title (not an honorific) naming the body
    its last word is (data/state_bodies.txt, not 'Mrs Court')."""
    return 2 <= len(toks) <= 3 and (toks[-1].lower_ in STATE_BODIES or toks[-1].lower_ in _BODY_WORDS) \
        and toks[0].lower_ not in MALE_TITLES and toks[0].lower_ not in FEMALE_TITLES \
        and all(t.lower_ not in FIRST_NAMES for t in toks[1:-1])


_BODY_WORDS = frozenset({"agency", "board", "bureau", "committee", "council"})


def _after_title_of(token: Token) -> bool:
    """``token`` follows a title and 'of' ('Secretary of', 'Minister of')."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in TITLES


_GROUP_POSSESSORS = frozenset({"children", "women", "men", "people", "workers", "veterans", "teachers", "nurses"})


def _named_after_a_saint(toks: list[Token]) -> bool:
    """'St. Vincent's said', "St Mary's": a saint's name in the possessive with nothing after it
    is a hospital, church or school named after the saint, not the saint (nor a person)."""
    return len(toks) >= 3 and toks[0].lower_.rstrip(".") in ("st", "saint") and toks[0].text[:1].isupper() \
        and (toks[-1].text in POSSESSIVE or toks[-1].tag_ == "POS")


def _possessive_in_org_name(toks: list[Token], i: int) -> bool:
    """'Information Commissioner's Office', 'Children's Hospital', "Gas Supporters' Trust": a
    possessive inside an organisation's name (a job or a group owns the organisation word it
    ends with)."""
    if i == 0 or i == len(toks) - 1 or toks[-1].lower_ not in ORG_WORDS:
        return False
    owner = toks[i - 1].lower_
    return person_word(owner) or owner in _GROUP_POSSESSORS or plural_person_word(owner) is not None


# Titles that are part of the name a user types when one given name follows: 'Prince Edward'.
REGNAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "emir"})
_REGNAL_NUMBER = re.compile(r"^(?=[IVX])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")


def regnal_name(toks: list[Token]) -> bool:
    """'Prince Edward', 'Pope Francis', 'King Charles III': a royal or papal title before a
    single given name (and a regnal number) stays in the name, since the name alone is
    not what anyone calls them."""
    rest = toks[1:]
    if rest and _REGNAL_NUMBER.match(rest[-1].text):
        rest = rest[:-1]
    return (toks[0].lower_ in REGNAL_TITLES and toks[0].text[:1].isupper() and len(rest) == 1
            and rest[0].is_alpha and rest[0].text[:1].isupper())


_OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "person", "eeper", "ant", "man", "woman")


def _occupation_before_full_name(toks: list[Token]) -> bool:
    """'Chairperson Ana Reyes', 'Organizer Tom Fox', 'Goalkeeper Jan Oblak', 'Patient Gloria
    Benn': a job or a word for a person written like a title (an occupation's ending or a
    person noun, not a first name) before a first name and a surname."""
    first = toks[0].lower_ if toks else ""
    return (len(toks) >= 3 and first.isalpha() and (first.endswith(_OCCUPATION_ENDINGS) or first in PERSON_NOUNS
                                                    or first in GENERIC_HEADS)
            and first not in FIRST_NAMES and toks[1].lower_ in FIRST_NAMES and toks[2].text[:1].isupper())


def _qualifier_before_title(toks: list[Token]) -> bool:
    """'Fire Marshal Dena Ruiz', 'Harbour Master Ian Reid': a capitalised word that is no given
    name, then a title, then a first name and surname: the first two words are the job."""
    return (len(toks) >= 4 and toks[0].is_alpha and toks[0].text[:1].isupper() and toks[1].lower_ in TITLES
            and fold(toks[0].text) not in FIRST_NAMES and toks[0].lower_ not in TITLES
            and given_name_of(toks[2], toks[-1]) and toks[-1].text[:1].isupper())


def _month_as_first_name(toks: list[Token]) -> bool:
    """'April Mellody', 'June Carter': a month that is also a first name, before a surname
    (tagged a person, or a proper noun after it; not 'May 2016', not 'Sunday Trump')."""
    if len(toks) != 2 or toks[0].lower_ not in FIRST_NAMES or not (toks[1].is_alpha and toks[1].text[:1].isupper()) \
            or toks[1].lower_ in CALENDAR_WORDS:
        return False
    before = toks[0].doc[toks[0].i - 1].lower_ if toks[0].i > 0 else ""
    # 'at a June Trump rally': a month
    return toks[0].ent_type_ == "PERSON" or toks[1].pos_ == "PROPN" and before not in _BEFORE_A_MONTH


# 'the', 'a', 'his': what opens a noun phrase ('In the letter,', 'her memoir, Rosa Blue,')
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their"})
_BEFORE_A_MONTH = frozenset({"a", "an", "the", "this", "last", "next", "in", "since", "by", "until", "early", "late",
                             "mid", "of", "from", "through", "before", "after", "during", "on", "that", "each"})


def _one_place_name(toks: list[Token]) -> bool:
    """'United States', 'Soviet Union', 'New York': the words are one place the tagger
    found whole (not 'Georgia' before 'Senator Ruiz', a place before a person)."""
    first = toks[0]
    return all(t.ent_type_ == first.ent_type_ and t.ent_iob_ == "I" for t in toks[1:]) \
        and first.ent_type_ == "GPE" and not any(t.lower_.rstrip(".") in TITLES for t in toks) \
        and (toks[-1].i + 1 >= len(first.doc) or first.doc[toks[-1].i + 1].ent_iob_ != "I")


def _number_word_in_name(toks: list[Token]) -> bool:
    """'the advocacy group One Nation', 'band Three Days Grace': a number written as a
    capitalised word inside a sentence opens a name; 'Two Leeds fans' opening one need not."""
    first = toks[0]
    return len(toks) > 1 and first.is_alpha and first.is_title and first.i > 0 \
        and not first.nbor(-1).is_space and first.nbor(-1).text not in (".", "!", "?", "“", '"', "—", ":")


def _first_name_before_name(toks: list[Token]) -> bool:
    """'Marta Ruiz', 'His neighbour Folasade Adeyemi' (the tagger read the first name as
    a place), not 'Georgia Senator Ruiz'."""
    return toks[1].lower_ not in TITLES and toks[1].text[:1].isupper() and (
        given_name_of(toks[0], toks[1]) or owned_given_name(toks[0]))


def owned_given_name(word: Token) -> bool:
    """``word`` follows an owner's possessive and is a given name the worldwide data gives
    a sex ('The Morning Star’s Arjun Vyas', 'Ankara’s Zeynep Kaya'): a person's first name,
    even where the article never writes the surname alone."""
    return word.i > 0 and word.doc[word.i - 1].tag_ == "POS" and bool(world_given_name(word.text)) \
        and not word.is_stop and fold(word.text) not in words_used_otherwise(word.doc)


# words saying a role was held once: 'the former governor', 'ex-minister', 'the then mayor'
PAST_ROLE_WORDS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "then"})


# Lower-case words inside surnames: 'al Ashry', 'dos Santos', 'de Blasio', 'van Gogh'.
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "da", "das", "de", "del", "della", "der", "di", "dos", "du",
                            "la", "le", "van", "von", "ter", "ten", "den", "des"})


def _particle(toks: list[Token]) -> bool:
    """True when ``toks`` opens with a surname particle before a capitalized word."""
    after = toks[2] if len(toks) > 2 and toks[1].text in ("-", "‐") else toks[1] if len(toks) > 1 else None
    return after is not None and toks[0].lower_ in NAME_PARTICLES and after.text[:1].isupper()  # 'al-Sharif' too


def _name_like(token: Token, left: int) -> bool:
    """A capitalized word the tagger calls an adjective that is a name: tagged PERSON/ORG,
    or the last word left ('Trump, in Kentucky, said' with 'Trump' tagged ADJ)."""
    return token.text[:1].isupper() and (token.ent_type_ in ("PERSON", "ORG") or left == 1
                                         or _group_named_in_title_case(token))


def _group_named_in_title_case(token: Token) -> bool:
    """'Black Lives Matter', 'Concerned Parents of Leeds': a capitalised adjective before a
    capitalised plural noun opens the name of a group or movement (a person's name has no
    plural common noun)."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NNS" and doc[token.i + 1].text[:1].isupper()


# Abbreviations that end a name with their dot: 'Robert Hale Jr.', 'Acme Inc.'.
_DOTTED_ENDINGS = frozenset({"jr", "sr", "inc", "corp", "co", "ltd", "bros"})


POST_NOMINALS = word_list("post_nominals")


def _without_post_nominals(text: str) -> str:
    """'Nick Johnson KC', 'Jane Doe, MP': the name without the letters of honours and offices."""
    words = text.split()
    while len(words) > 2 and words[-1].strip(",.").lower() in POST_NOMINALS and not words[-1].islower():
        words.pop()
        words[-1] = words[-1].rstrip(",")
    return " ".join(words) if len(words) < len(text.split()) else text


_SAINTS_PLACE_RE = re.compile(r"(?:St\.?|Saint) [A-Z][\w.' -]*['’]s?$")


def clean_name(text: str) -> str:
    """The name as a user would type it: no leading 'the', possessive, bracketed acronym,
    quoted nickname, honours after it ('KC', 'MP') or trailing punctuation, except the dot
    of 'Jr.' or 'Inc.'."""
    text = " ".join(text.split())
    text = re.sub(r"\s*\([A-Z][A-Za-z.&-]{1,9}\)", "", text)  # "(NTSB)" after a name
    text = re.sub(r"\s+[“\"‘'][A-Z][\w.-]*[”\"’']\s+", " ", text)  # 'Robert “Bobby” Walsh': the nickname
    text = re.sub(r"^(the|The)\s+", "", text)
    if not _SAINTS_PLACE_RE.match(text):  # "St. Vincent's" (a hospital) keeps its possessive
        text = re.sub(r"(['’]s|['’])$", "", text)
    text = text.strip(" ,;:-–—")
    text = _without_post_nominals(text)
    dotted = text.endswith(".") and text[:-1].rsplit(" ", 1)[-1].lower() in _DOTTED_ENDINGS and " " in text
    return text if dotted else text.strip(" .")


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in LOWER_NAME_WORDS]
    return "".join(w[0] for w in words if w[0].isupper())


def gender_of_tokens(role: list[str], name: list[str]) -> str | None:
    """'m'/'f' from the title or role words, else from the first word of the name."""
    titled = title_gender([w.lower() for w in role], name[0] if len(name) > 1 else None)
    return titled or (first_name_gender(name[0], len(name) > 1) if name else None)


def title_gender(words: list[str], given_name: str | None = None) -> str | None:
    """'m' after Mr/Sir/King..., 'f' after Mrs/Ms/Queen..., else None; a job word ending in
    '-man' says nothing before a common woman's given name ('spokesman Hope Hicks')."""
    lowered = set(words)
    male = lowered & MALE_TITLES
    if male and given_name and given_name.lower() in FEMALE_NAMES and given_name.lower() not in MALE_NAMES \
            and all(w.endswith("man") and w != "man" for w in male):
        male = set()
    if male:
        return "m"
    if lowered & FEMALE_TITLES:
        return "f"
    return None


def slice_text(text: str, tokens: list[Token]) -> str:
    """The article's own text from the first to the last token ("Ban Ki-moon", not "Ban Ki - moon")."""
    if not tokens:
        return ""
    return " ".join(text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])].split())


def useful_role(role: str) -> bool:
    """Not an age ("20"), an acronym ("ECB"), a bare courtesy title ("Ms") or a pronoun ("herself")."""
    bare = role.lower().rstrip(".")
    return (bool(role) and len(role) <= 80 and not role.replace(",", "").isdigit()
            and not (role.isupper() and len(role) <= 8 and bare not in TITLES) and bare not in PERSON_TITLES_BEFORE
            and bare not in REFLEXIVES)


REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "yourself", "ourselves"})


GROUP_NOUNS = frozenset({"family", "relatives", "parents", "friends", "colleagues", "team", "crew", "staff"})


def one_name_for_a_group(group: Token, name: Token) -> bool:
    """'the family of the victim, Sara Lind', 'Lawyers for the defendant, Tom Vance': a single
    person's name set off after a group noun (or a plural) names someone else, not the group
    ('Two witnesses, Ann Lee and Tom Reyes,' name the group)."""
    return (group.lemma_.lower() in GROUP_NOUNS or group.tag_ == "NNS") and name.ent_type_ == "PERSON" \
        and not any(c.dep_ == "conj" for c in name.children)


def personish(head: Token) -> bool:
    """A noun for a person: 'activist', 'senator', 'former governor', '63-year-old'."""
    word = head.lower_
    lemma = head.lemma_.lower()
    return (word in TITLES or word in ROLE_NOUNS or word.endswith(("ist", "year-old", "man", "woman"))
            or lemma in ROLE_NOUNS or lemma in PERSON_NOUNS or is_age(head) or is_ranking(head)
            or word in PARTY_NOUNS and head.pos_ == "NOUN"  # 'the Vermont independent', not 'an independent review'
            or compound_person_noun(lemma))


def compound_person_noun(word: str) -> bool:
    """'neurosurgeon', 'co-founder', 'ringleader': a word ending in a person or role noun of six
    letters or more after three letters or more of its own."""
    tail = word.rsplit("-", 1)[-1]
    if tail != word:
        return tail in PERSON_NOUNS or tail in ROLE_NOUNS
    return word.isalpha() and any(word[k:] in PERSON_NOUNS or word[k:] in ROLE_NOUNS for k in range(3, len(word) - 5))



def is_ranking(token: Token) -> bool:
    """'number' of 'the world number two': a ranking standing for a player."""
    return token.lower_ == "number" and any(t.pos_ == "NUM" for t in token.children)


def is_age(token: Token) -> bool:
    """'old' of 'the 45-year-old', tokenized as 45 - year - old: an age standing for a person."""
    return token.lower_ == "old" and any(t.lower_ in ("year", "years") for t in token.lefts)


PERSON_TITLES_BEFORE = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "prof."}


_NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# Entity labels of numbers, dates and amounts: never a speaker ("Hundreds of demonstrators", "the 1990s")
NUMBER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def is_initial(word: str) -> bool:
    """'M.', 'J': one capital letter, with or without its full stop."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def name_word_form(word: str) -> bool:
    """Letters, or letters joined by an apostrophe or hyphen ('D’Souza', 'Smith-Jones')."""
    return _NAME_WORD_RE.fullmatch(word) is not None


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "around"})


def person_by_form(doc: Doc, ent: Span) -> str | None:
    """'PERSON' for a name NER mislabels but its form gives away: a known first name or a Dr/Ms before it."""
    if ent.label_ == "PERSON" or len(ent) > 4:
        return None
    words = [t for t in without_dateline(list(ent)) if name_word_form(t.text) and t.lower_ not in NAME_PARTICLES]
    if not words or not all(t.text[:1].isupper() for t in words) or words[-1].lower_ in ORG_WORDS:
        return None  # ('Rubén del Campo': the particle aside)
    before = doc[words[0].i - 1].lower_ if words[0].i > 0 else ""
    first = words[0].lower_
    if ent.label_ in ("GPE", "LOC", "FAC") and before in _PLACE_PREPOSITIONS:
        return None  # 'a rally in San Diego': a place, whatever its words
    if first in PERSON_TITLES_BEFORE and len(words) >= 2:
        return "PERSON"  # "Ms Rivera" tagged ORG
    if before in PERSON_TITLES_BEFORE:
        return "PERSON"
    if len(words) >= 2 and given_name_of(words[0], words[-1]) and (
            ent.label_ != "WORK_OF_ART" or fold(words[0].text) in FIRST_NAMES):
        return "PERSON"  # not 'Black Lives Matter' (a slogan; 'Black' is a given name somewhere)
    if len(words) == 2 and ent.label_ == "ORG" and _listed_with_a_person(doc, ent):
        return "PERSON"  # 'with Daron Acemoglu and Brendan Price': two words in a list of people
    if len(words) == 1 and _untagged_given_name(doc, words[0]):
        return "PERSON"  # 'Mehmet Ozkan' with only 'Ozkan' tagged, as an organisation
    if len(words) == 1 and first in FIRST_NAMES and before == "," and words[0].i > 1 \
            and doc[words[0].i - 2].lower_ in KINSHIP_NOUNS:
        return "PERSON"  # "Trump's wife, Melania," tagged a place
    return None


def _listed_with_a_person(doc: Doc, ent: Span) -> bool:
    """``ent`` and a PERSON entity stand side by side in a list ('X and Y', 'X, Y')."""
    after = ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", ",") and doc[ent.end + 1].ent_type_ == "PERSON"
    before = ent.start > 1 and doc[ent.start - 1].lower_ in ("and", ",") and doc[ent.start - 2].ent_type_ == "PERSON"
    return after or before


def _untagged_given_name(doc: Doc, surname: Token) -> bool:
    """The word before ``surname`` is a capitalised given name outside any entity, inside a
    sentence or opening a paragraph (a sentence's first word may be any word)."""
    i = surname.i - 1
    if i < 1 or doc[i].ent_type_ or not doc[i].is_alpha or not doc[i].text[:1].isupper() or (
            doc[i].is_sent_start and "\n" not in doc[i - 1].text):
        return False
    return doc[i].lower_ not in TITLES and given_name_of(doc[i], surname)


_PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")


def given_name_of(first: Token, last: Token) -> bool:
    """``first`` is the given name of a person whose name ends with ``last``: a census or
    list first name, or a given name of the worldwide data ('Mehmet', 'Femi') when the
    article treats the pair as a person - many such names are places or words too
    ('Santa Monica', 'Long Beach', 'Abu Dhabi', 'New')."""
    lower = fold(first.text)  # 'Rubén' is the census 'Ruben'
    if lower in MALE_NAMES or lower in FEMALE_NAMES:
        return True
    if world_given_name(first.text) is None or first.is_stop or lower in words_used_otherwise(first.doc):
        return False
    return _surname_alone(first, last) or _person_context(first, last)


_LAST_DOC_WORDS: list[tuple[Doc | None, frozenset[str]]] = [(None, frozenset())]  # last Doc asked about


def words_used_otherwise(doc: Doc) -> frozenset[str]:
    """Words the article writes in lower case or as a one-word place ('China', 'new'),
    read once per Doc (not cached in its user_data, which must stay serialisable for
    multi-process pipes; the one (doc, words) pair is swapped whole, so threads agree)."""
    cached_doc, words = _LAST_DOC_WORDS[0]
    if cached_doc is not doc:
        places = {e.text.lower() for e in doc.ents if e.label_ in _PLACE_LABELS and len(e) == 1}
        rows = doc.to_array([LOWER, IS_LOWER])  # one array read instead of a Token per word
        strings = doc.vocab.strings
        words = frozenset(places | {strings[h] for h in numpy.unique(rows[rows[:, 1] == 1, 0]).tolist()})
        _LAST_DOC_WORDS[0] = (doc, words)
    return words


def _surname_alone(first: Token, last: Token) -> bool:
    """'Femi Falana ... Falana said': the last word stands alone elsewhere, as surnames do."""
    doc = first.doc
    orth = doc.to_array(ORTH)  # one array read instead of a Token object per word
    return any(i != last.i and (i == 0 or orth[i - 1] != first.orth)
               for i in numpy.flatnonzero(orth == last.orth).tolist())


def _person_context(first: Token, last: Token) -> bool:
    """A person noun or title before the name ('His neighbour Folasade Adeyemi'), or an
    age, a job or a speech verb after it ('Mehmet Ozkan, the mayor', 'Ozkan, 52,')."""
    doc = first.doc
    before = doc[first.i - 1].lower_ if first.i else ""
    if before in PERSON_NOUNS or before in ROLE_NOUNS or before in KINSHIP_NOUNS or before in TITLES \
            or before in GENERIC_HEADS:
        return True
    after = [t for t in doc[last.i + 1:last.i + 5] if t.text not in (",", "a", "an", "the")]
    if not after or last.i + 1 >= len(doc):
        return False
    head = after[0].lower_
    return (doc[last.i + 1].text == "," and (after[0].like_num or head in PERSON_NOUNS or head in ROLE_NOUNS
                                               or head in TITLES)) or is_speech_verb_form(head)


_NOT_IN_A_NOUN_PHRASE = frozenset({"VERB", "AUX", "SCONJ", "ADP", "PRON", "CCONJ"})


def after_article(doc: Doc, ent: Span) -> bool:
    """An article opens the noun phrase that ends in ``ent`` ('the 21-year-old Spaniard';
    not 'the debate was so calm that Mr. Hale')."""
    for t in reversed(doc[max(0, ent.start - 6):ent.start]):
        if t.is_punct and t.text not in ("-", "–") or t.pos_ in _NOT_IN_A_NOUN_PHRASE and not t.is_title:
            return False
        if t.lower_ in ("the", "a", "an"):
            return True
    return False


def name_word(t: Token, lower_words: set[str]) -> bool:
    """A word that can stand before a surname in a full name: 'Murshed', 'R.', not 'But' or 'Senator'."""
    if t.is_space or t.is_stop or t.lower_ in TITLES or t.lower_ in ROLE_NOUNS or t.lower_ in lower_words \
            or t.lower_ in PREPOSITIONS or t.lower_ in CALENDAR_WORDS:
        return False
    if t.ent_type_ in ("GPE", "NORP", "ORG", "DATE", "LOC"):
        return False
    text = t.text
    return (text[:1].isupper() and text.replace("-", "").replace("’", "").replace("'", "").isalpha()
            and not text.isupper()) or bool(re.fullmatch(r"[A-Z]\.", text))


def stem_in(word: str, words: set[str]) -> bool:
    """'russian' matches 'russia', 'former' matches 'former': a shared stem of five letters or the word."""
    if word in words:
        return True
    return len(word) >= 5 and any(len(w) >= 5 and w[:5] == word[:5] for w in words)


_UNNAMED_NOUNS = {"resident", "man", "woman", "boy", "girl", "witness", "survivor", "official", "spokesman",
                  "spokeswoman", "spokesperson", "source", "neighbour", "neighbor", "passenger", "protester", "voter",
                  "reporter", "correspondent", "employee", "member", "fan", "parent", "customer", "patient",
                  "minister", "diplomat"}
# 'A reporter for AFP called it ...', 'One resident': the nouns an unnamed person is introduced by
UNNAMED_PERSON_NOUNS = frozenset(_UNNAMED_NOUNS | {w for w in PERSON_NOUNS if w.isalpha()})
PERSON_NOUN_RE_WORDS = "|".join(sorted(UNNAMED_PERSON_NOUNS, key=lambda w: -len(w)))


UNNAMED_PERSON_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*((?:A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + PERSON_NOUN_RE_WORDS + r"))\b")


TITLED_NAME_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Prince|Princess|Sheikh|Sheikha)\.?\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)?)")


INDUSTRY_NOUNS = word_list("industry_nouns")  # 'the carmaker', 'Carmaker Stellantis'
ORG_NOUNS = word_list("org_nouns") | INDUSTRY_NOUNS  # 'the company said': nouns for an organisation
# kind nouns written in lower case after a name, not part of it ('the Unite union', 'the Likud party')
TRAILING_ORG_NOUNS = frozenset({"union", "party", "company", "firm"})


PREPOSITIONS = frozenset("""aboard about above across after against along amid amidst among around as at before
behind below beneath beside besides between beyond but by despite down during except for from in inside into
like near of off on onto opposite outside over past per since through throughout to toward towards under
underneath unlike until up upon via with within without""".split())


CALENDAR_WORDS = frozenset("""january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday""".split())


CLAUSE_OPENERS = frozenset("""and but or nor that while when because as if so then after before since
although though where whereas whether said says the a an""".split())


def person_word(word: str) -> bool:
    """A title, role or person noun ('senator', 'aide', 'voter')."""
    return word in TITLES or word in ROLE_NOUNS or word in PERSON_NOUNS


def plural_person_word(word: str) -> str | None:
    """'hosts' -> 'host', 'secretaries' -> 'secretary', 'MPs' -> 'mp'; None for a word that is
    no plural of a title or role noun."""
    word = word.lower()
    for singular in ((word[:-3] + "y",) if word.endswith("ies") else ()) + ((word[:-1],) if word.endswith("s") else ()):
        if person_word(singular):
            return singular
    return None


def singular_role(role: str) -> str:
    """'Morning Joe hosts' -> 'Morning Joe host': one person's share of a plural role."""
    words = role.split()
    singular = plural_person_word(words[-1]) if words else None
    if singular:
        last = words[-1]  # the written case kept: 'MPs' -> 'MP'
        words[-1] = last[:-1] if singular == last[:-1].lower() else last[:-3] + "y"
    return " ".join(words)
