"""Attribute quote spans to the words that name their speaker.

Ordered rules over the spaCy parse; each result records the rule that fired
(``method``).  The output is a speaker *mention* (a token span such as "he",
"Duda" or "the institute"); turning mentions into canonical names is the job
of :mod:`quotes.speakers`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from .article import (DASHES, ArticleModel, apposition_past_dash_aside, hyphened_to_lower_word, marked_by, nickname_inside_name,
                      subject_read_as_apposition)
from .lexicon import CLAIM_NOUNS, DOCUMENT_NOUNS, IDEA_NOUNS, JUDGING_VERBS, LINK_LABELS, MEDIA_NAMES, PERSON_NOUNS, RELATIVE_PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLES, WEAK_VERBS, WORK_NOUNS, is_speech_verb_form
from .names import fold
from .nameforms import ISSUED_WORDS, NUMBER_LABELS, ORG_NOUNS, POSSESSIVE, is_age, one_name_for_a_group, past_dateline, personish
from .spans import ALL_MARK_CHARS, QuoteSpan, ends_abbreviation

# Rule names (``method``) with the confidence each one earns.
CONFIDENCE = {
    "cue_after": 0.95,
    "cue_before": 0.9,
    "colon_lead_in": 0.9,
    "according_to": 0.9,
    "cue_far": 0.75,
    "cue_sentence_end": 0.75,
    "continuation": 0.8,
    "same_paragraph": 0.85,
    "introduced_speaker": 0.55,
    "headline": 0.6,
    "cue_no_speaker": 0.5,
    "cue_participle": 0.7,
    "repeated_quote": 0.0,
    "transcript_label": 0.9,
    "dash_credit": 0.85,
    "dash_label": 0.85,
    "sentence_subject": 0.45,
    "reported_speech": 0.6,
    "reply": 0.6,
    "turn": 0.55,
    "headline_repeat": 0.0,
    "interview_answer": 0.55,
    "credit_after": 0.7,
    "colon_name": 0.8,
    "colon_subject": 0.7,
    "claim_owner": 0.8,
    "unattributed": 0.3,
    "link_line": 0.3,
    "dash_framed_line": 0.3,
}

# Verbs whose passive subject is the listener, not the speaker ("he was told").
_ADDRESSEE_VERBS = frozenset({"tell", "ask", "warn", "urge", "inform", "advise", "assure", "accuse",
                              "charge", "criticize", "criticise", "praise", "thank", "blame", "call",
                              "quote", "cite", "describe"})
_QUOTE_MARKS = " \t" + ALL_MARK_CHARS
_LINK_LABEL_RE = re.compile(r"\s*([A-Za-z][A-Za-z ]{1,24}?)\s*[:|>»]")
_MISTAGGED_CUES = frozenset({"read", "reads", "said", "says", "stated", "states", "added", "adds", "wrote",
                             "writes", "noted", "notes"})
_NAMING_VERBS = frozenset({"call", "dub", "term", "label", "brand", "nickname", "name", "title"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NP_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "flat", "nummod", "case", "quantmod"})
_NP_RIGHT_DEPS = frozenset({"compound", "flat", "case"})
_IMPERSONAL = frozenset({"it", "this", "that", "which", "there", "what"})
_NOT_SPEAKER_ENTS = NUMBER_LABELS

DEFAULT_SIEVES: tuple[str, ...] = ("link_line", "dash_framed_line", "transcript_label", "dash_credit", "dash_label",
                                   "claim_owner", "cue", "colon_name", "colon_subject")

_TERMINATOR_RE = re.compile(r"[.!?]+(?=[”\"’')\]]*\s+[“\"‘'(\[A-Z0-9])")
_AFTER_NEAR_TOKENS = 6
# '“...,” William M. Daley, Obama’s former chief of staff, said': a name, then an apposition.
_NAME_THEN_APPOSITION_RE = re.compile(r"[\s,]*(?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w.’'-]*,\s")


@dataclass
class RawAttribution:
    """A quote span with the speaker mention a rule found for it."""

    span: QuoteSpan
    mention: Span | None
    cue: Token | None
    method: str
    speech: bool = True  # False for scare quotes and titles

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.method]


class _Context:
    """Per-article lookups shared by the rules: the article model plus narrative sentence breaks."""

    def __init__(self, article: ArticleModel):
        self.article = article
        self.doc = article.doc
        self.text = article.text
        self.ents = article.doc_ents
        self.ent_of_token = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.spans = article.spans
        self.span_starts = [q.open_at for q in article.spans]
        self.paragraphs = article.paragraphs
        self.token_starts = article.token_starts
        self.quoted = article.quoted
        self.person_words = article.person_words
        self.breaks = self._sentence_breaks()

    def token_range(self, start: int, end: int) -> range:
        lo = bisect.bisect_left(self.token_starts, start)
        hi = bisect.bisect_left(self.token_starts, end)
        return range(lo, hi)

    def words_of(self, span: QuoteSpan) -> str:
        """The quote's words, lower case, one space apart (cached: repeats are compared often)."""
        cache = self.__dict__.setdefault("_words", {})
        if span.start not in cache:
            cache[span.start] = " ".join(re.findall(r"\w+", self.text[span.start:span.end].lower()))
        return cache[span.start]

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.span_starts, pos) - 1
        return i >= 0 and pos < max(self.spans[i].close_end, self.spans[i].end)

    def next_quote_start(self, pos: int) -> int | None:
        """Where the first quote opening at or after ``pos`` opens, if any."""
        i = bisect.bisect_left(self.span_starts, pos)
        return self.span_starts[i] if i < len(self.span_starts) else None

    def _sentence_breaks(self) -> list[int]:
        """Offsets where a narrative sentence ends (outside quotes)."""
        breaks: list[int] = []
        for p_start, p_end in self.paragraphs:
            breaks.append(p_start)
            for m in _TERMINATOR_RE.finditer(self.text, p_start, p_end):
                if self.inside_quote(m.start()) or ends_abbreviation(self.text, m.start()):
                    continue
                breaks.append(m.end())
            breaks.append(p_end)
        for q in self.spans:
            if q.closed and q.end > q.start and self.text[q.end - 1] in ".!?" \
                    and not _LOWER_GOES_ON_RE.match(self.text, q.close_end):
                breaks.append(q.close_end)  # not 'She declared “What a night!” and said ...'
        return sorted(set(breaks))

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.breaks, pos) - 1
        return self.breaks[i] if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.breaks, pos)
        return self.breaks[i] if i < len(self.breaks) else len(self.text)


_LOWER_GOES_ON_RE = re.compile(r"[ \t]+(?:and|but|or|as|while|before|after|then)\b")


def is_cue(token: Token) -> bool:
    """True when ``token`` can introduce reported speech."""
    if token.lower_ == "according":
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ == "to"
    if token.lower_ == "words":
        return _words_owner(token) is not None
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
        # '“...,” the post read.', '“...,” Shah counters.': the tagger makes the sentence's verb a noun.
        return token.dep_ == "ROOT" and (token.lower_ in _MISTAGGED_CUES or is_speech_verb_form(token.lower_)
                                         and token.i > 0 and token.nbor(-1).pos_ in ("PROPN", "PRON")) \
            or _verb_after_named_apposition(token) or _participle_read_as_noun(token) or _infinitive_read_as_noun(token) \
            or _verb_after_plural_subject(token)
    lemma = token.lemma_.lower()
    return lemma in SPEECH_VERBS or lemma in _PHRASAL_CUES and token.i + 1 < len(token.doc) \
        and token.nbor(1).lower_ == _PHRASAL_CUES[lemma]


def _participle_read_as_noun(token: Token) -> bool:
    """'..., remarking, “...”': a speech verb's -ing form the tagger made a noun, which the
    parse still hangs on a verb as a clause."""
    return token.dep_ == "advcl" and token.lower_.endswith("ing") and is_speech_verb_form(token.lower_) \
        and token.head.pos_ in ("VERB", "AUX")


def _infinitive_read_as_noun(token: Token) -> bool:
    """'prompted the institute to state, “...”': a speech verb after 'to' the tagger made a
    noun, which the parse still makes a verb's clause with 'to' as its auxiliary."""
    return token.dep_ in ("xcomp", "advcl") and is_speech_verb_form(token.lower_) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _verb_after_plural_subject(token: Token) -> bool:
    """'“...,” the Saudis state in the white paper': a speech verb the tagger made a noun
    compounded with the plural right before it, in the words that follow a closing quote."""
    doc = token.doc
    return token.tag_ in ("NN", "NNS") and is_speech_verb_form(token.lower_) and token.i >= 3 \
        and doc[token.i - 1].tag_ in ("NNS", "NNPS") and doc[token.i - 1].dep_ == "compound" \
        and any(doc[k].tag_ == "''" for k in range(max(0, token.i - 4), token.i - 1))


def _verb_after_named_apposition(token: Token) -> bool:
    """'“...,” its director, Owen Blake, states in the filing': a speech verb the tagger made a
    plural noun, right after a name set off by commas."""
    doc = token.doc
    return token.tag_ == "NNS" and is_speech_verb_form(token.lower_) and token.i >= 2 \
        and doc[token.i - 1].text == "," and doc[token.i - 2].ent_type_ == "PERSON"


# Verbs that report speech only with the word after: 'shot back that', 'hit out at', 'put it'
_PHRASAL_CUES = {"shoot": "back", "fire": "back", "snap": "back", "hit": "out", "lash": "out", "chime": "in",
                 "weigh": "in", "cut": "in", "put": "it", "go": "on"}  # "as Ann Lee put it", "Hale went on"


def speaker_head(token: Token, ctx: _Context, window: tuple[int, int], allow_inverted: bool = False) -> Token | None:
    """Return the head token of the speaker of cue ``token``, or None.

    The speaker must lie inside ``window`` (the cue's side of the quote, within
    its sentence): a parse that reaches across the quote or the paragraph is wrong.
    """
    head = _speaker_head(token, ctx, allow_inverted, window)
    if head is None or not window[0] <= head.idx < window[1] and not _agent_of(token, head):
        return None
    return head


def _speaker_head(token: Token, ctx: _Context, allow_inverted: bool, window: tuple[int, int]) -> Token | None:
    if token.lower_ == "according":
        return _according_to_head(token, ctx)
    if token.lower_ == "words":
        owner = _words_owner(token)
        return owner if owner is not None and not ctx.quoted[owner.i] else None
    head = _parsed_subject(token, ctx, window)
    if head is not None:
        head = _interrupting_speaker(head, token)
    if head is not None and head.pos_ == "NOUN" and not head.ent_type_:
        head = _parenthetical_speaker(token, ctx) or head
    if head is None and allow_inverted:
        head = _inverted_speaker(token, ctx)
    return head if head is not None else _left_neighbour(token, ctx)


def _interrupting_speaker(subject: Token, cue: Token) -> Token:
    """'Clinton, a top aide said, “is very confident”': a described speaker set into the
    sentence right before the cue, with no comma between, is who speaks; the parse makes
    it an apposition to the sentence's own subject ('Clinton, a senator, said' is Clinton)."""
    for appos in subject.children:
        if appos.dep_ == "appos" and appos.right_edge.i + 1 == cue.i and appos.i > subject.i \
                and appos.left_edge.lower_ in ("a", "an", "one") and not appos.right_edge.is_punct:
            return appos
    return subject


def _parenthetical_speaker(cue: Token, ctx: _Context) -> Token | None:
    """'Any “cleareyed” reading of his moves, said Michael Kofman, an analyst, would ...': a cue
    set off by a comma with a name right after it; the name speaks, not the clause's subject."""
    doc = cue.doc
    person = ctx.ent_of_token.get(cue.i + 1)
    if cue.i == 0 or doc[cue.i - 1].text != "," or person is None or person.label_ != "PERSON" \
            or person.start != cue.i + 1 or ctx.quoted[person.start]:
        return None
    return doc[person.end - 1] if person.end == len(doc) or doc[person.end].text in (",", ".") else None


def _words_owner(words: Token) -> Token | None:
    """'in the words of a senior adviser', 'in his own words', 'in Trump's words': whose
    words they are (None when ``words`` is in no such phrase)."""
    doc, i = words.doc, words.i
    if i >= 2 and doc[i - 2].lower_ == "in" and doc[i - 1].lower_ == "the" and i + 2 < len(doc) \
            and doc[i + 1].lower_ == "of":
        return next((t for t in doc[i + 2:i + 10] if t.pos_ in ("PROPN", "NOUN", "PRON") and t.head.i <= t.i
                     and not (t.i + 1 < len(doc) and t.nbor(1).pos_ in ("PROPN", "NOUN") and t.nbor(1).head == t)),
                    None)
    j = i - 1 if i >= 1 and doc[i - 1].lower_ != "own" else i - 2
    if j < 1:
        return None
    if doc[j].tag_ == "PRP$" and doc[j - 1].lower_ == "in":
        return doc[j]  # 'in her words'
    if doc[j].tag_ == "POS" or doc[j].text in POSSESSIVE:
        k = j - 1
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].head.i == doc[j - 1].i:
            k -= 1
        return doc[j - 1] if k >= 1 and doc[k - 1].lower_ == "in" else None  # 'in Trump's words'
    return None


def _according_to_head(token: Token, ctx: _Context) -> Token | None:
    """'according to X': X."""
    to = token.nbor(1)
    for child in list(to.children) + list(token.children):
        if child.dep_ == "pobj" and not ctx.quoted[child.i]:
            return child
    for t in token.doc[to.i + 1: min(len(token.doc), to.i + 8)]:
        if t.pos_ in ("PROPN", "NOUN", "PRON") and not ctx.quoted[t.i]:
            return t
    return None


def _parsed_subject(token: Token, ctx: _Context, window: tuple[int, int]) -> Token | None:
    """The cue's subject in the parse, climbing through 'laughed and said', 'was reported to
    have said', 'before asking'; 'Smith, who said' gives Smith."""
    verb, hops, shared = token, 0, False
    while True:
        # 'The phrase “tax reform” was uttered once, by Ted Cruz'; not the agent of a verb a
        # conjunct or participle climbed to ('Holt was joined by Ruiz and joked', 'was booed by
        # fans after saying'); 'all she could do was shout “...”'
        found = (None if shared else (_passive_agent(verb, ctx, window) if hops == 0 else None)
                 or _quoted_as_saying(verb, ctx, window)) or _cleft_doer(verb, ctx)
        if found is not None:
            return found
        decided, subjects = _verb_subjects(verb, token, ctx, window, shared)
        if decided is not None or subjects:
            return decided if decided is not None else _likeliest_subject(subjects, ctx)
        # 'sent a message to supporters saying', 'The senator emailed supporters saying'
        sender = (_document_sent_with(verb.head) if verb.dep_ == "acl" and verb.tag_ == "VBG" else None) \
            or _sender_of_message_to(verb)
        if sender is not None:
            return sender
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and _idea_object(verb.head) and hops < 3:
            verb, hops = verb.head.head, hops + 1  # 'rejected the notion that ..., saying'
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("PROPN", "NOUN"):
            clause = _clause_of_time(verb.head)
            if clause is None:
                return verb.head  # "Smith, who said", "footage of Clinton asking"
            verb, hops = clause, hops + 1  # "he battled ..., at one point calling"
            if hops <= 3:
                continue
        head = verb.head
        persuaded = _persuaded_speaker(verb, token, ctx)
        if persuaded is not None:
            return persuaded
        if hops < 3 and verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX"):
            verb, hops = head.head, hops + 1  # "sings to Clinton before asking her"
            continue
        nearer = _subject_of_nearer_clause(verb)
        if nearer is not None:
            return nearer  # 'The hearing grew tense when Calder questioned him, saying'
        sibling = _nearer_conjunct(verb)
        if sibling is not None and hops < 3:
            verb, hops = sibling, hops + 1  # 'A group called for X, and the League denounced Y and said'
            continue
        if hops < 3 and head.pos_ in ("VERB", "AUX") and (
                verb.dep_ in ("conj", "advcl") or (verb.dep_ == "xcomp" and (
                    is_cue(head) or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)))):
            verb, hops, shared = head, hops + 1, verb.dep_ == "conj"  # "laughed and said", "was reported to have said"
            continue
        return None


def _cleft_doer(verb: Token, ctx: _Context) -> Token | None:
    """'all she could do was shout “...”', 'the one thing Pike did was say “...”': the subject
    of the relative clause on the 'all'/'what'/'thing' that is the subject of the 'was' the
    verb completes (a pseudo-cleft), or None."""
    copula = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" else verb  # (or 'was' read as auxpass)
    clauses = [r for s in copula.children if s.dep_ in _SUBJECT_DEPS and s.lower_ in _CLEFT_WORDS
               for r in s.children if r.dep_ == "relcl"]
    return next((s for c in clauses for s in c.children
                 if s.dep_ == "nsubj" and s.pos_ in ("PRON", "PROPN", "NOUN") and not ctx.quoted[s.i]
                 and s.lower_ not in _IMPERSONAL), None)


_CLEFT_WORDS = frozenset({"all", "what", "thing"})


def _idea_object(noun: Token) -> bool:
    """'(rejected) the notion', '(dismissed) the claim': an idea or claim a verb takes as
    its object, which cannot speak itself."""
    lemma = noun.lemma_.lower()
    return (lemma in IDEA_NOUNS or lemma in CLAIM_NOUNS) and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")


def _subject_of_nearer_clause(participle: Token) -> Token | None:
    """'The hearing grew tense when Calder questioned the director, saying ...': a participle
    the parse hangs on a clause whose subject cannot speak (a thing, an expletive 'it' or
    'there') belongs to the nearer clause between them whose subject can (Calder), else to
    the person a relative clause between them describes ('There was talk of Perez, who was
    on stage, saying ...'); else None."""
    head = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in _SUBJECT_DEPS and _can_speak(c) for c in head.children):
        return None
    finite = [t for t in participle.doc[head.i + 1:participle.i] if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"]
    clauses = [c for c in finite if c.head == head and c.dep_ in ("advcl", "conj")]
    relative = [c for c in finite if c.dep_ == "relcl" and c.head.pos_ == "PROPN"]
    subjects = [s for s in (clauses[-1].children if clauses else ()) if s.dep_ == "nsubj"]
    if not subjects and relative and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in relative[-1].children):
        subjects = [relative[-1].head]
    return subjects[0] if subjects and _can_speak(subjects[0]) else None


def _nearer_conjunct(verb: Token) -> Token | None:
    """'A group called for a boycott, and the League denounced him and said ...': the parse
    may hang the last of three conjuncts on the first; the one just before it, with a
    subject of its own, is whose verb it shares."""
    if verb.dep_ != "conj":
        return None
    before = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i
              and any(s.dep_ in _SUBJECT_DEPS for s in c.children)]
    return before[-1] if before else None


def _can_speak(token: Token) -> bool:
    """A person or organisation: a name of one, a pronoun for one, a noun for a person."""
    return _personlike(token) or token.ent_type_ in ("PERSON", "ORG", "NORP") or token.lower_ in ("they", "you")


def _document_sent_with(noun: Token) -> Token | None:
    """'issued a statement on Monday saying', 'sent a message to supporters saying': the
    document (data/document_nouns.txt) the verb whose phrase ends in ``noun`` sent, which a
    participle the parse hangs on ``noun`` describes; else None."""
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "dative") or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in noun.head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS
                 and c.i < noun.i), None)


# verbs whose object receives a message: 'emailed supporters saying', 'texted voters saying'
_MESSAGING_VERBS = frozenset({"email", "e-mail", "text", "message", "write", "tell", "call", "phone", "tweet",
                              "address", "brief", "remind", "warn", "thank", "urge", "inform", "notify", "alert"})


def _sender_of_message_to(participle: Token) -> Token | None:
    """'The Vermont senator emailed supporters saying: “...”': a participle the parse hangs on
    the people a message went to speaks for the verb's subject, not for them."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.dep_ != "dobj" or noun.ent_type_ \
            or noun.head.lemma_.lower() not in _MESSAGING_VERBS:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _verb_subjects(verb: Token, cue: Token, ctx: _Context,
                   window: tuple[int, int], shared: bool = False) -> tuple[Token | None, list[Token]]:
    """(the speaker, when a relative pronoun, an age or a name before an age decides it:
    'Smith, who said', 'the 45-year-old said', 'Pike, 67, said'; else None, and the subjects
    of ``verb`` (climbed to from ``cue``, through a conjunct when ``shared``) inside
    ``window`` that can speak)."""
    subjects = []
    for child in verb.children:
        if child.dep_ not in _SUBJECT_DEPS or ctx.quoted[child.i] or not window[0] <= child.idx < window[1]:
            continue
        if child.dep_ == "nsubjpass" and verb.lemma_.lower() in _ADDRESSEE_VERBS and not shared:
            continue  # '“...,” she was asked' - but 'Pike was asked about it and said' is Pike's
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _who_antecedent(child, verb.head, ctx), []
        named = child if is_age(child) else _name_before_age(child, ctx)
        if named is not None:
            return named, []  # the parse makes the age the subject of '“...,” Pike, 67, said'
        if child.ent_type_ in _NOT_SPEAKER_ENTS or not any(ch.isalpha() for ch in child.text):
            # 'One of them, Craig Munro, 34, said'
            subjects += [a for a in child.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"][:1]
            continue
        child = _past_dateline(ctx, child, cue.idx)
        child = apposition_past_dash_aside(ctx.article, child) or child
        if child.pos_ in ("PRON", "PROPN", "NOUN", "NUM", "X") or child.ent_type_ or (
                child.text[:1].isupper() and child.text in ctx.person_words()) or _noun_read_as_adjective(child):
            subjects.append(child)  # 'Small, who attended' (read as an adjective) is Marty Small
    return None, subjects


def _who_antecedent(who: Token, head: Token, ctx: _Context) -> Token:
    """'Bundy says to Santilli on camera, who responds': 'who' means a person, so a relative
    clause the parse hangs on a thing ('camera') belongs to the person named just before it."""
    if who.lower_ != "who" or head.tag_ != "NN" or head.ent_type_ or personish(head) or head.dep_ != "pobj" \
            or head.head.lower_ not in ("on", "in", "at", "during"):
        return head  # only a thing a preposition places the talk in: 'on camera', 'in the video'
    start = ctx.sentence_start(head.idx)
    person = next((ctx.doc[i] for i in reversed(ctx.token_range(start, head.idx))
                   if ctx.doc[i].ent_type_ == "PERSON" and not ctx.quoted[i]), None)
    return person if person is not None else head


def _noun_read_as_adjective(subject: Token) -> bool:
    """'Its director-general, Tedros Adhanom Ghebreyesus, said': a subject the parser read as
    an adjective but which owns a determiner or an apposition, as nouns do."""
    return subject.pos_ == "ADJ" and any(c.dep_ in ("det", "poss", "appos") for c in subject.children)


_QUOTING_VERBS = frozenset({"quote", "cite"})
# 'prompted Ruiz to call', 'led the mayor to say': verbs whose object does what the verb after it says
_OBJECT_CONTROL_VERBS = frozenset({"prompt", "lead", "cause", "force", "push", "urge", "encourage", "inspire",
                                   "drive", "compel", "persuade", "move", "spur", "provoke", "invite"})


def _persuaded_speaker(verb: Token, cue: Token, ctx: _Context) -> Token | None:
    """'That prompted Ruiz to call Pike “...”' (not 'to call a debate'), 'prompted the institute
    to state, “...”': the one made to speak, when the cue holds the quote or is a speech verb."""
    persuaded = _object_of_control(verb)
    if persuaded is not None and (any(ctx.quoted[t.i] for t in cue.subtree)
                                  or verb is cue and cue.lemma_.lower() not in WEAK_VERBS):
        return persuaded
    return None


def _object_of_control(verb: Token) -> Token | None:
    """The person ``verb`` (an infinitive, 'to call') is said of when the verb it completes
    makes its object do it ('That prompted Ruiz to call'), else None."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def _quoted_as_saying(verb: Token, ctx: _Context, window: tuple[int, int]) -> Token | None:
    """'Xinhua quoted Wang Yi as saying', 'Salman was quoted by state media as saying': the
    one quoted speaks, not the one quoting."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in _QUOTING_VERBS:
        return None
    return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass") and not ctx.quoted[c.i]
                 and window[0] <= c.idx < window[1]), None)


def _past_dateline(ctx: _Context, subject: Token, end: int) -> Token:
    """'BRUSSELS (AFP) - Ursula von der Leyen called': a subject inside a dateline is the
    first name after it (before offset ``end``), else ``subject`` unchanged."""
    sentence_start = ctx.sentence_start(subject.idx)
    text_start = past_dateline(ctx.text, sentence_start)
    if text_start == sentence_start and subject.ent_type_ in ("GPE", "LOC"):
        place = _TITLE_CASE_DATELINE_RE.match(ctx.text, sentence_start)  # 'Manila — President Marcos said'
        text_start = place.end() if place else sentence_start
    if subject.idx < text_start:
        return _first_name_after(ctx, text_start, end) or subject
    return subject


# 'Manila — ', 'Kyiv, Ukraine – ': a place written in title case and a dash opening the sentence
_TITLE_CASE_DATELINE_RE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:, [A-Z][\w.]+\.?)?\s+[—–-]+\s+")


def _first_name_after(ctx: _Context, start: int, end: int) -> Token | None:
    """The head of the first person or organisation named between two offsets."""
    ent = next((e for e in ctx.ents if start <= e.start_char < end and e.label_ in ("PERSON", "ORG")), None)
    return None if ent is None else ctx.doc[ent.end - 1]


def _passive_agent(verb: Token, ctx: _Context, window: tuple[int, int]) -> Token | None:
    """Who a passive speech verb was done by ('was spoken by the mayor'), or None; in its
    sentence, after the quote too ('was called “strategic ambiguity” by Joshua Hendrick')."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    lo, hi = min(window[0], ctx.sentence_start(verb.idx)), max(window[1], ctx.sentence_end(verb.idx))
    return next((g for c in _by_phrases(verb) for g in c.children
                 if g.dep_ == "pobj" and not ctx.quoted[g.i] and lo <= g.idx < hi), None)


def _agent_of(verb: Token, head: Token) -> bool:
    """``head`` is the object of one of ``verb``'s 'by' phrases (the passive agent)."""
    return head.dep_ == "pobj" and any(p.i == head.head.i for p in _by_phrases(verb))


def _by_phrases(verb: Token) -> list[Token]:
    """The 'by' of a passive verb, also where the parse hangs it on the complement
    ('called “strategic ambiguity” by ...')."""
    return [c for c in verb.children if c.dep_ == "agent"] + [
        p for c in verb.children if c.dep_ in ("oprd", "attr", "acomp", "prep")
        for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"]


def _name_before_age(token: Token, ctx: _Context) -> Token | None:
    """The capitalised word before ', 67,' when ``token`` is such an age, else None."""
    doc = token.doc
    if not token.like_num or token.i < 2 or doc[token.i - 1].text != "," or token.i + 1 >= len(doc) \
            or doc[token.i + 1].text != ",":
        return None
    name = doc[token.i - 2]
    return name if name.text[:1].isupper() and name.is_alpha and not ctx.quoted[name.i] else None


_TIME_NOUNS = frozenset("point time moment stage day night week month year morning evening juncture".split())


def _clause_of_time(noun: Token) -> Token | None:
    """'at one point calling the mayor a “liar”': the verb a time phrase hangs on, whose subject
    is the one calling (None when ``noun`` is no time in a prepositional phrase)."""
    if noun.lemma_.lower() not in _TIME_NOUNS or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _likeliest_subject(subjects: list[Token], ctx: _Context) -> Token:
    """'in Salem, New Hampshire, Trump went': of two subjects the parse gives one verb, a
    person, organisation or pronoun over a place (a word of a person's name elsewhere is a
    person: 'on X, formerly Twitter, Grady wrote'), else the one nearer the verb."""
    subjects = [_past_address(t) for t in subjects]
    speakers = [t for t in subjects if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PRON"
                or t.pos_ == "PROPN" and t.text in ctx.person_words()]
    return (speakers or subjects)[-1] if len(subjects) > 1 else subjects[0]


def _past_address(subject: Token) -> Token:
    """'in Dover, Delaware, Biden went': the state after a town is no subject; the name the
    parse coordinated with it is."""
    doc, left = subject.doc, subject.left_edge.i
    if subject.ent_type_ not in ("GPE", "LOC") or left < 2 or doc[left - 1].text != "," \
            or doc[left - 2].ent_type_ not in ("GPE", "LOC"):
        return subject
    return next((c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "PRON")), subject)


def _inverted_speaker(token: Token, ctx: _Context) -> Token | None:
    """'..., said Mayor Denise Whitcombe': the speaker follows the cue (a finite one: in
    '“...,” saying the city embodied' the words after a participle are not its subject)."""
    if token.tag_ in _PARTICIPLES or any(c.dep_ in _SUBJECT_DEPS and c.i < token.i and not ctx.quoted[c.i]
                                         for c in token.children):
        return None  # 'Lee, star of “Scandal,” thanked Obama': the cue has its subject before it
    doc = token.doc
    for t in doc[token.i + 1: min(len(doc), token.i + 6)]:
        if ctx.quoted[t.i] or t.is_punct or t.ent_type_ in _NOT_SPEAKER_ENTS:
            return None
        if t.pos_ == "PRON" and t.lower_ in _OBJECT_PRONOUNS:
            return None  # 'accusing it of “...”': an object, never an inverted speaker ('said he')
        if t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and (t.dep_ != "dobj" or _document_read(t, token))):
            head = t  # ('said Cleveland’s Plain Dealer': the owner's word is no speaker)
            while head.dep_ in ("compound", "flat", "amod", "poss") and head.head.i > head.i:
                head = head.head
            return None if _subject_of_reported_clause(head, token) else head
        if t.pos_ not in ("ADV", "DET", "ADJ", "PART") and not _occupation_before_name(t):
            return None
    return None


def _document_read(noun: Token, cue: Token) -> bool:
    """'“...,” read the statement': the document after 'read' is what the quote reads, not
    an object the parse takes it for."""
    return cue.lemma_.lower() == "read" and noun.lemma_.lower() in DOCUMENT_NOUNS


def _subject_of_reported_clause(subject: Token, cue: Token) -> bool:
    """'Hale, whose firm ..., said Mr. Reyes was a builder': the name after the cue is the
    subject of the clause the cue reports, not an inverted speaker."""
    clause = subject.head
    return subject.dep_ in ("nsubj", "nsubjpass") and clause.i > subject.i and clause.dep_ == "ccomp" \
        and clause.head == cue and _finite(clause) \
        and not any(t.is_punct for t in subject.doc[subject.i + 1:clause.i])  # 'said the woman, who ...'


def _finite(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause ('was', 'did not want'; not 'identified only as')."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


_PARTICIPLES = frozenset({"VBG"})  # not VBN: the tagger often reads "tweeted", "said" so
_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them", "us", "me", "you", "itself", "himself", "herself"})


def _occupation_before_name(t: Token) -> bool:
    """'said coxswain Ian Blake': a lower-case word the tagger took for a verb, right before a
    person's name, is the speaker's occupation."""
    doc = t.doc
    return (t.pos_ in ("VERB", "NOUN") and t.is_lower and t.is_alpha and t.i + 1 < len(doc)
            and doc[t.i + 1].ent_type_ == "PERSON"
            and doc[t.i + 1].ent_iob_ == "B")


def _left_neighbour(token: Token, ctx: _Context) -> Token | None:
    """'..., Duda said' parsed without a subject: the name or pronoun just before the cue."""
    doc = token.doc
    j = token.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and not ctx.quoted[j]:
        if doc[j].lower_ == "to":
            return None  # "took to Twitter to accuse": an infinitive, not "Duda said"
        if doc[j].text[:1].isupper() and doc[j].is_alpha and j > 0 and doc[j - 1].is_punct and doc[j - 1].text != "." \
                and not ctx.article.in_title_case_line(doc[j].idx):  # not 'Time' Just Announced ...
            return doc[j]  # '“...,” Will wrote', 'Skelly said': a name read as a modal or an adverb
        j -= 1
    if j < 0 or ctx.quoted[j]:
        return None
    if is_age(doc[j]):
        return doc[j]  # 'the 30-year-old said', parsed as a modifier of 'said' (and tagged a DATE)
    if _subject_read_as_modifier_of_cue(doc[j], token):
        return doc[j]  # '“...,” the editorial read.' read as a noun phrase 'the editorial read'
    if doc[j].text == ")":
        return _name_before_brackets(doc, j, ctx)  # 'Sen. Elizabeth Warren (D-MA) said', the name hung elsewhere
    if doc[j].pos_ in ("PROPN", "PRON") and doc[j].ent_type_ not in _NOT_SPEAKER_ENTS:
        return doc[j]
    if subject_read_as_apposition(doc[j]):
        return doc[j]  # '..., the Democratic presidential candidate stated'
    if doc[j].text == "," and j > 0 and doc[j - 1].ent_type_ == "PERSON" and not ctx.quoted[j - 1]:
        # 'its director, Owen Blake, states' (the name in apposition speaks; not an object:
        # '..., asked about deaths under Mr. Lutz, said', unless a relative clause's: 'Levine,
        # who gave money to Rubio, said')
        named = _antecedent_of_relative_clause(doc[j - 1])
        if named is not None or doc[j - 1].dep_ not in ("pobj", "dobj"):
            return named or doc[j - 1]
    return _name_before_aside(doc[j], ctx) or _antecedent_of_who_clause_hung_on(token, ctx)


def _subject_read_as_modifier_of_cue(word: Token, cue: Token) -> bool:
    """Whether ``word``, right before a cue the tagger made a noun, is the cue's subject read
    as its modifier ('the editorial read', 'the statement read')."""
    return cue.pos_ not in ("VERB", "AUX") and word.head == cue and word.dep_ in ("amod", "compound", "nmod") \
        and word.is_alpha and word.is_lower


_BRACKETED_WORDS = 8  # '(D-MA)', '(pictured)', '(R-Wis.)': a short aside


def _name_before_brackets(doc: Doc, close: int, ctx: _Context) -> Token | None:
    """The person named right before the short bracketed aside that ends at ``close``."""
    k = close - 1
    while k > 0 and doc[k].text != "(" and close - k <= _BRACKETED_WORDS:
        k -= 1
    before = doc[k - 1] if k > 0 and doc[k].text == "(" else None
    return before if before is not None and before.ent_type_ == "PERSON" and not ctx.quoted[before.i] else None


def _antecedent_of_who_clause_hung_on(cue: Token, ctx: _Context) -> Token | None:
    """'Ruiz, meanwhile, who has no endorsements, said': the parse made the 'who' clause the
    cue's complement and left the cue without a subject; the name before 'who' (past commas
    and adverbs), else None. 'Hale, whose firm sells software, said': the parse made the
    name the subject of the 'whose' clause's verb; that name."""
    for clause in cue.lefts:
        subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS and not ctx.quoted[c.i]]
        named = next((s for s in subjects if s.ent_type_ == "PERSON" and _followed_by_whose(s)), None)
        if named is not None:
            return named
        who = next((c for c in subjects if c.lower_ == "who"), None)
        if who is None:
            continue
        j = who.i - 1
        while j >= 0 and (cue.doc[j].text == "," or cue.doc[j].pos_ == "ADV"):
            j -= 1
        name = cue.doc[j] if j >= 0 and not ctx.quoted[j] else None
        if name is not None and name.text[:1].isupper() and name.pos_ in ("PROPN", "NOUN"):
            return name
    return None


def _followed_by_whose(token: Token) -> bool:
    """Whether ', whose' follows ``token`` ('Hale, whose company ...')."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "whose"


def _antecedent_of_relative_clause(token: Token) -> Token | None:
    """'Levine, who gave money to Marco Rubio, said': a name inside a 'who' clause is not the
    one speaking; the person the clause describes, or None when the token is in no such clause."""
    for verb in token.ancestors:
        if verb.dep_ == "relcl" and verb.head.ent_type_ == "PERSON" and verb.head.i < token.i \
                and any(c.dep_ in _SUBJECT_DEPS and c.lower_ in ("who", "whom", "whose") for c in verb.children):
            return verb.head
    return None


_ASIDE_TOKENS = 4  # 'Simon Patel, for the defence, said'
_DESCRIPTION_ASIDE_TOKENS = 8  # 'Steven Warren, a military spokesman in Baghdad, said'


def _name_before_aside(comma: Token, ctx: _Context) -> Token | None:
    """'In mitigation, Simon Patel, defending, said': a person's name set off from the cue by
    a short aside between commas, which the parse hung elsewhere, or by a longer description
    of the person ('Col. Steven H. Warren, a military spokesman in Baghdad, said'); else None."""
    doc, i = comma.doc, comma.i
    if comma.text != ",":
        return None
    opening = next((k for k in range(i - 1, max(-1, i - 2 - _DESCRIPTION_ASIDE_TOKENS), -1) if doc[k].text == ","), None)
    if opening is None or opening == i - 1 or opening == 0 or any(ctx.quoted[k] for k in range(opening - 1, i)):
        return None
    aside = doc[opening + 1:i]
    if len(aside) > _ASIDE_TOKENS and not (aside[0].lower_ in ("a", "an", "the") and any(personish(t) for t in aside)):
        return None
    name = doc[opening - 1]
    if name.ent_type_ != "PERSON" or any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in doc[opening + 1:i]):
        return None
    return name


def mention_span(head: Token, ctx: _Context) -> Span:
    """The noun phrase around a speaker head: titles and names, no appositions
    (but the name itself when the head is a role noun: "the economist Alan Brooks")."""
    speaker = _verb_read_as_noun(head)
    if speaker is not head and not ctx.quoted[head.left_edge.i]:
        return head.doc[head.left_edge.i:speaker.i + 1]  # 'the foundation' of 'the foundation predicts'
    head = _titled_person_after(_named_apposition(_past_title_abbreviation(head, ctx), ctx), ctx)
    head = _speaker_before_of(_person_ending_role(head, ctx), ctx)
    left = head.left_edge.i if is_age(head) else head.i  # 'the 45-year-old'
    for child in reversed(list(head.lefts)):
        if child.dep_ in _NP_LEFT_DEPS and not ctx.quoted[child.left_edge.i]:
            left = min(left, child.left_edge.i)
        elif not _inner_hyphen(child):  # 'the front-runner': the parse hangs '-' on 'runner'
            break
    right = head.i
    for child in head.rights:
        if child.dep_ in _NP_RIGHT_DEPS and child.i == right + 1:
            right = child.right_edge.i
        else:
            break
    doc = head.doc
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and head.ent_iob_ in ("B", "I"):
        ent = ctx.ent_of_token.get(head.i)
        if ent is not None and not any(ctx.quoted[i] for i in range(ent.start, ent.end)):
            left, right = min(left, ent.start), max(right, ent.end - 1)
    while left >= 2 and doc[left - 1].text in ("-", "‐") and not doc[left - 2].whitespace_ \
            and not doc[left - 1].whitespace_ and doc[left - 2].text[:1].isupper():
        left -= 2  # 'Sanwo-Olu': a hyphenated name the parse split
    para_start = ctx.text.rfind("\n", 0, head.idx) + 1
    text_start = past_dateline(ctx.text, para_start)
    text_start = text_start if text_start <= head.idx else para_start
    while left < head.i and (doc[left].is_punct or ctx.quoted[left] or doc[left].idx < text_start
                             or doc[left].is_space):
        left += 1
    return doc[left:right + 1]


def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a word, with no space on either side ('front-runner')."""
    return token.text in ("-", "‐") and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_


def _past_title_abbreviation(head: Token, ctx: _Context) -> Token:
    """'Navy Capt. Jeff Davis' split after 'Capt': the name after the title's full stop."""
    doc = head.doc
    if head.lower_ not in TITLES or head.i + 2 >= len(doc) or doc[head.i + 1].text != ".":
        return head
    ent = ctx.ent_of_token.get(head.i + 2)
    if ent is None or ent.label_ != "PERSON" or ent.start != head.i + 2 or ctx.quoted[ent.start]:
        return head
    return doc[ent.end - 1]


def _cues_in(ctx: _Context, start: int, end: int) -> list[Token]:
    return [ctx.doc[i] for i in ctx.token_range(start, end)
            if not ctx.quoted[i] and is_cue(ctx.doc[i])]


def _is_naming(cue: Token, head: Token | None) -> bool:
    """'what glaciologists call the “summer balance”', 'a group called “X”'."""
    if cue.lemma_.lower() not in _NAMING_VERBS and cue.lower_ != "known":
        return False
    if cue.tag_ == "VBN" and cue.dep_ in ("acl", "amod"):
        return True  # "a group called “Friends”"
    if cue.i > 0 and cue.doc[cue.i - 1].lower_ in ("so", "-") and cue.doc[max(0, cue.i - 2)].lower_ == "so":
        return True  # so-called
    # "what glaciologists call": a term of a trade, not someone's words.
    return head is None or (head.pos_ == "NOUN" and head.tag_ in ("NNS",) and not head.ent_type_)


def attribute(article: ArticleModel, sieves: Sequence[str] = DEFAULT_SIEVES) -> list[RawAttribution]:
    """Return one :class:`RawAttribution` per quote span of ``article``, in order.

    ``sieves`` names the rules of :data:`SIEVES` to try, in order; a quote none
    of them decides is attributed from its context (the paragraph, the quote
    before it).
    """
    unknown = [name for name in sieves if name not in SIEVES]
    if unknown:
        raise ValueError(f"unknown attribution sieves {unknown}; known: {sorted(SIEVES)}")
    rules = [SIEVES[name] for name in sieves]
    ctx = _Context(article)
    results: list[RawAttribution] = []
    for span in article.spans:
        result = next((r for r in (rule(ctx, span) for rule in rules) if r is not None), None)
        if result is None:
            result = _by_context(ctx, span, results)
        results.append(result)
    return _drop_headline_repeats(ctx, _drop_repeated_pull_quotes(ctx, _share_within_long_quotes(results)))


def _drop_headline_repeats(ctx: _Context, results: list[RawAttribution]) -> list[RawAttribution]:
    """"‘We will not back down’: Nurses strike" above '“We will not back down,” said Maria Santos':
    a quote in the headline whose words a quote in the body says again is the story's title
    repeating that quote (often cut short or In Title Case), not a second quote; the body's
    quote is the one kept.  A headline quote the body never repeats keeps its speaker."""
    if not _has_headline(ctx):
        return results
    body = None  # every body quote's words, joined once when the headline holds a quote
    for i, r in enumerate(results):
        if r.span.paragraph != 0 or not r.speech:
            continue
        if body is None:
            body = _joined_words(ctx, [b.span for b in results if b.span.paragraph > 0 and b.speech])
        said = ctx.words_of(r.span)
        if said and f" {said} " in body:
            results[i] = RawAttribution(r.span, None, None, "headline_repeat", speech=False)
    return results


def _has_headline(ctx: _Context) -> bool:
    """Whether the first paragraph is a headline (a .txt article's first line is its title, as
    saved pages and feeds are read): a line of a few words above more paragraphs, not a lede."""
    return len(ctx.paragraphs) > 1 and len(ctx.text[slice(*ctx.paragraphs[0])].split()) <= _SUBHEADING_WORDS


_PULL_QUOTE_REACH = 12  # quotes either side a pull quote repeats (near it; never the whole article: quadratic)
_PULL_QUOTE_WORDS = 5  # fewer words repeated near by may be chance ('We will win')
_PULL_QUOTE_PARAGRAPHS = 4  # a subheading or pull quote stands this near the paragraph it repeats
_REPEAT_MIN_WORDS = 2  # a quoted subheading of two to four words repeats a quote anywhere in the story
# a subheading repeating a quote gets a speaker only by these guesses, which it must not keep
_GUESSED_FROM_CONTEXT = frozenset({"continuation", "introduced_speaker"})


def _drop_repeated_pull_quotes(ctx: _Context, results: list[RawAttribution]) -> list[RawAttribution]:
    """A paragraph that is only a quotation nobody is credited with, repeating words quoted
    and credited near it ('‘We got there just in time’' as a subheading above the paragraph
    that quotes it), or, when short, anywhere in the story ('‘A tough decision.’' heading a
    section): page furniture, not a second quote."""
    credited = {j for j, r in enumerate(results) if r.mention is not None and r.method not in _GUESSED_FROM_CONTEXT}
    everywhere = None  # every credited quote's words, joined once when a short subheading needs them
    for i, r in enumerate(results):
        if i in credited or not _quote_is_paragraph(ctx, r.span):
            continue
        words = ctx.words_of(r.span)
        count = len(words.split())
        if count < _PULL_QUOTE_WORDS:
            if everywhere is None and count >= _REPEAT_MIN_WORDS:
                everywhere = _joined_words(ctx, [results[j].span for j in sorted(credited)])
            repeated = count >= _REPEAT_MIN_WORDS and f" {words} " in everywhere
        else:
            near = range(max(0, i - _PULL_QUOTE_REACH), min(len(results), i + _PULL_QUOTE_REACH + 1))
            repeated = any(j != i and j in credited
                           and 0 < abs(results[j].span.paragraph - r.span.paragraph) <= _PULL_QUOTE_PARAGRAPHS
                           and words in ctx.words_of(results[j].span) for j in near)
        if repeated:
            results[i] = RawAttribution(r.span, None, None, "repeated_quote", speech=False)
    return results


def _joined_words(ctx: _Context, spans: list[QuoteSpan]) -> str:
    """The words of ``spans`` in one string, space-padded and apart, so that f" {words} " in it
    says whether one of them holds ``words`` (searched once, not quote by quote)."""
    return " " + " | ".join(ctx.words_of(s) for s in spans) + " "


def _quote_is_paragraph(ctx: _Context, span: QuoteSpan) -> bool:
    """Whether the quote is all its paragraph holds (but marks and a full stop)."""
    start, end = ctx.paragraphs[span.paragraph]
    return ctx.text[start:end].strip(_QUOTE_MARKS + ".") == ctx.text[span.start:span.end].strip(_QUOTE_MARKS + ".")


_CUE_METHODS = frozenset({"cue_after", "cue_before", "colon_lead_in", "according_to", "cue_far", "transcript_label",
                          "dash_credit", "dash_label", "colon_name"})


def _share_within_long_quotes(results: list[RawAttribution]) -> list[RawAttribution]:
    """The paragraphs of one long quote share the speaker a cue gave any of them."""
    chains: list[list[int]] = []
    for i, r in enumerate(results):
        if r.span.continues_previous and chains:
            chains[-1].append(i)
        else:
            chains.append([i])
    for chain in chains:
        if len(chain) < 2:
            continue
        # Each segment takes the nearest cue-attributed segment before it (a new
        # transcript label or cue starts a new turn), else the first one after it.
        anchored = [i for i in chain if results[i].method in _CUE_METHODS and results[i].mention is not None]
        if not anchored:
            continue
        for i in chain:
            r = results[i]
            if r.method in _CUE_METHODS and r.mention is not None:
                continue
            before = [j for j in anchored if j < i]
            source = results[before[-1] if before else anchored[0]]
            results[i] = RawAttribution(r.span, source.mention, source.cue, "continuation")
    return results


_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "to", "at", "of"})


def _by_colon_name(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'Guterres: ‘The world is running out of time’': a bare name and a colon before the quote,
    or a person named last in a lead-in without a cue."""
    b_start, b_end = _window_before(ctx, span)
    lead = ctx.text[b_start:b_end].rstrip()
    if not lead.endswith(":"):
        return None
    label = _capitalised_label(ctx, b_start, b_start + len(lead) - 1)
    if label is not None:
        return RawAttribution(span, label, None, "colon_name")
    # '... doesn't surprise pollster Daron Shaw: “...”', '... - Pew Research: “...”': a name
    # right before the colon, with no cue in the sentence (the cue sieve ran first)
    colon = b_start + len(lead) - 1
    ent = next((e for e in ctx.ents if e.end_char == colon and not ctx.quoted[e.start]), None)
    if ent is None:
        return None
    dash = max((t.i for t in ent if t.text in DASHES), default=None)  # 'turnout - Pew Research'
    name = ctx.doc[dash + 1:ent.end] if dash is not None else ent
    if not len(name) or not (ent.label_ == "PERSON" or ent.label_ == "ORG" and (
            dash is not None or ent.start > 0 and ctx.doc[ent.start - 1].text in DASHES)):
        return None
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in _NOT_SPEAKER_PREPOSITIONS:
        return None  # 'a blunt message to Trump: “...”': who is spoken to; 'celebrated it on Twitter:' where
    return RawAttribution(span, name, None, "colon_name")


# a name after these before a colon is whom or where one speaks, not who ('from Pelosi:' may be)
_NOT_SPEAKER_PREPOSITIONS = frozenset({"to", "at", "toward", "towards", "on", "in", "about", "against"})
# ' - Carl Bialik:', ' — Pew Research:': a dash, up to five capitalised words (linked by 'of'/'for'/'and'), a colon
_DASH_LABEL_RE = re.compile(r"\s[-–—]+\s+(?P<name>[A-Z][\w.’'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w.’'&-]*)){0,4}):$")


def _by_dash_label(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'Pollsters agree - Carl Bialik: “...”', 'Online panels skew engaged - Pew Research: “...”':
    a name set off by a dash right before the colon opening the quote cites whose words
    follow (a newsletter's way of quoting its sources), whatever verb comes before the dash."""
    b_start, b_end = _window_before(ctx, span)
    lead = ctx.text[b_start:b_end].rstrip()
    m = _DASH_LABEL_RE.search(lead)
    if m is None:
        return None
    name = ctx.doc.char_span(b_start + m.start("name"), b_start + m.end("name"), alignment_mode="contract")
    if name is None or not len(name) or any(ctx.quoted[t.i] for t in name):
        return None
    return RawAttribution(span, name, None, "dash_label")


def _by_link_line(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'READ MORE: “We will rebuild,” says mayor': a line pointing to another story quotes
    that story's headline, not speech in this one."""
    p_start, p_end = ctx.paragraphs[span.paragraph]
    m = _LINK_LABEL_RE.match(ctx.text, p_start, p_end) or _LINK_LABEL_RE.fullmatch(
        ctx.text[span.start:span.end].strip(_QUOTE_MARKS))  # (or the label itself in quotes: '“Related:”')
    if m is None or " ".join(m.group(1).lower().split()) not in LINK_LABELS:
        return None
    return RawAttribution(span, None, None, "link_line", speech=False)


_DASH_FRAMED_RE = re.compile(r"\s*[-–—]\s.{1,80}\s[-–—]\.?\s*")


def _by_dash_framed_line(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'– ‘We’re alive’ –': a short line framed in dashes is a subheading (a news agency's
    style); a quote on it repeats or sums up the story, it is not speech in it."""
    p_start, p_end = ctx.paragraphs[span.paragraph]
    if not _DASH_FRAMED_RE.fullmatch(ctx.text, p_start, p_end):
        return None
    return RawAttribution(span, None, None, "dash_framed_line", speech=False)


def _by_colon_subject(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'Dunn is more blunt: “...”', 'Dunn took to Twitter with this: “...”': a lead-in
    ending in a colon and naming no cue speaks for the person it is about (its subject)."""
    b_start, b_end = _window_before(ctx, span)
    lead = ctx.text[b_start:b_end].rstrip()
    if not lead.endswith(":"):
        return None
    subjects = [ctx.doc[i] for i in ctx.token_range(b_start, b_start + len(lead))
                if ctx.doc[i].dep_ in _SUBJECT_DEPS and not ctx.quoted[i]
                and (ctx.doc[i].pos_ in ("PROPN", "PRON") or ctx.doc[i].ent_type_ in ("PERSON", "ORG")
                     or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in ctx.doc[i].children))
                and ctx.doc[i].lower_ not in _IMPERSONAL]  # 'Her deputy, Alan Ross, is more blunt:'
    speaker = subjects[0] if subjects else _giver_of_words(ctx, b_start, b_start + len(lead))
    if speaker is None:
        return None
    return RawAttribution(span, mention_span(speaker, ctx), None, "colon_subject")


# nouns for someone's words (data/claim_nouns.txt) and for the words given in reply or advice
_LEAD_NOUNS = CLAIM_NOUNS | frozenset("""advice answer assessment conclusion diagnosis explanation message point
position reaction reply response retort verdict view words""".split())


def _giver_of_words(ctx: _Context, start: int, end: int) -> Token | None:
    """'His verdict: “...”', 'The message from Dr. Amara Osei is simple: “...”': in a lead-in
    whose subject is a noun for words given, whose words they are (the possessor, or the
    person after 'from' or 'of'); else None."""
    for i in ctx.token_range(start, end):
        noun = ctx.doc[i]
        if ctx.quoted[i] or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _LEAD_NOUNS \
                or noun.dep_ not in _SUBJECT_DEPS + ("ROOT",):
            continue
        giver = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
            giver = giver or next((o for o in prep.children if o.dep_ == "pobj"), None)
        if giver is not None:
            named = next((c for c in giver.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            giver = named or giver
            return giver if _can_speak(giver) else None
    return None


def _window_after(ctx: _Context, span: QuoteSpan) -> tuple[int, int]:
    end = min(ctx.sentence_end(span.close_end), ctx.paragraphs[span.paragraph][1])
    next_quote = ctx.next_quote_start(span.close_end)
    if next_quote is not None:
        end = min(end, next_quote)
    return span.close_end, end


def _window_before(ctx: _Context, span: QuoteSpan) -> tuple[int, int]:
    start = ctx.sentence_start(span.open_at)
    return start, span.open_at


# Verbs whose object is a work: 'wrote “The Quiet Ward”', 'starred in “Night Bus”'.
_CREATION_VERBS = frozenset("""wrote write writes written co-wrote authored penned published publishes
released releases directed directs produced recorded records starred stars""".split())


_POSSESSIVE_END_RE = re.compile(r"([\w&.-]+)['’]s?\s*$")


def _names_a_work(ctx: _Context, span: QuoteSpan) -> bool:
    """“The Tortured Poets Department” after 'new album', “The Quiet Ward” after 'wrote', “Meet
    the Press” after 'NBC’s': a title, not speech (a colon before it would introduce speech:
    'she wrote: “...”')."""
    if not _looks_like_title(ctx.text[span.start:span.end]):
        return False
    lead = ctx.text[max(0, span.open_at - 40):span.open_at]
    outlet = _POSSESSIVE_END_RE.search(lead)
    if outlet is not None and fold(outlet.group(1)) in MEDIA_NAMES:
        return True  # a programme or column of a news outlet: 'told ABC's “Good Morning America.”'
    before = re.findall(r"[\w’'-]+", lead.lower())
    if set(before[-3:]) & WORK_NOUNS:
        return True
    created = before[-1:] == ["in"] and before[-2:-1] and before[-2] in _CREATION_VERBS or \
        before[-1:] and before[-1] in _CREATION_VERBS
    return bool(created) and not lead.rstrip().endswith((":", ","))


def _by_cue(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """A speech verb near the quote whose subject names the speaker: after it ('“...,” Duda
    said'), before it ('Duda said “...”'), further on, or in a colon lead-in paragraph."""
    if _names_a_work(ctx, span) or nickname_inside_name(ctx.text, span.open_at, span.close_end):
        return RawAttribution(span, None, None, "unattributed", speech=False)  # a title; 'Frank “Smokey” Dunmore'
    candidates, windows = _cue_candidates(ctx, span)
    b_start, b_end = windows["cue_before"]
    first_unattributed: Token | None = None
    for cue, method in candidates:
        if _passive_participle(cue) and not (_named_subject_before_colon(ctx, cue, span)
                                             or _named_subject_right_after(ctx, cue, span)):
            continue  # "when questioned", "asked about": the listener's side
        if _while_someone_spoke(ctx, cue, span):
            continue
        weak = cue.lemma_.lower() in WEAK_VERBS
        right_after = (method == "cue_after" and not re.search(r"\w", ctx.text[span.close_end:cue.idx])) or (
            method == "cue_sentence_end" and not re.search(r"\w", ctx.text[windows[method][0]:cue.idx])) or (
            method in ("cue_before", "colon_lead_in") and _inverted_lead(ctx, cue, span))
        head = speaker_head(cue, ctx, windows[method], allow_inverted=right_after)
        if _is_naming(cue, head):
            return RawAttribution(span, None, cue, "unattributed", speech=False)
        if head is None and cue.tag_ not in _PARTICIPLES and (
                method == "cue_after" and not right_after or
                method == "cue_far" and _NAME_THEN_APPOSITION_RE.match(ctx.text, span.close_end)):
            head = _first_noun_in(ctx, span.close_end, cue.idx)
        if head is None:
            if not weak and first_unattributed is None:
                first_unattributed = cue
            continue
        if weak and method == "cue_far":
            continue
        if cue.lower_ in ("according", "words"):
            method = "according_to"
        elif method == "cue_before" and ctx.text[b_start:b_end].rstrip().endswith(":"):
            method = "colon_lead_in"
        if method == "cue_far" and _looks_like_title(ctx.text[span.start:span.end]):
            return RawAttribution(span, None, None, "unattributed", speech=False)
        return RawAttribution(span, mention_span(head, ctx), cue, method)
    return _cue_without_speaker(ctx, span, first_unattributed) if first_unattributed is not None else None


def _cue_candidates(ctx: _Context, span: QuoteSpan) -> tuple[list[tuple[Token, str]], dict[str, tuple[int, int]]]:
    """Cues to try in order, each with the rule it would be ('cue_after', 'cue_before',
    'cue_far', 'colon_lead_in'), and the window each rule looks for a speaker in."""
    a_start, a_end = _window_after(ctx, span)
    b_start, b_end = _window_before(ctx, span)
    after = _cues_in(ctx, a_start, a_end)
    narrated_before = re.search(r"\w", ctx.text[b_start:b_end]) is not None  # words of its sentence before the quote
    # after a longer quote opening its sentence, a cue whose subject comes first is right after it
    long_opening = not narrated_before and len(ctx.words_of(span).split()) >= _SUBJECT_AFTER_QUOTE_WORDS
    near_after = [c for c in after if sum(1 for i in ctx.token_range(a_start, c.idx)
                                          if not ctx.doc[i].is_punct) <= _AFTER_NEAR_TOKENS
                  or long_opening and _subject_opens_window(ctx, c, span)]
    if not _ends_like_attribution(ctx, span) or _led_in_and_next_led_in(ctx, span, a_end):
        near_after = []
    windows = {"cue_after": (a_start, a_end), "cue_far": (a_start, a_end), "cue_before": (b_start, b_end)}
    candidates: list[tuple[Token, str]] = [(c, "cue_after") for c in near_after]
    before = _cues_in(ctx, b_start, b_end)
    before += [v for v in [_judging_verb(ctx, span)] if v is not None and v not in before and b_start <= v.idx]
    candidates += [(c, "cue_before") for c in _order_before_cues(ctx, span, sorted(before, key=lambda t: t.i))]
    introduced = _colon_lead(ctx, span)  # 'Hart took to Instagram with this: “...”'
    if ctx.next_quote_start(a_end) != a_end and not introduced:
        # A cue in a sentence cut short by the next quote introduces that quote, not this one;
        # after a quote that ends its sentence, one with a clause of its own reports that.
        continued = ctx.text[span.end - 1:span.end] == "." and _quote_before_in_paragraph(ctx, span)
        told = ctx.text[span.end - 1:span.end] == "." and narrated_before
        candidates += [(c, "cue_far") for c in after if c not in near_after
                       and not (continued and (_reports_own_clause(ctx, c, (a_start, a_end))
                                               or _sources_own_clause(ctx, c)))
                       and not (told and _new_sentence_subject(ctx, c, span))]
    tail = _attribution_tail(ctx, span)
    if tail is not None:
        windows["cue_sentence_end"] = tail
        candidates += [(c, "cue_sentence_end") for c in _cues_in(ctx, *tail)]
    # A paragraph ending in a colon introduces the quote that opens the next one.
    if span.open_at == ctx.paragraphs[span.paragraph][0] and span.paragraph > 0 and not span.continues_previous:
        p_start, p_end = ctx.paragraphs[span.paragraph - 1]
        if ctx.text[p_end - 1] == ":":
            windows["colon_lead_in"] = (ctx.sentence_start(p_end - 1), p_end)
            lead = _cues_in(ctx, *windows["colon_lead_in"])
            candidates += [(c, "colon_lead_in") for c in reversed(lead)]
    return candidates, windows


def _subject_opens_window(ctx: _Context, cue: Token, span: QuoteSpan) -> bool:
    """'“Korea is a threat to all of us,” the independent Vermont senator and presidential
    candidate told ABC': the cue's subject, however long, is the first thing after the quote
    (the caller asks only after a quote of _SUBJECT_AFTER_QUOTE_WORDS or more that opens its
    sentence: not after a title, '“Fox News Sunday,” Pence, the nominee, said')."""
    first = next((ctx.doc[i] for i in ctx.token_range(span.close_end, cue.idx) if not ctx.doc[i].is_punct), None)
    return first is not None and any(c.dep_ == "nsubj" and c.left_edge.i == first.i for c in cue.children)


_SUBJECT_AFTER_QUOTE_WORDS = 5  # a shorter quote may be a title or a nickname


def _judging_verb(ctx: _Context, span: QuoteSpan) -> Token | None:
    """'the Pike campaign rejected the idea as “ludicrous”', 'Hale mocked the ad as a
    “stunt”': the verb whose object the quote, after 'as', describes is its subject's
    description of it (None when the quote is no such 'as' phrase)."""
    inside = list(ctx.token_range(span.start, span.end))
    as_word = next((a for a in ctx.doc[inside[0]].ancestors if a.lower_ == "as" and a.dep_ == "prep"), None) \
        if inside else None
    if as_word is None or ctx.quoted[as_word.i] or any(t.dep_ not in ("det", "amod", "punct") and not ctx.quoted[t.i]
                                                       for t in ctx.doc[as_word.i + 1:inside[0]]):
        return None  # not 'as the Torch in the “Fantastic Four” film'
    verb = as_word.head.head if as_word.head.dep_ == "dobj" else as_word.head
    if verb.lemma_.lower() not in JUDGING_VERBS and not is_cue(verb) or verb.dep_ == "relcl" \
            or ctx.quoted[verb.i] or not any(c.dep_ == "dobj" for c in verb.children):
        return None  # (a relative clause's 'as' is most often the parser's slip)
    # whose description: a subject of its own, or the clause's a participle hangs on
    return verb if verb.dep_ == "advcl" or _has_subject(verb) else None


def _led_in_and_next_led_in(ctx: _Context, span: QuoteSpan, a_end: int) -> bool:
    """'Clinton replies to Mills with, “Why now?” Mills writes back, “You look cute.”': the
    quote follows a lead-in with a cue and a comma or colon, and the clause after it leads
    into the next quote: each clause introduces the quote after it."""
    return ctx.next_quote_start(a_end) == a_end and _led_in_by_cue(ctx, span)


_TAIL_WORDS = 14  # '..., said Ana Ruiz, who farms near Leeds.'


def _attribution_tail(ctx: _Context, span: QuoteSpan) -> tuple[int, int] | None:
    """'The plan is “reckless” and “cruel,” said Ana Ruiz.': the words after the last quote of
    the sentence (or after its last comma), when a short clause set off by a comma, credit
    every quote of it."""
    end = ctx.sentence_end(span.close_end)
    i = bisect.bisect_left(ctx.span_starts, span.close_end)
    later = [q for q in ctx.spans[i:] if q.open_at < end]
    if not later or later[-1].paragraph != span.paragraph or ctx.text[span.end - 1:span.end] == ".":
        return None  # '“I hoped for more.” “It is weak,” said Ana Cruz.': the quote ended its own sentence
    last, start = later[-1], later[-1].close_end
    set_off = ctx.text[last.start:last.end].rstrip(" '’").endswith(",") or ctx.text[start:end].lstrip().startswith(",")
    if not set_off:  # '... the “firepower” they need to win, spokesman Neil Ross said.'
        comma = ctx.text.rfind(",", start, end)
        if comma < 0:
            return None
        start = comma + 1
    words = re.findall(r"\w+", ctx.text[start:end])
    return (start, end) if 0 < len(words) <= _TAIL_WORDS else None


def _cue_without_speaker(ctx: _Context, span: QuoteSpan, cue: Token) -> RawAttribution:
    """A cue whose speaker the parse does not give: the subject governing the quote, else none."""
    subject = _governing_subject(ctx, span)
    title = _looks_like_title(ctx.text[span.start:span.end])
    if subject is not None and not (title and _between(ctx, span, subject, cue)):
        return RawAttribution(span, mention_span(subject, ctx), cue, "sentence_subject")
    speaker = _speaker_of_sentence_before(ctx, cue)
    if speaker is not None:
        return RawAttribution(span, mention_span(speaker, ctx), cue, "cue_participle")
    name = _bare_name_after(ctx, cue)
    if name is not None:
        return RawAttribution(span, name, cue, "cue_after" if cue.idx > span.start else "cue_before")
    return RawAttribution(span, None, cue, "cue_no_speaker", speech=not title)


def _bare_name_after(ctx: _Context, cue: Token) -> Span | None:
    """'“...,” said Skelly, explaining ...' with the name tagged an adverb: the capitalised
    words right after the cue, up to a comma or the sentence's end; else None."""
    doc, j = ctx.doc, cue.i + 1
    while j < len(doc) and j - cue.i <= 3 and doc[j].is_alpha and doc[j].text[:1].isupper() \
            and not doc[j].is_stop and not ctx.quoted[j] and doc[j].ent_type_ not in ("DATE", "TIME", "GPE"):
        j += 1
    if j == cue.i + 1 or j < len(doc) and doc[j].text not in (",", ".", ";"):
        return None
    return doc[cue.i + 1:j]


def _speaker_of_sentence_before(ctx: _Context, cue: Token) -> Token | None:
    """'Maher said the report “wasn't good.” Adding, “...”': a participle opening a sentence
    with no subject goes on from the sentence before; the subject of that sentence's speech
    verb, else None."""
    start = ctx.sentence_start(cue.idx)
    if cue.tag_ != "VBG" or re.search(r"\w", ctx.text[start:cue.idx].replace("And", "").replace("and", "")):
        return None
    before = [ctx.doc[i] for i in ctx.token_range(ctx.sentence_start(max(0, start - 1)), start)]
    verbs = [t for t in before if t.dep_ == "ROOT" and is_cue(t) and not ctx.quoted[t.i]]
    subject = next((c for v in verbs for c in v.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject if subject is not None and _personlike(subject) else None


def _between(ctx: _Context, span: QuoteSpan, subject: Token, cue: Token) -> bool:
    """Whether the quote lies between the subject and the cue ('Lee, star of “Scandal,”
    thanked'): words describing the subject, not words it says."""
    inside = ctx.token_range(span.start, span.end)
    return len(inside) > 0 and subject.i < inside[0] and inside[-1] < cue.i


def _passive_participle(cue: Token) -> bool:
    """'when questioned', 'he was told': the listener's side (not 'was spoken by the mayor', nor
    'Two analysts, Hale and Lutz, found that ...', a past tense the parse read as a participle
    on the noun before it: a participle of a noun takes no 'that' clause)."""
    if cue.tag_ != "VBN" or cue.lemma_.lower() in ("quote", "report", "cite") or _by_phrases(cue):
        return False
    if cue.dep_ == "acl" and any(c.dep_ == "ccomp" and marked_by(c, ("that",)) for c in cue.children):
        return False
    return any(c.dep_ == "auxpass" for c in cue.children) or (
        cue.dep_ in ("advcl", "acl", "amod") and not _has_subject(cue))


def _named_subject_before_colon(ctx: _Context, cue: Token, span: QuoteSpan) -> bool:
    """'Her opponent, Brian Sato, posted on X: “...”': a participle the parse hung on a named
    person (a reduced relative clause) whose words end at the colon opening the quote is
    that person's verb, not a passive ('Sato, asked about it, said: “...”' has its own cue)."""
    head = cue.head
    if cue.dep_ != "acl" or head.i >= cue.i or not (head.ent_type_ == "PERSON" or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)):
        return False
    rest = ctx.text[cue.right_edge.idx + len(cue.right_edge):span.open_at]
    return rest.strip() == ":"


def _named_subject_right_after(ctx: _Context, cue: Token, span: QuoteSpan) -> bool:
    """'“...!” Murphy, the head of the PAC, tweeted on Friday': a participle the parse hung on
    the named person who opens the sentence right after the quote is that person's verb (not
    one a listener's side takes: '“Why?” Murphy, asked about it, shrugged')."""
    head = cue.head
    if cue.dep_ != "acl" or head.i >= cue.i or head.ent_type_ != "PERSON" or cue.lemma_.lower() in _ADDRESSEE_VERBS:
        return False
    return not ctx.text[span.close_end:head.left_edge.idx].strip(" ,")


def _inverted_lead(ctx: _Context, cue: Token, span: QuoteSpan) -> bool:
    """'Said Ellis: “...”': a cue opening its sentence, the speaker after it."""
    return cue.idx == ctx.sentence_start(cue.idx) or ctx.text[cue.idx + len(cue):span.open_at].rstrip().endswith(":")


def _ancestors_within_clause(ctx: _Context, span: QuoteSpan, cues: list[Token]) -> list[Token]:
    """The words outside quotes that govern the quote's first word, nearest first, up to the
    clause that has a speaker of its own."""
    inside = list(ctx.token_range(span.start, span.end))
    ancestors: list[Token] = []
    below = ctx.doc[inside[0]] if inside else None
    for a in below.ancestors if below is not None else ():
        if not ctx.quoted[a.i] and not (below.dep_ == "conj" and a in cues and _says_for_its_subject(below, cues)):
            ancestors.append(a)  # ('was asked about it and said “...”': the verb before 'and' does not govern)
        own_subject = _has_subject(a)
        if a.dep_ in ("conj", "parataxis") and a in cues and own_subject:
            break  # "a woman asked for a photo and Clinton said, “...”": the conjunct's own
        if a.dep_ == "pcomp" and a.head.lower_ in ("with", "without") and _noun_subject(a):
            break  # '..., with Lutz taking to Twitter to call it “...”': the absolute clause's own
        if a.dep_ == "advcl" and not ctx.quoted[a.i] and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                                                             for c in a.children):
            # "Clinton asks as a guard walks in, saying he is “...”"; "Hale suggested that ...,
            # while Pike said that the “...”" (what a cue reports, not 'agreed to make a “...”')
            if a not in cues or below.dep_ in ("ccomp", "dobj"):
                break
        below = a
    return ancestors


def _order_before_cues(ctx: _Context, span: QuoteSpan, cues: list[Token]) -> list[Token]:
    """'in the words of X' first; then cues that govern the quote (outermost first), then the
    rest nearest first; within each, speech verbs before weak ones ("believe", "call")."""
    ancestors = _ancestors_within_clause(ctx, span, cues)
    governing = [a for a in reversed(ancestors) if a in cues]
    # "Swanson praised Graham, who vowed ... “...”": a relative clause's cue speaks for it.
    # "..., which an internal review said was “...”": so does one with a subject of its own.
    relative = [k for k, c in enumerate(governing) if _relative_with_speaker(c)]
    # 'The paper described what she called “the white death”': a free relative's cue with a
    # subject of its own names its speaker's words.
    free = [c for c in governing if c.lemma_.lower() in _NAMING_VERBS and any(
        ch.dep_ == "dobj" and ch.lower_ == "what" for ch in c.children) and any(
        ch.dep_ in _SUBJECT_DEPS and (ch.tag_ == "PRP" or ch.pos_ == "PROPN") for ch in c.children)]  # not 'some'
    relative += [governing.index(c) for c in free]
    if relative:
        governing = governing[max(relative):] + governing[:max(relative)]
    # "Obama said it would tell a story, “...”": an 'it' subject yields to an outer cue.
    impersonal = [c for c in governing if any(ch.dep_ in _SUBJECT_DEPS and ch.lower_ in _IMPERSONAL
                                              for ch in c.children)]
    governing = [c for c in governing if c not in impersonal] + impersonal
    # 'Ruiz cannot say that “...,” Hale added, saying “...”': a cue whose own subject follows
    # an earlier quote is a new attribution the parse hung on the cue of that quote
    after_quote = [c for c in governing[1:] if _subject_after_quote(ctx, c, governing[0])]
    governing = after_quote + [c for c in governing if c not in after_quote]
    rest = [c for c in reversed(cues) if c not in governing]

    innermost = next((a for a in ancestors if a in cues), None)

    def weak(t: Token) -> bool:  # (a free relative's cue stays first: 'what she called “...”')
        return t.lemma_.lower() in WEAK_VERBS and not (
            t in governing and not free and _names_its_own_speaker(t, t is innermost))
    # 'Dale said his daughter was, in the words of an aide, “the heir”': whose words, named;
    # 'As Whitlock put it in a memo to staff explaining the deal, “...”': whose words, by 'as'
    words_of = [t for t in cues if t.lower_ == "words"] + _cue_of_colon_clause(ctx, span, cues) \
        + [t for t in cues if _as_clause_on_quote(ctx, t, span)]
    governing, rest = [t for t in governing if t not in words_of], [t for t in rest if t not in words_of]
    return (words_of + [t for t in governing if not weak(t)] + [t for t in rest if not weak(t)]
            + [t for t in governing if weak(t)] + [t for t in rest if weak(t)])


def _as_clause_on_quote(ctx: _Context, cue: Token, span: QuoteSpan) -> bool:
    """'As Whitlock put it, “...”': the cue of an 'as' clause with a subject of its own, hung
    on a word of the quote, says whose words the quote is."""
    return cue.dep_ == "advcl" and span.start <= cue.head.idx < span.end and _has_subject(cue) \
        and marked_by(cue, ("as",))


def _subject_after_quote(ctx: _Context, cue: Token, outer: Token) -> bool:
    """Whether ``cue``'s named or pronoun subject stands after a quote that follows ``outer``."""
    return any(s.dep_ == "nsubj" and s.pos_ in ("PROPN", "PRON") and not ctx.quoted[s.i]
               and any(ctx.quoted[k] for k in range(outer.i + 1, s.i)) for s in cue.children)


def _names_its_own_speaker(cue: Token, innermost: bool) -> bool:
    """A weak cue ('call', 'describe') that governs the quote and names who speaks, so it
    counts as a speech verb: a conjunct or a participle with a subject of its own ('and Pike
    calling it a “...”', 'with Pike calling it'), a relative clause a name speaks ('the plan,
    which Reyes called'), or a name's main verb of naming with no other cue nearer the quote
    ('Lutz described it as “...”'; not '..., after she blamed it on “...”')."""
    lemma = cue.lemma_.lower()
    clause = cue.head if cue.tag_ == "VB" and cue.dep_ in ("xcomp", "advcl") else cue  # 'taking to Twitter to call'
    if clause.dep_ in ("conj", "pcomp"):
        return _noun_subject(clause)
    if cue.dep_ == "ROOT":
        return innermost and (lemma in _NAMING_VERBS or lemma == "describe") and _named_subject(cue)
    return lemma in _NAMING_VERBS and _named_subject(cue) and _relative_with_speaker(cue)


def _says_for_its_subject(conjunct: Token, cues: list[Token]) -> bool:
    """A speech verb ('and said'), not a weak one ('and called for'), sharing the subject
    of the verb it is coordinated with."""
    return conjunct in cues and conjunct.lemma_.lower() not in WEAK_VERBS and not _has_subject(conjunct)


def _has_subject(verb: Token) -> bool:
    """The verb has a subject of its own in the parse."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _noun_subject(verb: Token) -> bool:
    """The verb's own subject is a noun or a name ('with Lutz taking'), not a pronoun."""
    return any(c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _relative_with_speaker(cue: Token) -> bool:
    """'Graham, who vowed ... “...”', 'the plan, which Tom Reyes called “a disgrace”': a
    relative clause's cue whose subject is who/that or a name; or a noun or a personal pronoun
    when a relative pronoun opens the clause ('the plan, which an audit said was “...”', 'which
    she called “...”'; not 'at which point the crowd chanted', nor 'officers he has spoken with',
    nor the writer's scorn in 'candidates who think they can “outsource” it')."""
    if cue.dep_ != "relcl":
        return False
    subjects = [ch for ch in cue.children if ch.dep_ in _SUBJECT_DEPS]
    if any(ch.lower_ in ("who", "that") or ch.pos_ == "PROPN" for ch in subjects):
        return True
    opener = cue.left_edge
    return opener.lower_ in RELATIVE_PRONOUNS and opener.dep_ != "pobj" and any(
        ch.pos_ == "NOUN" or ch.lower_ in _PERSONAL_SUBJECTS for ch in subjects)


_PERSONAL_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})  # not 'you' nor 'one': anyone


def _named_subject(verb: Token) -> bool:
    """The verb's subject is a name ('which Tom Reyes called'), not 'who' or 'they'."""
    return any(ch.dep_ in _SUBJECT_DEPS and ch.pos_ == "PROPN" for ch in verb.children)


_WHILE_MARKS = frozenset({"as", "while", "when"})
_ACTIVITY_CUES = frozenset({"speak", "talk", "testify", "lecture"})  # speaking, with no words of their own


def _while_someone_spoke(ctx: _Context, cue: Token, span: QuoteSpan) -> bool:
    """'As Hale spoke, the League was whipping lawmakers against “...”': a clause of time whose
    verb only says someone was speaking, hung on a clause with a subject of its own that holds
    the quote, reports none of its words."""
    head = cue.head
    return cue.lemma_.lower() in _ACTIVITY_CUES and cue.dep_ == "advcl" \
        and marked_by(cue, _WHILE_MARKS) \
        and not span.start <= head.idx < span.end and any(c.dep_ in _SUBJECT_DEPS for c in head.children) \
        and not any(span.start <= t.idx < span.end for t in cue.subtree)


def _cue_of_colon_clause(ctx: _Context, span: QuoteSpan, cues: list[Token]) -> list[Token]:
    """'Whitfield said as a protester shouted: “...”', '..., who responds:': the cue of a clause
    with its own subject that ends at the colon introducing the quote (not the outer cue of
    the sentence)."""
    if not cues or not ctx.text[max(0, span.open_at - 8):span.open_at].rstrip().endswith(":"):
        return []
    last = cues[-1]
    own_subject = _noun_subject(last)
    marked = marked_by(last, _WHILE_MARKS)
    # '..., Bundy says to Santilli, who responds: “...”': a relative clause's cue as well
    who = next((c for c in last.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    relative = last.dep_ == "relcl" and who is not None and _who_antecedent(who, last.head, ctx).ent_type_ == "PERSON"
    return [last] if (last.dep_ == "advcl" and marked and own_subject or relative) and len(cues) > 1 else []


def _first_noun_in(ctx: _Context, start: int, end: int) -> Token | None:
    """'“...,” Flynn, a top surrogate, said': the noun phrase opening the gap."""
    for i in ctx.token_range(start, end):
        t = ctx.doc[i]
        if ctx.quoted[i] or t.is_punct or t.is_space:
            continue
        if t.pos_ in ("PROPN", "PRON", "NOUN") and t.ent_type_ not in _NOT_SPEAKER_ENTS:
            while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.idx < end:
                t = t.head
            return t
        if t.pos_ not in ("DET", "ADJ", "ADV"):
            return None
    return None


def _named_apposition(head: Token, ctx: _Context) -> Token:
    """'the economist Alan Brooks': prefer the name next to the role noun."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return head
    before = _name_before_description(head, ctx)
    if before is not None:
        return before
    for child in head.rights:
        if child.dep_ == "appos" and not ctx.quoted[child.i] and (
                (child.ent_type_ in ("PERSON", "ORG") and child.i - head.i <= 3)
                or (child.ent_type_ == "PERSON" and child.i - head.i <= 12)) and not one_name_for_a_group(head, child):
            return child  # "A spokesman for the United Nations, Stephane Dujarric, said"
    return head


def _name_before_description(head: Token, ctx: _Context) -> Token | None:
    """'Tolliver, a former sheriff, accused ...' parsed with the description as the subject
    and the name as an adverb: the capitalised word opening the sentence before a description
    set off by commas is the one described; else None."""
    doc, first = head.doc, head.left_edge.i
    if first < 2 or doc[first].lower_ not in ("a", "an", "the") or doc[first - 1].text != "," \
            or head.i + 1 >= len(doc) or doc[head.i + 1].text != "," or ctx.quoted[first - 2]:
        return None
    name, start = doc[first - 2], first - 2
    while start > 0 and first - 2 - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and not doc[start - 1].is_stop:
        start -= 1  # 'Mark Tolliver, a former sheriff, ...'
    opens = not ctx.text[ctx.sentence_start(doc[start].idx):doc[start].idx].strip()
    return name if opens and name.text[:1].isupper() and name.is_alpha and not name.is_stop \
        and name.ent_type_ not in _NOT_SPEAKER_ENTS and name.dep_ not in _SUBJECT_DEPS else None


def _titled_person_after(head: Token, ctx: _Context) -> Token:
    """'The Council on American-Islamic Relations Executive Director Nihad Awad says': an
    organisation's name, a title and a person's name as one phrase; the person speaks."""
    ranked = _person_after_rank(head, ctx)
    if ranked is not None:
        return ranked
    if head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC"):
        return head
    end = head.right_edge.i
    ent = ctx.ent_of_token.get(end)
    if ent is None or ent.label_ != "PERSON" or ent.end - 1 != end or ent.start <= head.i or ctx.quoted[ent.start]:
        return head
    if any(t.is_punct and t.text not in "-–" or t.pos_ in ("VERB", "AUX") for t in ctx.doc[head.i:ent.start]):
        return head  # 'Senator Mark Kirk, Republican of Illinois, ...': not one phrase
    title = ctx.doc[ent.start - 1]
    if title.lower_.rstrip(".") not in TITLES and title.lower_ not in ROLE_NOUNS:
        return head
    return ctx.doc[end]


_ROLE_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "CCONJ", "DET"})


def _person_ending_role(head: Token, ctx: _Context) -> Token:
    """'said Oversight ranking Democrat Elijah Cummings (D-Md.)', 'said former Pennsylvania Gov.
    and party Chairman Ed Rendell': a role of several words the parse took for the speaker,
    ending in a person's name; the person speaks."""
    if head.ent_type_ == "PERSON" or head.pos_ not in ("PROPN", "NOUN"):
        return head
    doc = head.doc
    for k in range(head.i + 1, min(len(doc), head.i + 12)):
        person = ctx.ent_of_token.get(k)
        if person is not None and person.label_ == "PERSON" and person.start == k and not ctx.quoted[k]:
            end = person.end  # 'Stu Burguiere' with only 'Stu' tagged (a no-break space between)
            while end < len(doc) and not ctx.quoted[end] and (
                    doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                    or doc[end].is_space and "\n" not in doc[end].text and end + 1 < len(doc)
                    and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper()):
                end += 1
            # the name ends the phrase: at a stop, or at the verb the role is the subject of
            ends = end == len(doc) or doc[end].is_punct or doc[end].is_space or (
                end == head.head.i > head.i and head.text[:1].isupper())  # not 'Attorneys for Clinton said'
            return doc[end - 1] if ends else head
        t = doc[k]
        if ctx.quoted[k] or not (t.pos_ in _ROLE_PHRASE_POS or t.dep_ in ("amod", "compound") or t.lower_ in ("for", "of")
                                 and k + 1 < len(doc) and doc[k + 1].is_lower
                                 or t.text == "." and doc[k - 1].lower_ in TITLES):  # 'Vice President for news'
            return head
    return head


def _verb_read_as_noun(head: Token) -> Token:
    """'a trend that the foundation predicts will continue': a speech verb the parser read as
    a noun with the speaker as its compound; the speaker (else ``head``)."""
    if head.pos_ != "NOUN" or not head.lower_.endswith("s") or not is_speech_verb_form(head.lower_):
        return head
    return next((c for c in reversed(list(head.lefts)) if c.dep_ == "compound"), head)


def _speaker_before_of(head: Token, ctx: _Context) -> Token:
    """'said spokesman Paul Dowd of Health Minister Alan Reid': the parse makes the second
    name the subject; the first, whom 'of' tells what he spoke about, speaks."""
    ent = ctx.ent_of_token.get(head.i)
    if ent is None or ent.label_ != "PERSON":
        return head
    doc, k = head.doc, ent.start - 1
    while k > 0 and not ctx.quoted[k] and (doc[k].lower_ in TITLES or doc[k].pos_ == "PROPN" and k not in ctx.ent_of_token):
        k -= 1  # 'Health Minister'
    before = ctx.ent_of_token.get(k - 1) if k > 0 and doc[k].lower_ == "of" else None
    if before is None or before.label_ != "PERSON" or before.end != k or ctx.quoted[k - 1]:
        return head
    return doc[k - 1]


def _person_after_rank(head: Token, ctx: _Context) -> Token | None:
    """'said Air Force 1st Lt. Tyler Livingston', 'said Army Sgt. Ana Cruz': a service's name
    (the tagger may run it into the rank's ordinal), a rank and a person."""
    org = ctx.ent_of_token.get(head.i)
    if org is not None and org.label_ in ("ORG", "GPE", "NORP", "FAC"):
        start = org.end
    elif org is None and head.lower_.rstrip(".") in TITLES:
        start = head.i  # the rank itself, cut from 'Army Sgt'
    else:
        return None
    k = start
    while k < len(ctx.doc) and k - start < 5 and k not in ctx.ent_of_token and (
            ctx.doc[k].lower_.rstrip(".") in TITLES or ctx.doc[k].text == "." and k > start):  # 'Lt' '.'
        k += 1
    if k == start or k + 1 >= len(ctx.doc):
        return None
    if k not in ctx.ent_of_token and ctx.doc[k].text[:1].isupper():
        k += 1  # 'Ana' of 'Ana Cruz', left out by the tagger
    person = ctx.ent_of_token.get(k)
    if person is None or person.label_ != "PERSON" or person.start != k:
        return None
    return ctx.doc[person.end - 1]


_LABEL_RE = re.compile(r"([A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s")
_DASH_CREDIT_RE = re.compile(r"[\s,.]*[―—–-]{1,2}\s*(?=[A-Z])")


def _by_label(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """Transcripts: “PENCE: Well, look, ...” names its speaker inside the quote."""
    m = _LABEL_RE.match(ctx.text, span.start, span.end)
    if not m:
        return None
    tokens = [ctx.doc[i] for i in ctx.token_range(m.start(1), m.end(1))]
    if not tokens:
        return None
    return RawAttribution(span, ctx.doc[tokens[0].i:tokens[-1].i + 1], None, "transcript_label")


def _by_claim_owner(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'blamed the media for Trump's claim that Obama “founded ISIS”', 'the claim by Pike that
    he had “lied”', 'Pike's tweet calling him “a fraud”': a quote in the clause of a noun for
    something said or written is the words of whoever owns the noun, not of the sentence's
    subject."""
    inside = [ctx.doc[i] for i in ctx.token_range(span.start, span.end)]
    part = next((t for t in inside if t.head.i == t.i or not span.start <= t.head.idx < span.end), None)
    for _ in range(4):
        if part is None or part.head.i == part.i:
            break
        noun = part.head
        lemma = noun.lemma_.lower()
        said = lemma in CLAIM_NOUNS or lemma in DOCUMENT_NOUNS and part.tag_ == "VBG"  # 'her tweet calling him'
        if noun.pos_ == "NOUN" and said and part.dep_ in _CLAIM_PARTS and noun.i < inside[0].i:
            owner = None if _names_a_work(ctx, span) else _claim_owner(noun, ctx)
            return None if owner is None else RawAttribution(span, mention_span(owner, ctx), None, "claim_owner")
        part = noun if noun.pos_ in ("VERB", "AUX", "ADP") else None  # (up through 'subjected to “...”')
    noun = _claim_noun_before_that(ctx, inside[0]) if inside else None
    owner = _claim_owner(noun, ctx) if noun is not None and not _names_a_work(ctx, span) else None
    owner = owner or (_owner_around(ctx, span) if inside else None)
    return None if owner is None else RawAttribution(span, mention_span(owner, ctx), None, "claim_owner")


def _owner_around(ctx: _Context, span: QuoteSpan) -> Token | None:
    """'Hale's “no new taxes” pledge', 'his “tough on crime” promise': a quote between a
    possessor and the claim noun it modifies is the possessor's words."""
    doc = ctx.doc
    before = [i for i in ctx.token_range(max(0, span.open_at - 8), span.open_at) if not doc[i].is_quote]
    after = [i for i in ctx.token_range(span.close_end, span.close_end + 2)]
    if not before or not after:
        return None
    noun, last = doc[after[0]], doc[before[-1]]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    if last.tag_ == "POS" and last.i > 0 and doc[last.i - 1].pos_ == "PROPN" and not ctx.quoted[last.i - 1]:
        return doc[last.i - 1]
    return last if last.lower_ in ("his", "her", "their") else None


def _claim_noun_before_that(ctx: _Context, first: Token) -> Token | None:
    """'stood by his comment Monday that “Islam hates us”' with the clause hung on the verb: the
    claim noun just before the 'that' opening the quote's clause (a date may sit between)."""
    doc, j = ctx.doc, first.i - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j < 1 or doc[j].lower_ != "that" or ctx.quoted[j]:
        return None
    k = j - 1
    while k >= 0 and doc[k].ent_type_ in ("DATE", "TIME") and j - k <= 3:
        k -= 1
    noun = doc[k] if k >= 0 else None
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in CLAIM_NOUNS else None


# how a quote's clause hangs on the noun: 'claim that ...', 'tweet calling ...'; not a phrase
# ('Trump's call for a “deportation force”' is as often the words of whoever criticises it)
_CLAIM_PARTS = frozenset({"acl", "ccomp", "relcl"})


def _claim_owner(noun: Token, ctx: _Context) -> Token | None:
    """Who owns a claim: its possessor ('Trump's'), the one after 'by' or 'from' ('the claim by
    Pike', 'comments from Leon Panetta that ...'), or a name after 'of' ('the contention of Ana
    Ruiz that ...'; not 'the claim of innocence')."""
    for child in noun.children:
        if child.dep_ == "poss" and not ctx.quoted[child.i] and child.tag_ != "POS":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            owner = next((o for o in child.children if o.dep_ == "pobj" and not ctx.quoted[o.i]), None)
            if child.lower_ != "of" or owner is not None and owner.pos_ == "PROPN":
                return owner
    return None


def _by_dash_credit(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """“...” ― Sonya Herridge: a name credited after a dash (not a reporter's sign-off after a
    sentence whose own cue reports the quote: 'Rajoy insisted his party was “...”--Kim Lee.')."""
    if not span.closed:
        return None
    p_end = ctx.paragraphs[span.paragraph][1]
    m = _DASH_CREDIT_RE.match(ctx.text, span.close_end, p_end)
    if not m and not ctx.text[span.close_end:p_end].strip() and span.paragraph + 1 < len(ctx.paragraphs):
        # "- Sanders." as a paragraph of its own after the quote.
        p_end = ctx.paragraphs[span.paragraph + 1][1]
        m = _DASH_CREDIT_RE.match(ctx.text, ctx.paragraphs[span.paragraph + 1][0] - 1, p_end)
        if m and len(ctx.text[m.end():p_end]) > 60:
            m = None
    if not m or _cues_in(ctx, *_window_before(ctx, span)):
        return None
    name = [ctx.doc[i] for i in ctx.token_range(m.end(), p_end)]
    run = []
    for t in name:
        if t.pos_ in ("PROPN",) or (t.text[:1].isupper() and t.is_alpha) or (run and t.text == "."):
            run.append(t)
        else:
            break
    if not run or len(run) > 6:
        return None
    return RawAttribution(span, ctx.doc[run[0].i:run[-1].i + 1], None, "dash_credit")


def _governing_subject(ctx: _Context, span: QuoteSpan) -> Token | None:
    """The subject of the nearest verb outside the quote that governs it, unless that is no
    person and a verb further up has one ('He implied that scout leaders should be “...”');
    a named body is one ('though the farm group Fuel Iowa is “confident ...,” she ...')."""
    subjects = _governing_subjects(ctx, span)
    if subjects and subjects[0].dep_ == "pobj" and subjects[0].head.lower_ == "to":
        return subjects[0]  # 'To Sharp, Trump is the “...” man': whose view (see _point_of_view)
    if subjects and subjects[0].lemma_.lower() in ORG_NOUNS and any(
            c.dep_ == "appos" and (c.pos_ == "PROPN" or c.is_title) for c in subjects[0].children):
        return subjects[0]
    return next((s for s in subjects if _personlike(s)), subjects[0] if subjects else None)


# A relative clause on an object or complement describes someone; the one describing is the speaker.
_DESCRIBED_DEPS = frozenset({"dobj", "pobj", "attr", "oprd"})


def _governing_subjects(ctx: _Context, span: QuoteSpan) -> list[Token]:
    """Subjects of the verbs outside the quote that govern it, nearest first; someone an
    object describes (the antecedent of a relative clause on an object) after all others."""
    inside = list(ctx.token_range(span.start, span.end))
    if not inside:
        return []
    b_start, _ = _window_before(ctx, span)
    _, a_end = _window_after(ctx, span)
    token, found, described, content = ctx.doc[inside[0]], [], [], []
    for _ in range(12):
        if token.head.i == token.i:
            break
        token, via = token.head, token
        if ctx.quoted[token.i] or not b_start <= token.idx < a_end or token.pos_ not in ("VERB", "AUX"):
            continue
        found.extend(v for v in [_point_of_view(ctx, token)] if v is not None and b_start <= v.idx)
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS and not ctx.quoted[child.i] and b_start <= child.idx < a_end:
                if child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                    # 'portrayed him as an executive who would be “...”': the one described, last
                    (described if token.head.dep_ in _DESCRIBED_DEPS else found).append(token.head)
                elif child.dep_ == "nsubjpass" and _names_its_subject(token, via):
                    found.extend(_agents(token))  # 'Hale was said to be “furious”': the one spoken of
                elif child.pos_ in ("PRON", "PROPN", "NOUN") and child.lower_ not in ("it", "this", "that", "there"):
                    child = _past_dateline(ctx, child, span.start)
                    # 'the commission recognized that a court should settle it — “...”': a that-clause's
                    # subject is what the words are about; the one who holds them comes first
                    (content if _reported_clause_of_subject(token) else found).append(_sayer_of(child) or child)
    return found + content + described


def _point_of_view(ctx: _Context, verb: Token) -> Token | None:
    """'To Sharp, Hale is the “kind and caring” man': whose view a sentence opening with 'To
    X,' gives (the name or pronoun X), else None."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or ctx.text[ctx.sentence_start(to.idx):to.idx].strip():
        return None
    seen = next((c for c in to.children if c.dep_ == "pobj" and not ctx.quoted[c.i]), None)
    if seen is None or seen.i + 1 >= len(ctx.doc) or ctx.doc[seen.i + 1].text != ",":
        return None
    return seen if seen.pos_ == "PROPN" or seen.lower_ in ("him", "her", "them") or personish(seen) else None


def _reported_clause_of_subject(verb: Token) -> bool:
    """``verb`` heads a 'that' clause of a verb with a subject of its own ('recognized that a
    court should settle')."""
    return verb.dep_ == "ccomp" and marked_by(verb, ("that",)) \
        and any(c.dep_ in _SUBJECT_DEPS for c in verb.head.children)


_CHARACTERISING_VERBS = _NAMING_VERBS | {"say", "describe", "know", "characterize", "characterise", "portray",
                                         "depict", "deem", "rumor", "rumour", "consider", "regard"}


def _names_its_subject(verb: Token, via: Token) -> bool:
    """A passive verb that says what its subject is, with the quote as that description ('was
    said to be “furious”', 'is described as “a fighter”', 'was dubbed “the fixer”'); not one
    that reports the subject's words ('was quoted as saying “...”', 'was asked, “...”')."""
    if verb.lemma_.lower() not in _CHARACTERISING_VERBS:
        return False
    return via.dep_ == "oprd" or via.dep_ == "prep" and via.lower_ == "as" and not any(
        t.pos_ == "VERB" for t in via.subtree) or via.dep_ == "xcomp" and via.lemma_ == "be"


def _agents(verb: Token) -> list[Token]:
    """Who a passive verb says did it ('described as “a fighter” by her aides' -> aides)."""
    by = [t for t in verb.subtree if t.i > verb.i and (t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by")]
    return [o for c in by[:1] for o in c.children if o.dep_ == "pobj"]  # the parse may hang 'by' on the quote


_SAYING_NOUNS = frozenset("""argument claim comment complaint contention message point position promise
remark response retort view warning words""".split())


def _sayer_of(noun: Token) -> Token | None:
    """'Podliska’s main claim is that ...', 'her message was ...': the possessor of a noun for
    something said is the one who says it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SAYING_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)


def _personlike(token: Token) -> bool:
    """A name of a person, he/she/I/we, a noun for a person ('the senator'), or the one whose
    words they are ('Podliska’s claim')."""
    return (token.ent_type_ == "PERSON" or token.lower_ in ("he", "she", "i", "we", "his", "her") or personish(token)
            or token.dep_ == "poss" and token.head.lemma_.lower() in _SAYING_NOUNS)


def _looks_like_title(text: str) -> bool:
    """“Shark Tank”, “The Wall Street Journal”: short and in title case."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    small = {"a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "with", "by", "or"}
    big = [w for w in words if w.lower() not in small]
    return 0 < len(words) <= 7 and bool(big) and all(w[0].isupper() for w in big)


def _as_clause_reports(after: str) -> bool:
    """'as the host Dana Pryor said', 'as Ruiz put it': an 'as' clause whose verb, a few words
    on after a subject, is a speech verb (not 'as Ruiz arrived')."""
    words = re.match(r"[^,.;:!?“”\"]*", after).group().split()[:8]
    for k in range(2, len(words)):
        verb, subject = words[k].lower(), words[1:k]
        if is_speech_verb_form(verb) or verb == "put" and words[k + 1:k + 2] == ["it"]:
            return any(w[:1].isupper() for w in subject) or subject[-1].lower() in ("he", "she", "they")
    return False


def _ends_like_attribution(ctx: _Context, span: QuoteSpan) -> bool:
    """“...,” he said / “...?” she asked / “...” — said X: the words after name the speaker."""
    inner_end = ctx.text[span.end - 1] if span.end > span.start else ""
    after = ctx.text[span.close_end:span.close_end + 40]
    stripped = after.lstrip(" ,")
    if not stripped:
        return False
    first_word = re.match(r"[\w’']+", stripped)
    if first_word and first_word.group().lower() == "as" and _as_clause_reports(stripped):
        return True  # '“...,” as the host Dana Pryor said in April'
    if first_word and first_word.group().lower() in ("and", "but", "or", "because", "as", "while", "which", "that",
                                                        "to", "for", "in", "on", "with", "from", "of", "if", "when",
                                                        "so", "then", "than", "though", "although", "until",
                                                        "unless", "after", "before", "since", "once", "whereas",
                                                        "even", "despite", "whether", "where", "not"):
        return False
    begun_before = re.search(r"\w", ctx.text[ctx.sentence_start(span.open_at):span.open_at]) is not None
    if inner_end.isalnum() and begun_before and _governed_from_before(ctx, span):
        return False  # 'She is noting the “kind of problems” Sanders had': a phrase her verb governs
    if inner_end in "?!" and begun_before and _led_in_by_cue(ctx, span):
        return False  # 'Reyes shot back: “Who cares?” Critics said ...': the lead-in's; the next sentence's own
    if inner_end in ".":
        # 'Prince Harry said “it is good to be back.” The Duchess did not speak': a quote that
        # closes a sentence begun before it is that sentence's; the next one is another's.
        if begun_before:
            return False
        # “... done.” Russia insisted “...”: the next sentence speaks for its own quote.
        a_start, a_end = _window_after(ctx, span)
        cut_by_quote = ctx.next_quote_start(a_end) == a_end
        words = len(re.findall(r"\w+", ctx.text[a_start:a_end]))
        return not cut_by_quote and words <= 8 and not (
            _quote_before_in_paragraph(ctx, span) and _reports_its_own_content(ctx, a_start, a_end))
    return True


def _led_in_by_cue(ctx: _Context, span: QuoteSpan) -> bool:
    """The quote's sentence leads into it with a cue and a colon or comma ('Reyes shot back:')."""
    start, end = _window_before(ctx, span)
    return ctx.text[start:end].rstrip().endswith((":", ",")) and bool(_cues_in(ctx, start, end))


def _governed_from_before(ctx: _Context, span: QuoteSpan) -> bool:
    """A speech verb before the quote, in its sentence, governs it in the parse."""
    inside = list(ctx.token_range(span.start, span.end))
    start = ctx.sentence_start(span.open_at)
    return bool(inside) and any(not ctx.quoted[a.i] and start <= a.idx < span.open_at and is_cue(a)
                                for a in ctx.doc[inside[0]].ancestors)


def _quote_before_in_paragraph(ctx: _Context, span: QuoteSpan) -> bool:
    """Another quote opens the paragraph before this one: this one may continue it."""
    i = bisect.bisect_left(ctx.span_starts, span.open_at)
    return i > 0 and ctx.spans[i - 1].paragraph == span.paragraph


def _reports_its_own_content(ctx: _Context, start: int, end: int) -> bool:
    """'“Measles is back,” Tedros said. “... vaccinated.” The WHO said cases had doubled.':
    after a quote that continues an earlier one, a next sentence whose cues each have a
    clause of their own to report does not credit it ('She further announced that ...'
    after a lone quote still does)."""
    cues = _cues_in(ctx, start, end)
    return bool(cues) and all(_reports_own_clause(ctx, cue, (start, end)) for cue in cues)


def _new_sentence_subject(ctx: _Context, cue: Token, span: QuoteSpan) -> bool:
    """'... pivoting to a “rigged economy.” Ana Ruiz struggled to answer ...': the cue has a
    subject of its own opening the sentence after the quote's, so it tells a new event (the
    caller asks only when the quote's sentence had narrative words of its own before it)."""
    verb = cue.head if cue.dep_ == "xcomp" else cue  # 'Ruiz struggled to answer'
    return any(c.dep_ in _SUBJECT_DEPS and not ctx.quoted[c.i] and span.close_end <= c.idx < verb.idx
               and c.left_edge.idx <= ctx.sentence_start(c.idx) + 1 for c in verb.children)


def _reports_own_clause(ctx: _Context, cue: Token, window: tuple[int, int]) -> bool:
    """The cue has an unquoted content clause after it inside ``window`` ('said cases had
    doubled'; not 'he operates differently, he said')."""
    return any(c.dep_ == "ccomp" and c.i > cue.i and not ctx.quoted[c.i] and c.idx < window[1] for c in cue.children)


def _sources_own_clause(ctx: _Context, cue: Token) -> bool:
    """'Hale said he would have fired him, according to press reports': an 'according to'
    on a verb with an unquoted subject of its own sources that clause, not a quote before."""
    verb = cue.head
    return cue.lower_ == "according" and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _SUBJECT_DEPS and not ctx.quoted[c.i] for c in verb.children)


def _quote_only(ctx: _Context, span: QuoteSpan) -> bool:
    """True when the quote's sentence has no narrative words of its own."""
    b_start, b_end = _window_before(ctx, span)
    a_start, a_end = _window_after(ctx, span)
    narrative = ctx.text[b_start:b_end] + ctx.text[a_start:a_end]
    return not re.search(r"\w", narrative)


def _whole_sentence(ctx: _Context, span: QuoteSpan) -> bool:
    """The quote is a sentence of its own ('“I'd rather ...” That quote from ...')."""
    b_start, b_end = _window_before(ctx, span)
    return ctx.text[span.end - 1:span.end] in (".", "!", "?") and not re.search(r"\w", ctx.text[b_start:b_end])


def _by_context(ctx: _Context, span: QuoteSpan, done: list[RawAttribution]) -> RawAttribution:
    previous = next((r for r in reversed(done) if r.speech), None)
    if previous is not None:
        if span.continues_previous and previous.span.paragraph == span.paragraph - 1:
            return RawAttribution(span, previous.mention, previous.cue, "continuation")
        if previous.span.paragraph == span.paragraph and previous.mention is not None:
            return _turn_taken_between(ctx, previous, span) or _another_person_governs(ctx, previous, span) \
                or RawAttribution(span, previous.mention, previous.cue, "same_paragraph")
    after = _attribution_after(ctx, span) if _quote_only(ctx, span) or _whole_sentence(ctx, span) else None
    if after is not None:
        return after
    headline = _headline_speaker(ctx, span)
    if headline is not None:
        return RawAttribution(span, headline, None, "headline")
    quoted_text = ctx.text[span.start:span.end]
    reported = _reported_speech_goes_on(ctx, span)  # 'Perez says women feel guilty. “They feel ...”'
    if reported is not None:
        return reported
    if not _quote_only(ctx, span):
        subject = _governing_subject(ctx, span)
        if subject is not None and not _looks_like_title(quoted_text):
            return RawAttribution(span, mention_span(subject, ctx), None, "sentence_subject")
    answer = _answer_to_written_question(ctx, span) if _quote_only(ctx, span) else None
    if answer is not None and (previous is None or previous.span.paragraph < span.paragraph - 1):
        return answer
    if _quote_only(ctx, span) and (previous is None or previous.mention is None) and span.paragraph > 0:
        # A quote-only paragraph after narrative that names who is about to speak.
        lead_start = ctx.paragraphs[span.paragraph - 1][0]
        introduced = _introduced_speaker(ctx, lead_start, span.open_at)
        if introduced is not None:
            return RawAttribution(span, mention_span(introduced, ctx), None, "introduced_speaker")
    if _quote_only(ctx, span) and previous is not None and previous.mention is not None:
        gap = ctx.text[previous.span.close_end:span.open_at]
        reply = _reply_to_question(ctx, previous, span) or _next_turn(ctx, done, span)
        if reply is not None:
            return reply
        if span.paragraph - previous.span.paragraph <= 2 and not re.search(r"\w", _strip_quotes(
                ctx, previous.span.close_end, span.open_at)):
            return RawAttribution(span, previous.mention, previous.cue, "continuation")
        introduced = _introduced_speaker(ctx, previous.span.close_end, span.open_at)
        if introduced is not None and len(gap) < 1200:
            return RawAttribution(span, mention_span(introduced, ctx), None, "introduced_speaker")
        if span.paragraph - previous.span.paragraph <= 2:
            return RawAttribution(span, previous.mention, previous.cue, "continuation")
    if previous is not None and previous.mention is not None and span.paragraph - previous.span.paragraph <= 2 \
            and _adverbial_lead_in(ctx, span):
        return RawAttribution(span, previous.mention, previous.cue, "continuation")  # 'Then, later on TV: “...”'
    # a sentence no one is credited with, standing alone or after a colon ('a threat few keep: “...!”')
    sentence = _quote_only(ctx, span) or _colon_lead(ctx, span) and quoted_text.rstrip(" \"'”’").endswith((".", "!", "?"))
    return RawAttribution(span, None, None, "unattributed", speech=len(quoted_text.split()) > 4 and sentence)


def _turn_taken_between(ctx: _Context, previous: RawAttribution, span: QuoteSpan) -> RawAttribution | None:
    """'“...,” Ebeling said, and her husband cut in. “...”': a sentence between two quotes of a
    paragraph whose cue has a speaker of its own hands the next quote to that speaker."""
    if previous.cue is None or previous.mention is None:
        return None
    start = ctx.sentence_start(span.open_at)
    cues = [c for c in _cues_in(ctx, max(previous.span.close_end, ctx.sentence_start(start - 1)), start)
            if c.lemma_.lower() not in WEAK_VERBS and any(s.dep_ == "nsubj" for s in c.children) and (
                c.head.i == previous.cue.i and c.dep_ == "conj"  # '..., Ebeling said, and her husband cut in.'
                or c.dep_ == "ROOT" and ctx.sentence_start(c.idx) > ctx.sentence_start(previous.span.close_end))]
    if not cues or re.search(r"\w", ctx.text[start:span.open_at]):
        return None
    head = speaker_head(cues[-1], ctx, (previous.span.close_end, start))
    if head is None or head.pos_ == "PRON" or previous.mention.start <= head.i < previous.mention.end \
            or any(c.dep_ == "neg" for c in cues[-1].children):
        return None  # a pronoun may be the same speaker; 'He didn't suggest' says nothing
    return RawAttribution(span, mention_span(head, ctx), cues[-1], "cue_before")


def _another_person_governs(ctx: _Context, previous: RawAttribution, span: QuoteSpan) -> RawAttribution | None:
    """'“...,” Carson said. And Rubio, after a video on the “clash of civilizations,” changed
    plans': words quoted inside a sentence whose subject is another named person are that
    person's, not the paragraph's last speaker's."""
    if _quote_only(ctx, span) or _whole_sentence(ctx, span) or _looks_like_title(ctx.text[span.start:span.end]):
        return None
    subjects = _governing_subjects(ctx, span)  # the nearest only: 'While Trump is “...”, Clinton is' is Trump's
    subject = subjects[0] if subjects else None
    if subject is None or previous.mention.start <= subject.i < previous.mention.end:
        return None
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") and _named_subject_before(ctx, subject, previous):
        return RawAttribution(span, mention_span(subject, ctx), None, "sentence_subject")
    return None


def _named_subject_before(ctx: _Context, pronoun: Token, previous: RawAttribution) -> bool:
    """'Meanwhile, Pike endorsed the deal, although she made it clear that she has “...”': a
    person named as a subject earlier in the pronoun's sentence, not the last speaker, whom
    the pronoun may mean instead."""
    return any(ctx.doc[i].ent_type_ == "PERSON" and ctx.doc[i].dep_ in _SUBJECT_DEPS and not ctx.quoted[i]
               and not previous.mention.start <= i < previous.mention.end
               for i in ctx.token_range(ctx.sentence_start(pronoun.idx), pronoun.idx))


# A paragraph that opens by crediting the quote-only paragraph before it.
_CREDIT_AFTER_RE = re.compile(
    r"(?:(?:Or )?[Ss]o )?(?:says|said|writes|wrote|insists|insisted)\s+"
    r"|(?:That|This|Such) (?:was|is) the (?:word|words|message|view|verdict|warning|advice) (?:of|from)\s+"
    r"|(?:That|This|The) (?:word|words|message|view|verdict|warning|advice|assessment) (?:came|comes) from\s+"
    r"|(?:That|This|The) (?:quote|quip|line|remark|comment|words|warning|verdict) (?:from|by)\s+"
    r"|(?:That|This)(?: is|'s|’s| was) how\s+|(?:Those|These) (?:are|were) the words of\s+")


def _attribution_after(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'“We have never seen floods like this.” / So says Jonas Weber, who ...': a quote-only
    sentence credited by the opening words of the next sentence, or of the next paragraph when
    it ends its own (a pull quote); 'That quote from Tom Krebs appeared ...', 'That is how
    Ann Cole, a farmer, describes the mood'."""
    if ctx.paragraphs[span.paragraph][1] > span.close_end + 2:
        start = span.close_end + len(ctx.text[span.close_end:]) - len(ctx.text[span.close_end:].lstrip())
    elif span.paragraph + 1 < len(ctx.paragraphs):
        start = ctx.paragraphs[span.paragraph + 1][0]
    else:
        return None
    m = _CREDIT_AFTER_RE.match(ctx.text, start)
    if m is None:
        return None
    end = ctx.sentence_end(m.end())
    # 'from fire chief Lydia Kerr', 'from Berg’s colleague, Jonas Holm': the person credited,
    # past a possessor whose colleague or aide it is
    names = [e for e in ctx.ents if m.end() <= e.start_char < end and e.label_ in ("PERSON", "ORG")]
    ent = next((e for e in names if not ctx.text.startswith(("’s", "'s"), e.end_char)), None)
    before = re.sub(r"\S+[’']s\b", "", ctx.text[m.end():ent.start_char]) if ent is not None else ""
    if ent is None or ctx.quoted[ent.start] or not all(
            w.islower() or w.lower() in TITLES for w in before.replace(",", " ").split()):
        return None
    nxt = next((e for e in names if e.start >= ent.end), None)
    if ent.label_ == "ORG" and nxt is not None and nxt.label_ == "PERSON" and all(
            w.lower().rstrip(".") in TITLES for w in ctx.text[ent.end_char:nxt.start_char].split()):
        ent = nxt  # 'from Alabama Securities Commissioner Thomas Krebs': the person, not the office
    return RawAttribution(span, ctx.doc[ent.start:ent.end], None, "credit_after")


def _reported_speech_goes_on(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'This makes it harder, he said. Good information can still win, but only when “the
    truth is sexier.”': a quote in a sentence with no cue of its own, right after a sentence
    of the same paragraph that ends in a speech cue, goes on with that speaker; so does a
    quote opening a sentence with no subject of its own after a sentence of reported speech
    ('Perez says women feel guilty. “They feel like a bad mom.”')."""
    start = ctx.sentence_start(span.open_at)
    if start <= ctx.paragraphs[span.paragraph][0]:
        return None
    previous_start = ctx.sentence_start(start - 1)
    cues = [c for c in _cues_in(ctx, previous_start, start) if c.lemma_.lower() not in WEAK_VERBS]
    if not cues:
        return None
    cue = cues[-1]
    opens = not re.search(r"\w", ctx.text[start:span.open_at]) and _governing_subject(ctx, span) is None
    if not opens and re.search(r"\w", ctx.text[cue.idx + len(cue):start]) and not re.match(
            r"\s*(?:on \w+day|in an? \w+|to reporters)?\W*$", ctx.text[cue.idx + len(cue):start]):
        return None  # the cue introduces its own sentence's words, not ours
    head = speaker_head(cue, ctx, (previous_start, start))
    if head is None or head.pos_ not in ("PROPN", "PRON"):
        return None
    return RawAttribution(span, mention_span(head, ctx), cue, "reported_speech")


def _reply_to_question(ctx: _Context, previous: RawAttribution, span: QuoteSpan) -> RawAttribution | None:
    """'Pierce asked Grady: “Will you run?” / “Not this year.”': a quote-only paragraph right
    after a question someone asked a named person is that person's answer (a turn)."""
    question = ctx.text[previous.span.start:previous.span.end].rstrip(" ,”\"'’")
    cue = previous.cue
    if not question.endswith("?") or cue is None or cue.lemma_.lower() != "ask" \
            or span.paragraph != previous.span.paragraph + 1 \
            or ctx.text[ctx.paragraphs[span.paragraph][0]:span.open_at].strip():
        return None  # (narrative opening the paragraph tells who speaks next, not the question)
    asked = [c for c in cue.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON")
             and not ctx.quoted[c.i] and c.lower_ not in ("it", "this", "that")]
    other = asked[0] if asked else _other_party(ctx, previous)
    if other is None:
        return None
    return RawAttribution(span, mention_span(other, ctx), None, "reply")


def _answer_to_written_question(ctx: _Context, span: QuoteSpan) -> RawAttribution | None:
    """'We asked economist Dana Whitlock to explain. / Why did the bank act now? / “Inflation
    has been stubborn.”': a quote-only paragraph right after an unquoted question paragraph
    is the answer of the person last named in the narrative before the questions began."""
    k = span.paragraph - 1
    if k < 1 or not _written_question(ctx, k):
        return None
    quoted = {q.paragraph for q in ctx.spans}
    while k >= 0 and (k in quoted or _written_question(ctx, k)):
        k -= 1
    if k < 0:
        return None
    start, end = ctx.paragraphs[k]
    names = [e for e in ctx.ents if start <= e.start_char < end and e.label_ == "PERSON" and not ctx.quoted[e.start]]
    return RawAttribution(span, mention_span(names[-1].root, ctx), None, "interview_answer") if names else None


def _written_question(ctx: _Context, k: int) -> bool:
    """Paragraph ``k`` is a short question of the writer's: unquoted, ending in '?'."""
    start, end = ctx.paragraphs[k]
    text = ctx.text[start:end].strip()
    return text.endswith("?") and len(text) < 300 and not any(ctx.quoted[i] for i in ctx.token_range(start, end))


def _next_turn(ctx: _Context, done: list[RawAttribution], span: QuoteSpan) -> RawAttribution | None:
    """'“Why did you stop?” Lin asked. / “I ran out of things to say.” / “Do you miss it?” /
    “Every day.”': once a question has had its answer, bare paragraphs take turns: a new
    question is the asker's, the answer to it the one who answered before."""
    said = [r for r in done if r.speech]
    if len(said) < 2 or said[-1].method not in ("reply", "turn") or said[-2].mention is None \
            or span.paragraph != said[-1].span.paragraph + 1:
        return None
    asks = ctx.text[span.start:span.end].rstrip(" ,”\"'’").endswith("?")
    last_asked = ctx.text[said[-1].span.start:said[-1].span.end].rstrip(" ,”\"'’").endswith("?")
    if asks == last_asked:
        return None  # two questions or two answers in a row: the same voice going on
    return RawAttribution(span, said[-2].mention, said[-2].cue, "turn")


def _other_party(ctx: _Context, question: RawAttribution) -> Token | None:
    """'Reporter Dan Wolfe asked the minister, Clara Berg, ... “Will taxes rise?” Wolfe
    asked. / “Not this year.”': the last person the narrative before the question names
    who is not the one asking."""
    asker = {w.lower() for w in question.mention.text.split()} if question.mention is not None else set()
    start = ctx.paragraphs[max(0, question.span.paragraph - 2)][0]
    names = [e for e in ctx.ents if start <= e.start_char < question.span.open_at and e.label_ == "PERSON"
             and not ctx.quoted[e.start] and not {w.lower() for w in e.text.split()} & asker]
    return names[-1].root if names else None


def _strip_quotes(ctx: _Context, start: int, end: int) -> str:
    parts, pos = [], start
    for q in ctx.spans:
        if q.open_at >= start and q.close_end <= end:
            parts.append(ctx.text[pos:q.open_at])
            pos = q.close_end
    parts.append(ctx.text[pos:end])
    return "".join(parts)


_SUBHEADING_WORDS = 25  # a line under the headline is short; a lede of its own is longer


def _headline_speaker(ctx: _Context, span: QuoteSpan) -> Span | None:
    """A quote no cue credits in the headline or the line under it is the words of the one
    the headline names: its colon label ('Lewandowski: FBI chief acted as ‘judge and jury’'),
    else its first name the body also writes as a name (not 'Reach' in 'Golf Courses Forced to
    Reach Into Bag of Tricks'). Not a quote in a sentence with a subject of its own ('Each
    cycle, people make a threat: “...”') or a title ('for his role in “Oppenheimer”')."""
    if span.paragraph > 1:
        return None
    said = ctx.text[span.start:span.end].rstrip()
    if _looks_like_title(said) and not said.endswith((".", "!", "?")):
        return None
    if span.paragraph == 1 and (_governing_subject(ctx, span) is not None or _colon_lead(ctx, span)
                                or len(ctx.text[slice(*ctx.paragraphs[1])].split()) > _SUBHEADING_WORDS):
        return None  # the lede, not a line under the headline
    label = _colon_label(ctx, ctx.paragraphs[0])
    if label is not None:
        return label
    head = _first_name_in(ctx, ctx.paragraphs[0])
    if span.paragraph == 1 and head is None:
        head = _first_name_in(ctx, ctx.paragraphs[1])
    return mention_span(head, ctx) if head is not None else None


def _colon_label(ctx: _Context, bounds: tuple[int, int]) -> Span | None:
    """'Clinton: Trump's view is ‘dangerously wrong’' -> Clinton: the label of a line that opens
    with one and a colon (see :func:`_capitalised_label`)."""
    colon = ctx.text.find(":", bounds[0], bounds[1])
    return None if colon < 0 or ctx.inside_quote(colon) else _capitalised_label(ctx, bounds[0], colon)


def _capitalised_label(ctx: _Context, start: int, colon: int) -> Span | None:
    """The words from ``start`` to the colon when they are up to five capitalised words, cut
    at a topic word ('CNN President On Trump:' -> 'CNN President'); else None."""
    tokens = [ctx.doc[i] for i in ctx.token_range(start, colon) if not ctx.doc[i].is_space]
    if not tokens or len(tokens) > 5 or not all(t.text[:1].isupper() or t.text in "-.'’" for t in tokens):
        return None
    topic = next((k for k, t in enumerate(tokens) if k > 0 and t.lower_ in _TOPIC_PREPOSITIONS), len(tokens))
    return ctx.doc[tokens[0].i:tokens[topic - 1].i + 1]


def _adverbial_lead_in(ctx: _Context, span: QuoteSpan) -> bool:
    """'Then, later that month on television: “...”': a lead-in ending in a colon that names
    only when and where (no verb, no one named), so the speaker before goes on."""
    b_start, b_end = _window_before(ctx, span)
    words = [ctx.doc[i] for i in ctx.token_range(b_start, b_end) if not ctx.doc[i].is_punct]
    return _colon_lead(ctx, span) and bool(words) and words[0].pos_ in ("ADV", "CCONJ") and all(
        t.pos_ in _WHEN_WORDS or t.pos_ in ("NOUN", "PROPN") and t.dep_ in _WHEN_NOUN_DEPS and (
            t.ent_type_ in ("", "DATE", "TIME") or t.ent_type_ == "ORG" and t.head.lower_ == "on")  # 'on CNN'
        for t in words) and not any(t.lower_ in ("from", "according") for t in words)


_WHEN_WORDS = frozenset({"ADV", "ADP", "DET", "ADJ", "NUM", "CCONJ", "PART"})
_WHEN_NOUN_DEPS = frozenset({"npadvmod", "pobj", "compound", "nummod"})  # 'later that month on television'


def _colon_lead(ctx: _Context, span: QuoteSpan) -> bool:
    """The narrative right before the quote ends in a colon ('a threat few keep: “...”')."""
    b_start, b_end = _window_before(ctx, span)
    return ctx.text[b_start:b_end].rstrip().endswith(":")


def _first_name_in(ctx: _Context, bounds: tuple[int, int]) -> Token | None:
    """The first name of a headline line the body also writes as a name: a person or an
    organisation, or a word the body ends a person's name with ('Sarandon' read as a place);
    not a word hyphened to a lower-case one ('Emmy-winner Rhee')."""
    body = ctx.article.body_name_words()
    surnames = {fold(e[-1].text) for e in ctx.ents if e.label_ == "PERSON" and e.start_char >= bounds[1]}
    for ent in ctx.ents:
        if ent.start_char < bounds[0] or ent.end_char > bounds[1] or ctx.quoted[ent.start] or hyphened_to_lower_word(ent):
            continue
        if ent.label_ in ("PERSON", "ORG") and any(fold(t.text) in body for t in ent) or fold(ent[-1].text) in surnames:
            return ent.root
    return None


def _introduced_speaker(ctx: _Context, start: int, end: int) -> Token | None:
    """Whoever the narrative between two quotes introduces: the issuer of a document its last
    sentence issues ('the party issued a statement apologizing.' then “On behalf of ...”),
    else the last PERSON who is a sentence subject, else a known surname the tagger missed
    right before a speech verb (see :func:`_known_surname_speaking`)."""
    last = len(ctx.text[:end].rstrip()) - 1  # the narrative's last sentence, before the blank line
    issuer = _issuer_of_document_in(ctx, ctx.sentence_start(max(start, last)), end) if last > start else None
    if issuer is not None:
        return issuer
    found = None
    for ent in ctx.ents:
        if ent.start_char < start or ent.end_char > end or ent.label_ != "PERSON" or ctx.quoted[ent.start]:
            continue
        if ent.root.dep_ in _SUBJECT_DEPS:
            found = ent.root
        elif not ent.root.dep_ and ctx.sentence_start(ent.start_char) == ent.start_char:
            found = ent.root  # a paragraph that was not parsed: a name opening a sentence
    return found or _known_surname_speaking(ctx, start, end) or _described_subject_before(ctx, start, end, last)


def _described_subject_before(ctx: _Context, start: int, end: int, last: int) -> Token | None:
    """'The senator's chief aide later related that it went badly. “She had no answer.”': a
    person described by a role or person noun (data/role_nouns.txt, person_nouns.txt) who is
    the subject of the sentence right before a quote in the same paragraph introduces it
    (``last``: the narrative's last character before ``end``)."""
    paragraph_start = ctx.paragraphs[ctx.article.paragraph_of(max(0, end - 1))][0]
    sentence = ctx.sentence_start(max(start, paragraph_start, last))
    if sentence < max(start, paragraph_start):
        return None
    subjects = [t for i in ctx.token_range(sentence, end) for t in [ctx.doc[i]]
                if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.dep_ == "ROOT" and not ctx.quoted[t.i]
                and (t.lemma_.lower() in ROLE_NOUNS or t.lemma_.lower() in PERSON_NOUNS)
                and any(c.dep_ in ("det", "poss") for c in t.children)]
    return subjects[0] if subjects else None


# 'the DNC issued a statement', 'Acme Corp put out a short release': read from the words, as
# the paragraph before a quote is often left unparsed
_ISSUED_DOCUMENT_RE = re.compile(
    r"\b(?P<issuer>[A-Z][\w.&'’-]*(?: (?:of |for |and )?[A-Z][\w.&'’-]*)*) (?:has |have |had )?"
    + ISSUED_WORDS + r" (?:a|an|the) (?P<words>\w+(?: \w+){0,2})")


def _issuer_of_document_in(ctx: _Context, start: int, end: int) -> Token | None:
    """The name that issues a document (data/document_nouns.txt) between ``start`` and ``end``
    ('the DNC issued a statement apologizing'), else None."""
    found = [m for m in _ISSUED_DOCUMENT_RE.finditer(ctx.text, start, end) if not ctx.inside_quote(m.start())
             and any(w.lower() in DOCUMENT_NOUNS for w in m["words"].split())]  # 'a short statement'
    if not found:
        return None
    issuer = ctx.doc.char_span(found[-1].start("issuer"), found[-1].end("issuer"), alignment_mode="expand")
    return issuer[-1] if issuer is not None and issuer[-1].lower_ not in TITLES else None


def _known_surname_speaking(ctx: _Context, start: int, end: int) -> Token | None:
    """In a paragraph that was not parsed, the last word the tagger missed there but ends a
    person's name elsewhere, right before a speech verb ('If anything, Ash argued, ...')."""
    surnames = {fold(e[-1].text) for e in ctx.ents if e.label_ == "PERSON"}
    found = None
    for i in ctx.token_range(start, end):
        t = ctx.doc[i]
        if not t.dep_ and t.ent_type_ != "PERSON" and t.text[:1].isupper() and fold(t.text) in surnames and i + 1 < len(ctx.doc) \
                and not ctx.quoted[i] and is_speech_verb_form(ctx.doc[i + 1].lower_):
            found = t
    return found


# The attribution sieves, by name.  Each takes (context, quote span) and returns a
# RawAttribution or None (not decided: the next sieve tries).  The order of
# DEFAULT_SIEVES is the order they run in; the spaCy component's config can change it.
SIEVES: dict[str, Callable[[_Context, QuoteSpan], RawAttribution | None]] = {
    "link_line": _by_link_line,
    "dash_framed_line": _by_dash_framed_line,
    "transcript_label": _by_label,
    "dash_credit": _by_dash_credit,
    "dash_label": _by_dash_label,
    "claim_owner": _by_claim_owner,
    "cue": _by_cue,
    "colon_name": _by_colon_name,
    "colon_subject": _by_colon_subject,
}
