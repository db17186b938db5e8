"""One article, read once: the model every later step shares.

Text, paragraphs, quote spans, the quoted-token mask, token offsets and texts,
repaired entities and sentence starts are computed here, once per article;
attribution (:mod:`quotes.attribution`), the cast (:mod:`quotes.mentions`)
and the resolver (:mod:`quotes.speakers`) all read this one model.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

import numpy
from spacy.attrs import IDX, ORTH, TAG
from spacy.tokens import Doc, Span, Token

from .lexicon import (DEMONYMS, PARTY_NOUNS, READER_PROMPTS, FEMALE_NAMES, FEMALE_PRONOUNS, FIRST_NAMES, MALE_NAMES, MALE_PRONOUNS, PERSON_NOUNS, PHOTO_CREDIT_WORDS,
                      COUNTRIES, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, STATE_BODIES, TITLES)
from .names import fold
from .nameforms import (CALENDAR_WORDS, CLAUSE_OPENERS, LOWER_NAME_WORDS, NAME_PARTICLES, POSSESSIVE, PREPOSITIONS, REGNAL_TITLES, clean_name, given_name_of, owned_given_name, world_given_name,
                        slice_text)
from .spans import QuoteSpan, find_quote_spans, paragraphs, sentence_starts


def token_starts(doc: Doc) -> list[int]:
    """Character offset of each token of ``doc`` (read from the array: iterating a Doc
    builds a Token object per step)."""
    if not len(doc):
        return []
    return doc.to_array(IDX).tolist()


def token_texts(doc: Doc) -> list[str]:
    """Text of each token of ``doc``."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def quoted_token_mask(doc: Doc, spans: list[QuoteSpan], starts: list[int] | None = None) -> list[bool]:
    """For each token of ``doc``: True when it lies inside a quote (marks included)."""
    starts = token_starts(doc) if starts is None else starts
    quoted = [False] * len(doc)
    for q in spans:
        for i in range(bisect.bisect_left(starts, q.open_at), bisect.bisect_left(starts, max(q.close_end, q.end))):
            quoted[i] = True
    return quoted


# Three-letter words a headline In Title Case leaves in lower case
_LOWER_IN_TITLES = frozenset({"the", "and", "but", "for", "nor", "yet", "off", "out", "via", "per", "its", "not"})


class ArticleModel:
    """A parsed article and everything the rules look up in it, computed once."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan] | None = None, text: str | None = None):
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text is rebuilt from the tokens on every access
        self.spans = find_quote_spans(self.text) if spans is None else spans
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.token_starts = token_starts(doc)
        self.texts = token_texts(doc)
        self.quoted = quoted_token_mask(doc, self.spans, self.token_starts)
        self.doc_ents = tidy_ents(doc)  # as the tagger labelled them, cut at line breaks and ranks
        self.ents = with_groups_named_in_title_case(doc, self.texts, with_nicknamed_names(doc, join_split_names(
            doc, self.doc_ents), self.text))  # 'Novak' + 'Djokovic' joined
        self.ent_of_token: dict[int, Span] = {t.i: ent for ent in self.ents for t in ent}
        self.sentence_starts = sentence_starts(self.text)
        self._sentence_of: dict[int, int] = {}
        self._outside_story: dict[int, bool] = {}  # line start -> a photo caption or a reader prompt

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` (cached: the rules ask often)."""
        index = self._sentence_of.get(pos)
        if index is None:
            index = self._sentence_of[pos] = sentence_index(self.sentence_starts, pos)
        return index

    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph holding (or last starting before) character ``pos``."""
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def is_object(self, pos: int) -> bool:
        """'... backs Trump', '... with Obama': a name right after a verb or preposition (an
        object, less likely to be the next speaker than a subject or a name opening a clause)."""
        cache = self.__dict__.setdefault("_objects", {})
        if pos not in cache:
            cache[pos] = _name_is_object(self, pos)
        return cache[pos]

    def in_that_clause(self, pos: int) -> bool:
        """The word at ``pos`` lies in a 'that' clause ('argued that Rubio isn't ready') or the
        clause a speech verb reports: what it names is talked about, less in focus than the
        subject of the sentence."""
        verb = _name_head(self.doc[self.token_index(pos)]).head
        while verb.dep_ == "conj":
            verb = verb.head
        return _reported_clause(verb, self.quoted) or verb.dep_ in ("ccomp", "acl") and marked_by(verb, ("that",))

    def in_adverbial_clause(self, pos: int) -> bool:
        """The word at ``pos`` is the subject of a clause that hangs on another ('only because
        Lynch agreed', 'after Ruiz left'): the sentence is about its main subject."""
        word = _name_head(self.doc[self.token_index(pos)])
        verb = word.head
        return word.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "advcl" and marked_by(verb, _SUBORDINATORS)

    def token_index(self, pos: int) -> int:
        """The index of the token holding character offset ``pos``."""
        return bisect.bisect_right(self.token_starts, pos) - 1

    def is_demonym(self, word: str) -> bool:
        """True when the tagger reads ``word`` as a nationality somewhere in the article
        ('Spaniard' once NORP, once ORG: still a nationality)."""
        if not hasattr(self, "_demonyms"):
            self._demonyms = {e.text for e in self.ents if e.label_ == "NORP"}
        return word in self._demonyms

    def lower_words(self) -> set[str]:
        """Words the article writes in lower case somewhere (so not names)."""
        if not hasattr(self, "_lower"):
            self._lower = {w.lower() for w in self.texts if w.islower()}
        return self._lower

    def in_title_case_line(self, pos: int) -> bool:
        """True inside a headline or subheading written In Title Case ('Mayor Thanks Donors')."""
        start = self.text.rfind("\n", 0, pos) + 1
        cache = self.__dict__.setdefault("_title_case_lines", {})
        if start not in cache:
            cache[start] = self.title_case(start)
        return cache[start]

    def title_case(self, start: int) -> bool:
        """True when the line starting at ``start`` has three or more long words, all capitalized,
        and no lower-case three-letter word a headline would capitalize ('Premier Li Qiang met
        Chancellor Olaf Scholz' is a sentence; 'Mayor Thanks Donors for the Gift' a headline)."""
        end = self.text.find("\n", start)
        words = re.findall(r"[A-Za-z][\w’'-]*", self.text[start:end if end >= 0 else len(self.text)])
        long_words = [w for w in words if len(w) > 3]
        return len(long_words) >= 3 and all(w[0].isupper() for w in long_words) and not any(
            len(w) == 3 and w.islower() and w not in _LOWER_IN_TITLES for w in words)

    def body_name_words(self) -> set[str]:
        """Words written capitalized after a sentence's first word, outside quotes and headlines."""
        if not hasattr(self, "_body_names"):
            texts, names = self.texts, set()
            for i in range(1, len(texts)):
                w = texts[i]
                if w[:1].isupper() and not self.quoted[i] and texts[i - 1] not in (".", "!", "?") \
                        and "\n" not in texts[i - 1] and not self.in_title_case_line(self.token_starts[i]):
                    names.add(fold(w))
            self._body_names = names
        return self._body_names

    def tokens_back(self, i: int, sentences: int, narrative: bool = False) -> Iterator[Token]:
        """The tokens before token ``i``, nearest first, back to the start of the sentence
        ``sentences`` before its own (how far back 'the statement' or 'the organizer' looks);
        with ``narrative``, sentences inside a quote do not count ('“A. B. C.” the release said')."""
        lo = _start_of_sentences_back(self, i, sentences, narrative)
        for k in range(i - 1, -1, -1):
            if self.token_starts[k] < lo:
                return
            yield self.doc[k]

    def token_indices(self, word: str) -> list[int]:
        """Indices of the tokens written exactly ``word`` (an index built once per article)."""
        if not hasattr(self, "_token_indices"):
            index: dict[str, list[int]] = {}
            for i, w in enumerate(self.texts):
                index.setdefault(w, []).append(i)
            self._token_indices = index
        return self._token_indices.get(word, [])

    def possessive_names(self) -> set[str]:
        """Names whose possessive is part of them: the article writes 'Moody's' or
        "McDonald's" with a finite verb right after ('Moody's cut the rating', 'Moody's
        said'), not a participle ("Christie's been": a contraction)."""
        if not hasattr(self, "_possessive_names"):
            doc, texts = self.doc, self.texts
            tags = doc.to_array(TAG)  # (a Token object for every word costs more than the test)
            self._possessive_names = {texts[i - 1] for i in numpy.flatnonzero(tags == doc.vocab.strings["POS"]).tolist()
                                      if 0 < i < len(doc) - 1 and texts[i - 1][:1].isupper()
                                      and not self.quoted[i] and doc[i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")}
            self._possessive_names -= self.person_words()  # "Christie's been": 'has', after a person
        return self._possessive_names

    def person_words(self) -> set[str]:
        """The words of the people the tagger names ('Marty', 'Small' for 'Marty Small')."""
        if not hasattr(self, "_person_words"):
            self._person_words = {w for e in self.ents if e.label_ == "PERSON" for w in e.text.split()}
        return self._person_words

    def first_pronoun_gender(self, start: int, end: int) -> str | None:
        """'m' or 'f' for the first unquoted he/his/him or she/her in ``text[start:end]``."""
        for i in range(bisect.bisect_left(self.token_starts, start), bisect.bisect_left(self.token_starts, end)):
            if self.quoted[i]:
                continue
            word = self.texts[i].lower()
            if word in MALE_PRONOUNS:
                return "m"
            if word in FEMALE_PRONOUNS:
                return "f"
        return None

    def outside_story(self, pos: int) -> bool:
        """Whether ``pos`` is in a line that is not the story's: the one-sentence paragraph
        after a photo credit line ('POOL New/Reuters.' then 'Sanford police officer Timothy
        Smith holds up the gun'), which describes the photo, or a line asking the reader to
        like, follow or subscribe ('Do you support Ann Pike? Like the page:')."""
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        if start not in self._outside_story:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            self._outside_story[start] = start > 0 and self.sentence_of(start) == self.sentence_of(max(end - 1, start)) \
                and not any(self.in_quote_char(k) for k in (start, end - 1)) \
                and credit_line(text[:start].rstrip().rsplit("\n", 1)[-1].strip()) \
                or reader_prompt(text[start:end])  # (a caption is one sentence of narrative)
        return self._outside_story[start]

    def starts_sentence(self, pos: int) -> bool:
        """A sentence starts at character ``pos``."""
        return self.sentence_starts[self.sentence_of(pos)] == pos

    def in_quote_char(self, pos: int) -> bool:
        """True when the token at character ``pos`` lies inside a quote."""
        i = self.token_index(pos)
        return 0 <= i < len(self.quoted) and self.quoted[i]

    def span_text(self, toks: list[Token]) -> str:
        """Text of the role words, from after any possessor ("NATO’s") to the last one."""
        cut = max((i for i, t in enumerate(toks) if t.text in POSSESSIVE or t.tag_ == "POS"), default=-1)
        toks = [t for t in toks[cut + 1:] if t.pos_ != "DET"
                and t.lower_ not in ("its", "his", "her", "their", "our", "my", "your")]
        if not toks:
            return ""
        return clean_name(self.text[toks[0].idx:toks[-1].idx + len(toks[-1])])

    def appos_text(self, head: Token) -> str:
        """The words of the apposition headed by ``head`` ("an analyst at Castleton"), up to a clause."""
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
        return clean_name(self.text[out[0].idx:out[-1].idx + len(out[-1])])


_CREDIT_LINE_WORDS = 6  # 'POOL New/Reuters.', 'Getty Images.', 'Photo: Jane Roe/AP.'


DASHES = frozenset({"-", "–", "—", "--"})  # what opens and closes an aside, or a credit


def marked_by(verb: Token, words) -> bool:
    """Whether ``verb``'s clause opens with one of ``words`` as its marker ('that', 'as',
    'because')."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in verb.children)


def _name_head(word: Token) -> Token:
    """The head word of the name ``word`` opens ('Lind' of 'Mayor Paula Lind')."""
    while word.dep_ in ("compound", "flat") and word.head.i > word.i:
        word = word.head
    return word


_SUBORDINATORS = frozenset({"because", "since", "after", "before", "although", "though", "if", "unless", "until",
                           "once", "whereas"})


def _reported_clause(verb: Token, quoted: list[bool]) -> bool:
    """'He said Mateen “...”', 'saying Clinton was ...', 'Trump isn't ready, he said': the
    clause a speech verb reports (not 'Gray listed the rules: “...,” he said', parsed the same
    way with the quote between)."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and (
        verb.i > verb.head.i or not any(quoted[verb.i:verb.head.i]))


def headline_name_words(article: ArticleModel, toks: list[Token]) -> list[Token]:
    """'Trump Stands Tall' -> 'Trump', 'FDIC Accused Of Covering Up China' -> 'FDIC': in a
    title-case line, the first run of words the body also writes as names (capitalized after
    a sentence's first word), joined by 'of', 'and', 'the' ('Bank Of America Says' keeps
    'Bank Of America')."""
    body = article.body_name_words()
    toks = list(toks)
    while toks and fold(toks[0].text) not in body:
        toks.pop(0)
    end = 0
    while end < len(toks) and (fold(toks[end].text) in body or toks[end].lower_ in _INNER_NAME_WORDS
                               and end + 1 < len(toks) and fold(toks[end + 1].text) in body):
        end += 1
    return toks[:end]


def apposition_past_dash_aside(article: ArticleModel, subject: Token) -> Token | None:
    """'In the letter - addressed to the attorney, Channing Phillips - the Utah Republican
    asks': the parse makes the name closing an aside between dashes the subject and the real
    subject its apposition; that apposition, else None."""
    doc = article.doc
    appos = next((a for a in subject.rights if a.dep_ == "appos"
                  and any(t.text in DASHES for t in doc[subject.i + 1:a.left_edge.i])), None)
    if appos is None:  # the cheap test first: most subjects have no apposition after a dash
        return None
    start = article.sentence_starts[max(0, sentence_index(article.sentence_starts, subject.idx))]
    opened = any(t.text in DASHES and start <= t.idx and not article.quoted[t.i]
                 for t in doc[max(0, subject.i - 40):subject.left_edge.i])
    return appos if opened else None


def subject_read_as_apposition(noun: Token) -> bool:
    """'In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate stated':
    the parse hangs the subject ('the candidate') on the name before it as an apposition and
    leaves the verb right after it with no subject."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.right_edge.i + 1 >= len(noun.doc):
        return False
    verb = noun.doc[noun.right_edge.i + 1]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and noun.head.i < noun.i


def _start_of_sentences_back(article: ArticleModel, i: int, sentences: int, narrative: bool) -> int:
    """The offset where the sentence ``sentences`` before token ``i``'s own starts (with
    ``narrative``, not counting sentences that open inside a quote)."""
    starts = article.sentence_starts
    if not starts:
        return 0
    k = sentence_index(starts, article.token_starts[i])
    while k > 0 and sentences > 0:
        k -= 1
        sentences -= not (narrative and article.in_quote_char(starts[k]))
    return starts[k]


def line_around(text: str, start: int, end: int) -> str:
    """The line (text between line breaks) holding offsets ``start`` to ``end``, stripped."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:len(text) if line_end < 0 else line_end].strip()


def hyphened_to_lower_word(span: Span) -> bool:
    """'the Grammy-winning singer', 'a Nobel-winner': the span's last word joined by a hyphen
    to a lower-case word modifies what follows, and is no mention of anyone."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "-" and not span[-1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].is_lower


_READER_PROMPT_RE = re.compile(r"(?:^|[.?!:]\s+)(?:%s)\b" % "|".join(
    re.escape(p) for p in sorted(READER_PROMPTS, key=len, reverse=True)), re.IGNORECASE)
_READER_PROMPT_LINE_CHARS = 200


def reader_prompt(line: str) -> bool:
    """A short line, no quote in it, with a sentence that asks the reader to like, follow or
    subscribe (data/reader_prompts.txt): 'Do you support Ann Pike? Like the page:' (not 'to get
    men to sign up for updates', which is the story's)."""
    return len(line) <= _READER_PROMPT_LINE_CHARS and not any(c in line for c in "“\"") \
        and _READER_PROMPT_RE.search(line.strip()) is not None


def credit_line(line: str) -> bool:
    """A short line crediting a photo: 'Handout/Reuters.', 'Getty Images.', 'Photo: AP' (a
    byline, 'By Jane Roe/AP', is none: the story's lead follows it)."""
    words = line.split()
    return 0 < len(words) <= _CREDIT_LINE_WORDS and words[0].lower() != "by" and (
        "/" in line or any(w.strip(".,:()").lower() in PHOTO_CREDIT_WORDS for w in words))


def _person_tagged_a_group(doc: Doc, ent: Span) -> Span | None:
    """'Rosette Pambakian, a Tinder spokeswoman' with only 'Pambakian' tagged, as a nationality:
    a one-word group name that no word list knows as a demonym or party, after an untagged
    capitalised word the parse joins to it, is a person's name; else None."""
    if ent.label_ != "NORP" or len(ent) != 1 or ent.start == 0:
        return None
    before, word = doc[ent.start - 1], ent[0]
    if before.dep_ != "compound" or before.ent_type_ or not before.is_alpha or not before.text[:1].isupper() \
            or not word.is_alpha or word.text.endswith("s") or before.is_stop:
        return None
    if any(fold(w) in DEMONYMS or fold(w) in PARTY_NOUNS or fold(w) in COUNTRIES for w in (before.text, word.text)):
        return None  # 'Iowa Democrat', 'Northern Irish'
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


def join_split_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Novak' + 'Djokovic' tagged as two entities: a first name and the capitalized word after it
    are one person; so is a name cut after a particle ('Ursula von der' + 'Leyen'), and an
    organisation cut after 'of' ('Ministry of Foreign Affairs of' + 'Ukraine')."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        first = ent.text.lower()
        person = _person_tagged_a_group(doc, ent)
        if person is not None:  # 'Rosette' + 'Pambakian' (NORP)
            out.append(person)
            i += 1
            continue
        rest = _after_particles(doc, ent)
        if rest is not None:  # 'Ursula von der' + 'Leyen' (GPE), 'Pieter van' + 'den' + 'Berg'
            joined = nxt is not None and nxt.start == rest
            out.append(Span(doc, ent.start, nxt.end if joined else _past_second_surname(doc, rest + 1), label="PERSON"))
            i += 2 if joined else 1
            continue
        if ent.label_ == "ORG" and len(ent) > 1 and (ent[-1].lower_ in LOWER_NAME_WORDS or ent[-1].text == "&") \
                and nxt is not None \
                and nxt.start == ent.end and (nxt.label_ in ("GPE", "ORG", "LOC") or ent[-1].text == "&"):
            # 'Ministry of Foreign Affairs of' + 'Ukraine'; 'Rise &' + 'Shine Bakery' (tagged a person)
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
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
        if _surname_after_titled_name(doc, ent):  # 'Finance Minister Njuguna' + "Ndung'u"
            out.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
            i += 1
            continue
        free_from = out[-1].end if out else 0
        out.append(_with_regnal_title(doc, _with_dropped_first_name(doc, _without_score(doc, ent), free_from), free_from))
        i += 1
    return out


_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*$")
# 'Frank “Smokey” Dunmore', 'Ana "Lulu" Reyes': a given name, a nickname in quote marks, a surname
_NICKNAMED_RE = re.compile(r"\b([A-Z][a-z]+) [“\"‘']([A-Z][\w.’' -]{0,24}?)[”\"’'] ([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)\b")


def _nicknamed_names(text: str) -> Iterator[re.Match]:
    """Matches of a given name, a nickname in quote marks and a capitalised word."""
    for m in _NICKNAMED_RE.finditer(text):
        first = m.group(1).lower()
        if first in MALE_NAMES or first in FEMALE_NAMES or world_given_name(m.group(1)):
            yield m


def nickname_inside_name(text: str, start: int, end: int) -> bool:
    """The quote marks from ``start`` to ``end`` hold a nickname inside a person's name
    ('Frank “Smokey” Dunmore'): words no one said."""
    lo = max(0, start - 30)
    return any(lo + m.start(2) - 1 == start and lo + m.end(2) + 1 == end for m in _nicknamed_names(text[lo:end + 40]))


def with_nicknamed_names(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """``ents`` with 'Frank “Smokey” Dunmore' as one person wherever a given name, a nickname in
    quote marks and a capitalised word follow each other in ``text``, the doc's text (the tagger
    cuts such names up or calls the surname an organisation)."""
    spans = (doc.char_span(m.start(), m.end(), label="PERSON", alignment_mode="expand")
             for m in _nicknamed_names(text))
    found = [span for span in spans if span is not None]
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


def _untagged_last_name_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is an untagged capitalised name word (no date, no title) that ends a name:
    no capital follows it."""
    word = doc[i]
    return (i + 1 < len(doc) and not word.ent_type_ and bool(_NAME_WORD_RE.match(word.text))
            and word.lower_ not in CALENDAR_WORDS and word.lower_ not in TITLES and not doc[i + 1].text[:1].isupper())


def _past_second_surname(doc: Doc, end: int) -> int:
    """'Borja del Pozo' + 'Cruz': such a word right after a name cut at a particle is a second
    surname; where the name ends."""
    return end + 1 if end < len(doc) and _untagged_last_name_word(doc, end) else end


def _surname_after_titled_name(doc: Doc, ent: Span) -> bool:
    """'Finance Minister Njuguna' tagged and "Ndung'u" not: a one-word person after a title,
    then such a word, is one name."""
    return (ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and ent.end < len(doc)
            and doc[ent.start - 1].lower_ in TITLES and _untagged_last_name_word(doc, ent.end))


def with_groups_named_in_title_case(doc: Doc, texts: list[str], ents: list[Span]) -> list[Span]:
    """``ents`` and the organisations the tagger missed or cut that are named by a run of
    capitalised words around a capitalised preposition ('Mothers Against Drunk Driving said',
    'Doctors Without Borders' tagged 'Without Borders') in a line of ordinary prose, not a
    headline or a title of a work (``texts``: the words of ``doc``)."""
    runs = []
    for i in range(1, len(doc) - 1):
        if not (texts[i][:1].isupper() and texts[i].lower() in PREPOSITIONS):
            continue
        t = doc[i]
        if t.ent_type_ == "WORK_OF_ART":
            continue
        start, end = t.i, t.i + 1
        while start > 0 and _capitalised_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and (_capitalised_word(doc[end]) or doc[end].lower_ in _INNER_NAME_WORDS
                                  and end + 1 < len(doc) and _capitalised_word(doc[end + 1])):
            end += 1  # 'Students For Life of America'
        if doc[start].lower_ in ("the", "a", "an"):
            start += 1
        if start < t.i and end > t.i + 1 and (not runs or start >= runs[-1].end) and _group_name_run(doc, start, end):
            runs.append(Span(doc, start, end, label="ORG"))
    if not runs:
        return ents
    kept = [e for e in ents if not any(e.start < r.end and r.start < e.end for r in runs)]
    return sorted(kept + runs, key=lambda e: e.start)


def _capitalised_word(t: Token) -> bool:
    return t.is_alpha and t.is_title


_INNER_NAME_WORDS = frozenset({"of", "for", "and", "the", "&"})
_PROSE_WORDS = 3  # lower-case words a line needs beside a run to be prose, not a headline
_GROUP_NAME_WORDS = 6  # a longer run of capitalised words is a title, not a name


def _group_name_run(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``..``end`` can be a group's name: short, naming no person, and followed
    in its line by prose (a lower-case word or a comma, and more lower-case words)."""
    if end - start > _GROUP_NAME_WORDS or any(  # 'Chief Of Staff Rahm Emanuel'
            t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and fold(t.text) in FIRST_NAMES for t in doc[start:end]):
        return False
    if end >= len(doc) or not (doc[end].is_lower and doc[end].tag_ != "POS" or doc[end].text in (",", "(", ".")):
        return False
    lo, hi = start, end
    while lo > 0 and "\n" not in doc[lo - 1].text:
        lo -= 1
    while hi < len(doc) and "\n" not in doc[hi].text:
        hi += 1
    return sum(1 for t in list(doc[lo:start]) + list(doc[end:hi]) if t.is_alpha and t.is_lower) >= _PROSE_WORDS


def tidy_ents(doc: Doc) -> list[Span]:
    """The tagger's entities, none running over a line break, ending in a person's rank or
    being one function word ('In' of 'In an interview' tagged as an organisation)."""
    tidied = (_with_ampersand_partner(doc, _with_first_given_name(doc, _without_trailing_rank(
        doc, _without_title_words(doc, _within_one_line(doc, _without_trailing_word(_title_with_the(e)))))))
        for whole in doc.ents for e in _person_split_off(doc, whole))
    return [e for e in tidied if e is not None and not (len(e) == 1 and e[0].lower_ in _FUNCTION_WORDS)]


def _person_split_off(doc: Doc, ent: Span) -> list[Span]:
    """'Lehigh, Bruce Turry' or 'The Morning Star’s Arjun Vyas' tagged as one entity: a
    person's name after a comma or a possessive inside it is a name of its own, and the
    words before it keep the entity's label."""
    cut = next((t.i for t in ent[1:-1] if t.text == "," or t.tag_ == "POS"), None)
    if cut is None:
        return _person_of_body(doc, ent) or _person_after_title(doc, ent)
    name = doc[cut + 1:ent.end]
    if not 2 <= len(name) <= 3 or not _capitalised_words(name) or name[-1].lower_ in ORG_WORDS \
            or not (given_name_of(name[0], name[-1]) or doc[cut].tag_ == "POS" and owned_given_name(name[0])):
        return [ent]
    return [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label="PERSON")]


_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "“", '"', "‘", "—", "–", "-", "(", "["})


def _title_with_the(ent: Span) -> Span:
    """'according to The Federalist' with 'Federalist' tagged a nationality or party: a group's
    word after a capitalised 'The' inside a sentence is the title of a publication or body,
    'The' included (not 'The Democrats' opening a sentence)."""
    doc = ent.doc
    if ent.label_ != "NORP" or ent.start < 2 or doc[ent.start - 1].text != "The":
        return ent
    before = doc[ent.start - 2]
    if before.is_space or before.text in _SENTENCE_OPENERS or ent[-1].text.endswith("s"):
        return ent  # (a plural is the group itself: 'backed The Democrats' is a headline's case)
    return Span(doc, ent.start - 1, ent.end, label="ORG")


def _with_ampersand_partner(doc: Doc, ent: Span | None) -> Span | None:
    """'Rise & Shine Bakery' tagged 'Shine Bakery': a capitalised word and '&' before a name
    belong to it, and make it a firm's."""
    if ent is None or ent.start < 2 or doc[ent.start - 1].text != "&":
        return ent
    partner = doc[ent.start - 2]
    if not (partner.is_alpha and partner.text[:1].isupper()) or partner.ent_type_:
        return ent
    return Span(doc, ent.start - 2, ent.end, label="ORG")


_TRAILING_PREPOSITIONS = frozenset({"of", "in", "at", "from", "on", "for", "with", "to", "by"})  # not 'Omar Said'


def _without_trailing_word(ent: Span) -> Span:
    """'Juan "Chico" Manriquez of' (before 'Oakland'): a person's name does not end in a
    function word (an organisation's cut short, 'Institute for Snow and', is mended later)."""
    end = ent.end
    while ent.label_ == "PERSON" and end - ent.start > 1 and ent.doc[end - 1].text in _TRAILING_PREPOSITIONS:
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label)


_FUNCTION_WORDS = PREPOSITIONS | CLAUSE_OPENERS


def _with_first_given_name(doc: Doc, ent: Span | None) -> Span | None:
    """'Chimamanda' + 'Ngozi Adichie' tagged: a person whose name opens with a given name
    takes an untagged given name straight before it as its first ('Chimamanda Ngozi Adichie')."""
    if ent is None or ent.label_ != "PERSON" or not 2 <= len(ent) <= 3 or ent.start == 0:
        return ent
    before = doc[ent.start - 1]
    if before.ent_type_ or not before.is_alpha or not before.is_title or before.lower_ in TITLES \
            or not given_name_of(ent[0], ent[-1]) or not given_name_of(before, ent[-1]):
        return ent
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


def _capitalised_words(toks) -> bool:
    """Every token is a word of letters opening with a capital ('McCaul' too)."""
    return all(t.is_alpha and t.text[:1].isupper() for t in toks)


def _person_of_body(doc: Doc, ent: Span) -> list[Span] | None:
    """'Meenakshi Ganguly of Human Rights Watch' tagged as one name: a person's name, then
    'of' and a body; None when ``ent`` is no such pair."""
    of = next((t.i for t in ent[2:-1] if t.lower_ == "of"), None)
    if of is None or of - ent.start > 3:
        return None
    name, body = doc[ent.start:of], doc[of + 1:ent.end]
    if not _capitalised_words(list(name) + list(body)) \
            or name[0].is_stop or not world_given_name(name[0].text) or name[-1].lower_ in ORG_WORDS:
        return None  # (a given name anywhere in the world: 'of' a body after it says the rest)
    return [Span(doc, ent.start, of, label="PERSON"), Span(doc, of + 1, ent.end, label="ORG")]


def _person_after_title(doc: Doc, ent: Span) -> list[Span]:
    """'GOP Rep McCaul' or 'White House Press Secretary Earnest' tagged an organisation: the
    capitalised words after the last title inside it are a person, the words before it a body.
    A party's member before a given name is a title too ('House Intelligence Republican Mike
    Pompeo')."""
    if ent.label_ not in ("ORG", "NORP") or len(ent) < 3:
        return [ent]
    last = max((t.i for t in ent[1:-1] if t.text[:1].isupper() and (t.lower_.rstrip(".") in TITLES
                or t.lower_ in PARTY_NOUNS and given_name_of(doc[t.i + 1], ent[-1]))), default=None)
    if last is None or not 1 <= ent.end - last - 1 <= 3 or ent[-1].lower_ in ORG_WORDS \
            or not _capitalised_words(doc[last + 1:ent.end]):
        return [ent]  # not 'The Justice Department'
    body = [Span(doc, ent.start, last, label="ORG")] if doc[last - 1].lower_ not in TITLES else []
    return body + [Span(doc, last + 1, ent.end, label="PERSON")]


def _within_one_line(doc: Doc, ent: Span) -> Span | None:
    """'Recall' + line break + 'Carmaker Stellantis' tagged as one name: no name runs over a
    line break, so the entity keeps the part after the last one (None when nothing is left)."""
    breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
    if not breaks:
        return ent
    start = breaks[-1] + 1
    return Span(doc, start, ent.end, label=ent.label_) if start < ent.end else None


def _without_title_words(doc: Doc, ent: Span | None) -> Span | None:
    """'Springfield Fire Department Battalion' before 'Chief Tim Horton': an organisation
    that runs on past its last organisation word into the title of the person named next
    ends at that word."""
    if ent is None or ent.label_ != "ORG" or ent.end + 1 >= len(doc) or ent[-1].lower_ in ORG_WORDS:
        return ent
    title = doc[ent.end]
    if not (title.lower_ in TITLES and title.text[:1].isupper() and doc[ent.end + 1].ent_type_ == "PERSON"):
        return ent
    last = max((t.i for t in ent if t.lower_ in ORG_WORDS), default=None)
    return Span(doc, ent.start, last + 1, label="ORG") if last is not None and last > ent.start else ent


def _without_trailing_rank(doc: Doc, ent: Span | None) -> Span | None:
    """'Army Sgt' + '.' + 'Ana Cruz' tagged as a person: the rank belongs to the name after it,
    and what is left names the service."""
    if ent is None or len(ent) < 2 or ent[-1].lower_ not in TITLES or ent.end + 1 >= len(doc):
        return ent
    if doc[ent.end].text != "." or not doc[ent.end + 1].text[:1].isupper():
        return ent
    return Span(doc, ent.start, ent.end - 1, label="ORG")


# particles that, capitalised, still sit inside a name ('Mohammed bin Abdulrahman Al Thani')
_NAME_INNER_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "den", "ter", "ten"})


def _after_particles(doc: Doc, ent: Span) -> int | None:
    """Where the surname starts after a person's name cut at a particle ('Ursula von der',
    'Pieter van' + 'den'), or None when ``ent`` is no such name."""
    if ent.label_ != "PERSON":
        return None
    k = ent.end
    while k < len(doc) and doc[k].lower_ in NAME_PARTICLES and (doc[k].is_lower or doc[k].lower_ in _NAME_INNER_PARTICLES):
        k += 1
    if k == ent.end and ent[-1].lower_ not in NAME_PARTICLES:
        return None  # not cut at a particle
    return k if k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() else None


def _with_regnal_title(doc: Doc, ent: Span, free_from: int) -> Span:
    """'Prince' + 'Harry': a royal or papal title the tagger left out before one given name is
    part of the name people know them by."""
    before = ent.start - 1
    if before < free_from or len(ent) != 1 or doc[before].ent_type_ or ent.label_ not in ("PERSON", "ORG", "GPE"):
        return ent
    title = doc[before]
    if title.lower_ in REGNAL_TITLES and title.text[:1].isupper() and ent[0].is_alpha:
        return Span(doc, before, ent.end, label="PERSON")
    return ent


_AMOUNT_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "percent", "per", "%"})


def _without_score(doc: Doc, ent: Span) -> Span:
    """'Aryna Sabalenka 6-4 6-2' (ORG), 'fined Apple 1.8 billion': a match score or an amount
    the tagger ran into a name is cut off, and a first name then says the rest is a person."""
    cut = next((t.i for t in ent if t.like_num or t.is_digit), None)
    if cut is None or cut == ent.start or not any(t.text in ("-", "–") or t.lower_ in _AMOUNT_WORDS
                                                   for t in doc[cut:ent.end]):
        return ent
    name = doc[ent.start:cut]
    person = name[0].lower_ in FIRST_NAMES and all(t.text[:1].isupper() for t in name)
    return Span(doc, ent.start, cut, label="PERSON" if person else ent.label_)


def _with_dropped_first_name(doc: Doc, ent: Span, free_from: int) -> Span:
    """'Ana' + 'Costa' (ORG), 'Ana Lucía' + 'Ferreyra': known first names (accents aside) just
    before a one- or two-word entity, which the tagger left out, are part of a person's name."""
    if len(ent) > 2 or ent.label_ not in ("PERSON", "ORG") or not all(t.text[:1].isupper() for t in ent):
        return ent
    start = ent.start
    while start > free_from and ent.start - start < 2:
        word = doc[start - 1]
        if word.ent_type_ or not (word.text[:1].isupper() and word.is_alpha and fold(word.text) in FIRST_NAMES):
            break
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label="PERSON")


def sentence_index(starts: list[int], pos: int) -> int:
    """Index of the sentence (by its start offsets) holding ``pos``."""
    return bisect.bisect_right(starts, pos) - 1


def country_of_body(article: ArticleModel, name_toks: list[Token]) -> str | None:
    """"Ukraine's" of "Ukraine's Foreign Ministry", 'Chinese' of 'the Chinese Defence
    Ministry': the country written just before a state body's name (data/state_bodies.txt),
    which the name alone leaves out; None for other names or none written."""
    first, doc = name_toks[0].i, article.doc
    if name_toks[-1].lower_ not in STATE_BODIES or len(name_toks) > 4 or first == 0:
        return None
    before = doc[first - 1]
    if before.ent_type_ == "NORP" and _nationality_word(article, before):
        return before.text
    if not (before.tag_ == "POS" or before.text in POSSESSIVE) or first < 2:
        return None
    place = next((e for e in article.ents if e.end == first - 1 and e.label_ == "GPE"), None)
    words = [t for t in place if t.pos_ != "DET"] if place is not None else _place_inside_name(article, first - 1)
    if not words or any(t.text[:1].islower() for t in words):
        return None
    return slice_text(article.text, words) + ("'" if before.text in ("'", "’") else "'s")


_COUNTRIES = frozenset(fold(c) for c in COUNTRIES)


def _place_inside_name(article: ArticleModel, possessive: int) -> list[Token]:
    """'Chile' of "Chile's Health Ministry" tagged as one name: the words before the
    possessive inside the same entity, if they name a country (data/countries.txt)."""
    doc = article.doc
    for start in range(possessive - 1, max(-1, possessive - 5), -1):
        if doc[start].ent_iob_ == "B":
            words = list(doc[start:possessive])
            return words if fold(slice_text(article.text, words)) in _COUNTRIES else []
    return []


_NATIONALITY_ENDING = re.compile(r"(?:ese|an|ian|ish|i|ch)$")


def nationality_opening(article: ArticleModel, name_toks: list[Token]) -> str | None:
    """'Chinese' of a state body the tagger named 'the Chinese Foreign Ministry': the
    nationality word its name opens with, else None."""
    if len(name_toks) < 2 or name_toks[-1].lower_ not in STATE_BODIES:
        return None
    word = name_toks[0]
    known = article.is_demonym(word.text) or _NATIONALITY_ENDING.search(word.text)
    return word.text if known and _nationality_word(article, word) else None


def _nationality_word(article: ArticleModel, word: Token) -> bool:
    """``word`` can be a nationality adjective ('Chinese', 'Peruvian'): capitalised, and
    tagged an adjective or proper noun (or the article reads it as a nationality)."""
    return word.text[:1].isupper() and (word.pos_ in ("ADJ", "PROPN") or article.is_demonym(word.text))


def _name_is_object(article: ArticleModel, pos: int) -> bool:
    """The name at ``pos`` is an object (see :meth:`ArticleModel.is_object`)."""
    doc = article.doc
    i = article.token_index(pos)
    head = _name_head(doc[i])
    if head.dep_ == "appos" and head.head.dep_ in ("dobj", "pobj", "dative", "iobj") or (
            apposition_past_dash_aside(article, head) is not None):
        return True  # "asked the mayor, Grace Obi, about ...": the object, in apposition; in a dash aside
    j = i - 1
    while j >= 0 and (doc[j].text[:1].isupper() or doc[j].lower_ in TITLES or doc[j].lower_ in ROLE_NOUNS
                      or doc[j].lower_ in PERSON_NOUNS or doc[j].lower_ in ("his", "her", "their")) \
            and not doc[j].is_sent_start:
        j -= 1  # titles, jobs and first names: "told Sen. John Smith", "economist Ana Ruiz", "his cousin Jo"
    if j < 0:
        return False
    before = doc[j]
    if not before.pos_ and j > 0 and doc[j - 1].lower_ in ("the", "a", "an") and (
            j == 1 or doc[j - 2].is_punct or doc[j - 2].lower_ in CLAUSE_OPENERS):
        return False  # unparsed ', the district GOP Chairman Chuck Williams': a noun phrase opening a clause
    return before.is_lower and before.is_alpha and before.lower_ not in CLAUSE_OPENERS
