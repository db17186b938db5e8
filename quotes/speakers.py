"""Turn speaker mentions into canonical speakers within one article.

"Stoltenberg", "NATO’s Stoltenberg" and "he" become "Jens Stoltenberg";
"the ISW", "the institute" and "it" become "Institute for the Study of War".
Titles and roles are split off the name into ``role``.

The article's cast (:mod:`quotes.mentions`) is built once; then each mention
goes through the resolution sieves of :data:`RESOLUTION_SIEVES` in order, the
first that decides wins, and a mention none decides stays unnamed with its
description as the role.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import Callable, Optional

from spacy.tokens import Span, Token

from .article import ArticleModel, country_of_body, headline_name_words, marked_by, sentence_index
from .author import article_author
from .cast import ORGANISATION, PERSON, RANK_PREFIXES, TITLE_ABBREVIATIONS, UNNAMED, Entity, has_job_role, occurrences_between, person_within, role_head
from .lexicon import (CLAIM_NOUNS, COMPANY_NOUNS, KINSHIP_NOUNS, COUNTRIES, FIRST_NAMES, LOCAL_BODY_NOUNS, DEMONYMS, DOCUMENT_NOUNS, OFFICES, INSTITUTION_NOUNS, FEMALE_PRONOUNS, FIRST_PERSON, GENERIC_HEADS, MALE_PRONOUNS, MEDIA_NAMES,
                      MEDIA_NOUNS, NEUTER_PRONOUNS, ORG_WORDS, PERSON_NOUNS, PUBLIC_BODY_WORDS, PLURAL_PRONOUNS, RELATIVE_PRONOUNS, ROLE_NOUNS, TITLES,
                      base_forms, is_speech_verb_form, world_given_name)
from .mentions import build_cast, fullest_form, quoted_full_name
from .names import fold, name_suffix
from .nameforms import (ISSUED_WORDS, KIN_DESCRIBED_BEFORE_RE, DETERMINERS, PAST_ROLE_WORDS, NAME_PARTICLES, NUMBER_LABELS, ORG_LABELS, ORG_NOUNS, POSSESSIVE, PREPOSITIONS, TRAILING_ORG_NOUNS, after_article, clean_name, gender_of_tokens,
                        is_age, name_tokens, stem_in, one_name_for_a_group, person_word, personish, plural_person_word, slice_text, title_gender, useful_role)

ISSUER_SENTENCES = 5  # how far back 'issued a statement' may be for 'the statement said'
_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS


@dataclass
class Resolved:
    """A mention resolved to a canonical speaker (name None when unnamed)."""

    name: str | None
    kind: str | None
    role: str | None
    rule: str | None = None  # the resolution sieve that decided, or "unnamed"
    gender: str | None = None  # 'm'/'f' when the article tells (name, title or pronoun)


@dataclass
class MentionView:
    """What the sieves read about one speaker mention, computed once."""

    span: Span
    head: Token
    pos: int  # character offset of the mention
    ent: Span | None  # the (repaired) entity its head is in
    role_toks: list[Token]
    name_toks: list[Token]
    proper: list[Token]  # capitalized or proper-noun words of the name part
    role: str | None


Result = Optional[tuple[Resolved, Optional[Entity]]]


class SpeakerResolver:
    """Canonical names for the people and organisations of one article."""

    def __init__(self, article: ArticleModel, sieves: tuple[str, ...] | None = None):
        sieves = DEFAULT_RESOLUTION_SIEVES if sieves is None else sieves
        unknown = [name for name in sieves if name not in RESOLUTION_SIEVES]
        if unknown:
            raise ValueError(f"unknown resolution sieves {unknown}; known: {sorted(RESOLUTION_SIEVES)}")
        self.article = article
        self.cast = build_cast(article)
        self.sieves = [(name, RESOLUTION_SIEVES[name]) for name in sieves]
        self._people_named: list[tuple[int, int, str]] | None = None  # PERSON entities, by offset
        self._author: tuple[str, int] | None | bool = False  # not looked up yet
        self.cue: Token | None = None  # the cue of the mention being resolved
        self.quote: tuple[int, int] | None = None  # and its quote's offsets
        self.narrators: set[int] = set()  # ids of writers who said 'I': never 'he' or 'she' here

    def resolve(self, mention: Span | None, history: list[tuple[int, Entity]],
                cue: Token | None = None, quote: tuple[int, int] | None = None) -> tuple[Resolved, Entity | None]:
        """Return the canonical speaker of ``mention`` and the entity it matched.

        ``history`` holds earlier quotes' (mention offset, entity); whoever the
        ``cue`` addresses ("he told Hannity") is not its speaker, and a person the
        ``quote`` (its offsets) names is less likely to be."""
        if mention is None or len(mention) == 0:
            return Resolved(None, None, None), None
        self.cue, self.quote = cue, quote
        self.cast.history = history
        self.cast.excluded = (self._addressees(cue) | self._askers(cue) | self.narrators
                              | self._named_after_pronoun(mention) | self._named_in_controlled_clause(cue))
        self.cast.named_in_quote = self._named_in(quote)
        view = self._view(mention)
        for rule, sieve in self.sieves:
            result = sieve(self, view)
            if result is not None:
                result[0].rule = rule
                return result
        resolved, entity = unnamed(self, view)
        resolved.rule = "unnamed"
        return resolved, entity

    def author(self) -> tuple[str, int] | None:
        """The article's writer and where it is named (see :mod:`quotes.author`), looked up once."""
        if self._author is False:
            self._author = article_author(self.article)
        return self._author

    def _view(self, mention: Span) -> MentionView:
        head = mention.root if mention.root.pos_ != "DET" else mention[-1]  # 'the foundation' under a misparsed verb
        role_toks, name_toks = name_tokens(list(mention))
        ent = self.article.ent_of_token.get(head.i)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            ent_role, ent_name = name_tokens(list(ent))
            if ent_name:
                name_toks = ent_name
                role_toks = [t for t in mention if t.i < ent.start and t.pos_ != "DET"] + ent_role
        proper = [t for t in name_toks if t.pos_ == "PROPN" or t.text[:1].isupper()]
        return MentionView(mention, head, mention.start_char, ent, role_toks, name_toks, proper,
                           self._role(head, role_toks))

    def _role(self, head: Token, role_toks: list[Token]) -> str | None:
        """Title or role words before the name, else its apposition ("Alcaraz’s coach Juan
        Carlos Ferrero", "A spokesman for the UN, Stephane Dujarric")."""
        article = self.article
        role = article.span_text(role_toks) or None
        appos = [c for c in head.children if c.dep_ == "appos" and not article.quoted[c.i]]
        if appos and not role:
            role = article.appos_text(appos[0]) or None
        if not role and head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i:
            words = [t for t in head.head.subtree if t.i < head.left_edge.i and not article.quoted[t.i]]
            while words and words[-1].is_punct:
                words.pop()
            role = article.span_text(words) or None
        return role

    def _named_in(self, quote: tuple[int, int] | None) -> set[int]:
        """People a quote names by name ("Cruz is our best debater," he says): ids. Speakers
        rarely call themselves by name, so "he" is more likely someone else."""
        if quote is None:
            return set()
        if self._people_named is None:
            self._people_named = [(e.start_char, e.end_char, e.text) for e in self.article.doc.ents if e.label_ == "PERSON"]
        named, people = set(), self._people_named
        for start, end, text in people[bisect.bisect_left(people, (quote[0],)):]:
            if start >= quote[1]:
                break
            tokens = [clean_name(t) for t in clean_name(text).split() if clean_name(t)]
            person = self.cast.person_for(tokens, start) if tokens and end <= quote[1] else None
            if person is not None:
                named.add(id(person))
        return named

    def _named_after_pronoun(self, mention: Span) -> set[int]:
        """'He insisted Curiel had a conflict': people the clause of a subject he/she names
        after it, as a subject or object (not 'the Carson campaign'), are not who 'he' is (ids)."""
        head = mention.root
        if len(mention) != 1 or head.lower_ not in ("he", "she") or head.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        verb = head.head
        lo, hi = head.idx + len(head), verb.right_edge.idx + len(verb.right_edge)
        article = self.article
        i = article.sentence_of(head.idx)
        hi = min(hi, article.sentence_starts[i + 1] if i + 1 < len(article.sentence_starts) else hi)
        return {id(e) for p, e, _ in occurrences_between(self.cast, lo, hi) if e is not UNNAMED
                and article.text[p:p + 1].isupper() and not article.in_quote_char(p)
                and _argument_of(article, p, verb)}

    def _addressees(self, cue: Token | None) -> set[int]:
        """Entities the cue speaks to or about ("told Hannity", "said of Trump", "Asked about
        Trump, she said"): ids."""
        if cue is None:
            return set()
        objects = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj") and c.pos_ in ("PROPN", "NOUN")]
        objects += [c for p in cue.children if p.dep_ == "prep" and p.lower_ in ("to", "of", "about", "at")
                    for c in p.children if c.dep_ == "pobj"]
        # 'Asked about Sabalenka, she said', 'Asked whether Biden would sign it, she said': whom
        # the question was about
        objects += [c for clause in cue.children if clause.dep_ == "advcl" and clause.lemma_.lower() in _ASKED_ABOUT
                    for c in _asked_about(clause)]
        # the noun phrase up to its head: "told Hannity", not "to cheers ... where Trump spoke"
        targets = [t for o in objects for t in self.article.doc[o.left_edge.i:o.i + 1]]
        return self._mentioned_at({t.idx for t in targets if not self.article.quoted[t.i]})

    def _named_in_controlled_clause(self, cue: Token | None) -> set[int]:
        """'Asked about the race in which Hale faces Moss, she said' or 'Speaking after Hale
        lost, she said': a participle clause with no subject of its own has the cue's subject
        as its understood subject, so nobody that clause names is that subject (ids)."""
        if cue is None:
            return set()
        clauses = [c for c in cue.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG")
                   and not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)]
        return self._mentioned_at({t.idx for c in clauses for t in c.subtree
                                   if not self.article.quoted[t.i] and t.text[:1].isupper()})

    def _mentioned_at(self, starts: set[int]) -> set[int]:
        """Ids of the named entities whose mentions start at these offsets."""
        return {id(e) for start in starts for _, e, _ in occurrences_between(self.cast, start, start + 1)
                if e is not UNNAMED}

    def _askers(self, cue: Token | None) -> set[int]:
        """'A reporter asked Hale about the polls. He replied: ...' or '... asked Hale whether
        it was fair. “Sure,” he said': whoever asked, in the reply's sentence or the one
        before, is not the one replying when the cue replies or someone was asked (ids)."""
        if cue is None:
            return set()
        article = self.article
        here = article.sentence_of(min(cue.idx, self.quote[0]) if self.quote else cue.idx)
        lo = article.sentence_starts[max(0, here - 1)]
        first = bisect.bisect_left(article.token_starts, lo)
        if cue.lemma_.lower() not in _REPLY_VERBS:
            return self._who_asked_someone_a_question(article.doc[first:cue.i])
        asking = [t for t in article.doc[first:cue.i] if t.lemma_.lower() in _ASKING_VERBS and not article.quoted[t.i]]
        # 'a reporter can be heard asking Trump': the subject of the verb the asking hangs on
        askers = [c for t in asking for c in t.children if c.dep_ == "nsubj" and not article.quoted[c.i]]
        askers += [c for t in asking if t.dep_ in ("xcomp", "advcl") and not askers
                   for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") and not article.quoted[c.i]]
        return {id(e) for c in askers for _, e, _ in occurrences_between(self.cast, c.left_edge.idx, c.idx + 1)}

    def _who_asked_someone_a_question(self, before: Span) -> set[int]:
        """'Reporter Tom Hale asked Sanders whether it was fair. “Sure,” he said': whoever a
        name right before 'asked <Name> whether/about/why ...' is not the one answering (ids);
        read from the words, as that sentence is often not parsed."""
        article, toks = self.article, list(before)
        for k, t in enumerate(toks[:-2]):
            if t.lower_ not in _ASKED_FORMS or article.quoted[t.i] or not toks[k + 1].text[:1].isupper():
                continue
            rest = next((w for w in toks[k + 2:] if not w.text[:1].isupper() and not w.is_space), None)
            if rest is None or rest.lower_ not in _QUESTION_OPENERS:
                continue  # 'asked Jones to resign' is a request: the asker may speak next
            j = k
            while j > 0 and (toks[j - 1].text[:1].isupper() or toks[j - 1].text in POSSESSIVE):
                j -= 1  # the name right before 'asked': "The Daily Post’s Tom Hale"
            return {id(e) for _, e, _ in occurrences_between(self.cast, toks[j].idx, t.idx) if e is not UNNAMED}
        return set()


_ASKED_FORMS = frozenset({"asked", "pressed", "questioned", "quizzed"})
_QUESTION_OPENERS = frozenset({"whether", "if", "about", "why", "what", "how", "when", "where", "who", "which", "on"})


def _asked_about(asked: Token) -> list[Token]:
    """Whom a question ('asked about X', 'asked whether X would ...') was about."""
    about = [c for p in asked.children if p.dep_ == "prep" and p.lower_ in ("about", "of", "on", "regarding")
             for c in p.children if c.dep_ == "pobj"]
    return about + [c for q in asked.children if q.dep_ == "ccomp" and marked_by(q, ("whether", "if"))
                    for c in q.children if c.dep_ in ("nsubj", "dobj") and c.pos_ == "PROPN"]


_ASKED_ABOUT = frozenset({"ask", "question", "press", "speak", "talk", "quiz"})
_ASKING_VERBS = frozenset({"ask", "question", "press", "quiz"})
_REPLY_VERBS = frozenset({"reply", "answer", "respond", "retort"})


def _argument_of(article: ArticleModel, pos: int, verb: Token) -> bool:
    """The name at ``pos`` is a subject or object of ``verb`` or of the clause it governs
    ('He insisted Curiel had'), not of a relative clause further down."""
    ent = article.ent_of_token.get(article.token_index(pos))
    if ent is None or ent.root.dep_ not in ("nsubj", "nsubjpass", "dobj", "iobj", "dative", "attr"):
        return False
    governor = ent.root.head  # spaCy makes a new Token on each access: compare positions
    return governor.i == verb.i or governor.head.i == verb.i and governor.dep_ in ("ccomp", "xcomp")


def as_resolved(entity: Entity | None, role: str | None) -> Resolved:
    """The speaker ``entity`` stands for, with ``role`` or its own most telling role."""
    role = role if role and useful_role(role) else None
    if entity is None or entity is UNNAMED:
        return Resolved(None, None, role)
    telling = [r for r in entity.roles[:3] if useful_role(r)]  # not a bare 'Dame' or 'Mr'
    if role is None and telling:
        role = max(telling, key=len)
    return Resolved(entity.name, entity.kind, role, gender=entity.gender if entity.kind == PERSON else None)


# -- the resolution sieves: (resolver, mention) -> (Resolved, Entity) or None --

def pronoun(r: SpeakerResolver, m: MentionView) -> Result:
    """he/she: the most salient person of that gender; it/they: the organisation in focus;
    I/we/who: unnamed (the quote's own speaker is not in the narrative)."""
    word = m.head.lower_
    if m.head.pos_ != "PRON" and word not in _PRONOUNS:
        return None
    if word in FIRST_PERSON or word in RELATIVE_PRONOUNS:
        return Resolved(None, None, None), None
    if word in ("it", "they"):
        campaign = _campaign_subject_before(r, m.head)
        if campaign is not None:
            return campaign
    e = r.cast.pronoun(word, m.pos, r.cast.history)
    if e is UNNAMED and word in ("he", "she"):
        named = _unnamed_lede_named_next(r, m, "m" if word == "he" else "f")
        if named is not None:
            return as_resolved(named, None), named
    return as_resolved(e, None), e


def _campaign_subject_before(r: SpeakerResolver, word: Token) -> Result:
    """'Hale’s campaign quickly backtracked. In a statement, it said': an it/they after a
    sentence whose subject is someone's campaign is that campaign (see :func:`owner`)."""
    subject = subject_of_sentence_before(r.article, word)
    if subject is None or subject.lemma_.lower() != "campaign" or not any(c.dep_ == "poss" for c in subject.children):
        return None
    found = r.resolve(r.article.doc[subject.left_edge.i:subject.i + 1], r.cast.history)
    return found if found[0].kind == ORGANISATION else None


def _unnamed_lede_named_next(r: SpeakerResolver, m: MentionView, gender: str) -> Entity | None:
    """'A teacher accused of assault has been cleared, ending an ordeal she described as “...”.
    ¶ Claire Hollis, 41, was suspended ...': a he/she meaning someone the opening sentence
    leaves unnamed is the person the next sentences first name, new, as their subject, of
    that gender and with no other job (see :func:`named_next`)."""
    article, starts = r.article, r.article.sentence_starts
    here = article.sentence_of(m.pos)
    unnamed = [p for p, e, _ in occurrences_between(r.cast, 0, m.pos) if e is UNNAMED]
    if not unnamed:
        return None
    lede = lede_sentence(article)
    if article.sentence_of(unnamed[-1]) > lede or here > lede or here + 1 >= len(starts):
        return None  # only the headline or the first sentence keeps its subject unnamed
    end = starts[here + 1 + NAMED_NEXT_SENTENCES] if here + 1 + NAMED_NEXT_SENTENCES < len(starts) else len(article.text)
    first = next(((p, e, s) for p, e, s in occurrences_between(r.cast, starts[here + 1], end) if e is not UNNAMED), None)
    if first is None or first[1].kind != PERSON or first[1].introduced != first[0] or not first[2] \
            or first[1].gender not in (None, gender):
        return None
    noun = article.doc[article.token_index(unnamed[-1])]
    return first[1] if _may_hold(first[1], noun.head if noun.dep_ == "det" else noun) else None


LEDE_WORDS = 12  # a shorter paragraph before the story is a byline, a date or 'Share this article'


def lede_sentence(article: ArticleModel) -> int:
    """Index of the story's first sentence: the first sentence of the first paragraph after
    the headline long enough to be prose (1 when the story starts right away)."""
    for start, end in article.paragraphs[1:]:
        prose = article.text[start:end].rstrip().endswith((".", "!", "?", "”", '"', "’", "'"))
        if prose and len(article.text[start:end].split()) >= LEDE_WORDS:
            return max(1, article.sentence_of(start))
    return 1


def group_pronoun(r: SpeakerResolver, m: MentionView) -> Result:
    """'Analysts at Jefferies were cautious. “...,” they said': a 'they' after a sentence
    whose subject is a group of people (a plural person noun) is that group - the
    organisation it is 'at', 'from' or 'of', else unnamed - not the organisation in focus."""
    if m.head.lower_ != "they" or r.article.quoted[m.head.i]:
        return None
    group = _group_holding(m.head) or _group_subject_before(r.article, m.head)
    if group is None:
        return _unnamed_person_before(r, m.head)
    role = r.article.span_text(list(r.article.doc[group.left_edge.i:group.i + 1]))
    for prep in (c for c in group.children if c.dep_ == "prep" and c.lower_ in ("at", "from", "of", "with")):
        org = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if org is not None:
            span = r.article.doc[org.left_edge.i:org.i + 1]
            if not org.ent_type_ and r.cast.person_for([t.text for t in span], span.start_char) is None:
                name = clean_name(span.text)  # 'at Barclays', untagged and no person's name
                return Resolved(name, ORGANISATION, None), r.cast.register(name, name.split(), ORGANISATION, span.start_char)
            found = r.resolve(span, r.cast.history)
            if found is not None and found[0].kind == ORGANISATION:
                return found
    return Resolved(None, None, role or None), None


def _group_holding(they: Token) -> Token | None:
    """'an army of supporters planning protests against what they call “...”': the plural
    person noun whose own phrase holds ``they`` (a clause on it), else None."""
    for noun in they.ancestors:
        if noun.tag_ == "NNS" and _group_noun(noun):
            return noun
    return None


def _group_noun(noun: Token) -> bool:
    """A plural noun for people or bodies: 'analysts', 'supporters', 'the groups'."""
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in GENERIC_HEADS or lemma in ROLE_NOUNS or lemma in ORG_NOUNS


def _group_subject_before(article: ArticleModel, they: Token) -> Token | None:
    """The subject of the last narrative sentence before ``they``'s own, when it is a plural
    person noun ('analysts', 'the study's authors'), else None."""
    subject = subject_of_sentence_before(article, they)
    if subject is None or subject.tag_ != "NNS":
        return None
    return subject if _group_noun(subject) else None  # 'the groups say. They argue ...': groups of bodies too


def _unnamed_person_before(r: SpeakerResolver, they: Token) -> Result:
    """'A senior psychiatrist, who asked not to be named, said ... “...,” they said': a singular
    'they' after a sentence whose subject is one unnamed person ('a psychiatrist', 'one
    official') is that person, still unnamed - not the organisation in focus."""
    subject = subject_of_sentence_before(r.article, they)
    if subject is None or subject.tag_ != "NN" or subject.ent_type_ or not personish(subject) or not any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in subject.children):
        return None
    article = r.article
    role = article.span_text([t for t in article.doc[subject.left_edge.i:subject.i + 1] if t.dep_ not in ("det", "nummod")])
    return Resolved(None, None, role or None), None


def subject_of_sentence_before(article: ArticleModel, word: Token) -> Token | None:
    """The subject of the top verb of the sentence before ``word``'s own (None when it has
    none, or it is quoted)."""
    here = article.sentence_of(article.token_starts[word.i])
    if here == 0:
        return None
    lo = bisect.bisect_left(article.token_starts, article.sentence_starts[here - 1])
    hi = bisect.bisect_left(article.token_starts, article.sentence_starts[here])
    # the sentence's top verb: its root, or the one the parse hung on the next sentence
    root = next((t for t in article.doc[lo:hi] if not article.quoted[t.i] and t.pos_ in ("VERB", "AUX")
                 and (t.dep_ == "ROOT" or not lo <= t.head.i < hi)), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root else None
    return None if subject is None or article.quoted[subject.i] else subject


def document_pronoun(r: SpeakerResolver, m: MentionView) -> Result:
    """'The report also found ... It described start times as “...”': an 'it' after a
    sentence whose subject is a document (or opening a sentence right after one was named,
    when no organisation was that sentence's subject) is that document, which speaks for its
    owner or issuer ('the institute's report'), else for no one named - not the organisation
    in focus."""
    if m.head.lower_ != "it" or r.article.quoted[m.head.i]:
        return None
    document = subject_of_sentence_before(r.article, m.head)
    just_named = not _is_document(document)
    if just_named:  # 'Bujnowski wrote in the affidavit. It continued: “...”'; not 'The club said in a statement'
        opens = r.article.starts_sentence(m.head.idx) and not _organisation_word(document)
        document = _document_just_named(r.article, m.head) if r.cue is not None and opens else None
        if document is None:
            return None
    owned = _owner_phrase(r.article, document)
    found = r.resolve(owned, r.cast.history) if owned is not None else _issued_by(r, document, just_named)
    if found is not None and found[0].name is not None:
        return found
    return Resolved(None, None, r.article.span_text(list(r.article.doc[document.left_edge.i:document.i + 1]))), None


def _is_document(noun: Token | None, unparsed: bool = False) -> bool:
    """A document's noun ('the report', 'an affidavit'; data/document_nouns.txt); with
    ``unparsed``, also such a word in a paragraph the tagger did not read."""
    return noun is not None and (noun.pos_ == "NOUN" or unparsed and noun.pos_ == "") \
        and (noun.lemma_ or noun.lower_).lower() in DOCUMENT_NOUNS


def _organisation_word(subject: Token | None) -> bool:
    """An organisation's name or noun ('Bristol Rovers', 'the club')."""
    return subject is not None and (subject.ent_type_ == "ORG" or subject.lemma_.lower() in ORG_NOUNS)


def _document_just_named(article: ArticleModel, it: Token) -> Token | None:
    """The document named last before ``it``, in its sentence or the one before, or None."""
    return next((t for t in article.tokens_back(it.i, 1) if not article.quoted[t.i] and _is_document(t)), None)


def narrator(r: SpeakerResolver, m: MentionView) -> Result:
    """'“Your Honor,” I said': the narrator's 'I' outside any quote is the article's writer
    when a byline, an excerpt's book or a closing biography names them."""
    if m.head.lower_ != "i" or len(m.span) != 1 or r.article.quoted[m.head.i]:
        return None
    found = r.author()
    if found is None:
        return None
    name, pos = clean_name(found[0]), found[1]
    writer = r.cast.person_for(name.split(), pos) or r.cast.register(name, name.split(), PERSON, pos)
    r.narrators.add(id(writer))
    return as_resolved(writer, None), writer


def document_read_out(r: SpeakerResolver, m: MentionView) -> Result:
    """'The email shows Cruz in hunting gear. At the bottom it reads, “P.S. ...”': an 'it' that
    reads words out is the document last named, which speaks for whoever issued it."""
    if m.head.lower_ != "it" or r.cue is None or r.cue.lemma_.lower() != "read":
        return None
    article = r.article
    for t in article.tokens_back(m.head.i, ISSUER_SENTENCES):
        if not article.quoted[t.i] and _is_document(t, unparsed=True):
            phrase = _owner_phrase(article, t)
            if phrase is None and t.dep_ == "dobj":  # 'Ruiz posted a statement'
                issuer = _subject_of(t.head)
                phrase = article.doc[issuer.left_edge.i:issuer.i + 1] if issuer is not None else None
            found = r.resolve(phrase, r.cast.history) if phrase is not None else _issued_by(r, t)
            return found if found is not None and found[0].name is not None else None
    return None


def description_of_focus(r: SpeakerResolver, m: MentionView) -> Result:
    """'the 21-year-old Spaniard', 'the Serbian', 'the Northern Irishman': a nationality
    after 'the' is the person in focus, not a new speaker ('an Iowa Democrat' is someone new)."""
    name = _demonym_words(r.article, m)
    if (not name or not after_article(r.article.doc, name) or _indefinite_or_possessive(m.span)
            or m.head.dep_ == "compound"  # 'the Cruz campaign': a name before a noun describes no one
            or r.cast.person_for([name.text], m.pos)
            or r.cast.org_for(name.text, m.pos) is not None and name.text.lower() not in DEMONYMS):
        return None
    e = described_in_focus(r, m.pos)
    return (as_resolved(e, None), e) if e is not None and e is not UNNAMED else None


def described_in_focus(r: SpeakerResolver, pos: int) -> Entity | None:
    """The person a definite description at ``pos`` means ('the candidate stated'): the person
    in focus, but not one named only in a phrase opening its sentence ('In an interview with
    hosts Joe Scarborough and Mika Brzezinski, the candidate stated' is not Brzezinski); then
    the person in focus before the sentence."""
    e = r.cast.in_focus(PERSON, None, pos, r.cast.history)
    start = r.article.sentence_starts[max(0, r.article.sentence_of(pos))]
    opening = r.article.text[start:pos].split(" ", 1)[0].lower()
    here = [subject for p, other, subject in r.cast.occurrences if other is e and start <= p < pos]
    if e is None or not here or any(here) or opening not in PREPOSITIONS:
        return e
    return r.cast.in_focus(PERSON, None, start, r.cast.history) or e


def _demonym_words(article: ArticleModel, m: MentionView) -> Span | None:
    """The capitalised words of a nationality ending the mention ('Spaniard', 'Northern
    Irishman', 'South African'), or None when the mention is not one."""
    head = m.head
    start = head.i
    while start > m.span.start and m.span.doc[start - 1].text[:1].isupper() and m.span.doc[start - 1].pos_ != "DET":
        start -= 1
    words = m.span.doc[start:head.i + 1]
    if not head.text[:1].isupper() or len(words) > 2:
        return None
    ent = article.ent_of_token.get(head.i)
    demonym = (ent is not None and (ent.label_ == "NORP" or ent.label_ == "PERSON" and len(ent) == 1
                                    or article.is_demonym(ent.text))
               or head.lower_.endswith(("man", "woman")) or head.lower_ in DEMONYMS)
    return words if demonym else None


def named_in_apposition(r: SpeakerResolver, m: MentionView) -> Result:
    """'A spokesman for SemiCore, Daniel Weiss, added': a description with a person's name in
    apposition (to it, or to the organisation it works for, as parsers often attach it) is
    that person; the description becomes the role."""
    title_as_name = m.ent is not None and len(m.ent) == 1 and m.head.lower_ in TITLES  # 'The Treasurer' tagged
    if m.ent is not None and not title_as_name or m.head.pos_ not in ("NOUN", "PRON", "ADJ") and not (
            m.head.pos_ == "PROPN" and personish(m.head)):  # 'The Commissioner for Information, Ada Obi'
        return None
    article = r.article
    for t in m.head.subtree:
        ent = article.ent_of_token.get(t.i) or _untagged_name(r, t)
        if (t.dep_ == "appos" and t.i > m.head.i and ent is not None and _a_person(r, ent)
                and not article.quoted[t.i] and t.head.i in {m.head.i} | {c.i for c in _objects_of(m.head)}
                and not one_name_for_a_group(m.head, t)):
            resolved, entity = r.resolve(ent, r.cast.history)
            if resolved.name is not None:
                role = article.span_text([w for w in m.head.subtree if w.i < ent.start and not w.is_punct
                                          and w.dep_ != "det"]) or resolved.role
                return Resolved(resolved.name, resolved.kind, role, gender=resolved.gender), entity
    return None


# 'the base chief known as Bob', 'a guard identified only as Karim', 'a nurse who goes by Lulu'
_KNOWN_AS_RE = re.compile(r",?\s+(?:(?:who is |who was )?(?:known|identified)(?: only| publicly)? as|who goes by)"
                          r"\s+[\"“]?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def known_as(r: SpeakerResolver, m: MentionView) -> Result:
    """'said the base chief known as Bob': a description followed by the name the person is
    known or identified by is that person; the description becomes the role."""
    if m.head.pos_ != "NOUN":
        return None
    match = _KNOWN_AS_RE.match(r.article.text, m.span.end_char)
    name = clean_name(match[1]) if match else ""
    if not name:
        return None
    role = r.article.span_text(list(m.span)) or None
    e = r.cast.person_for(name.split(), m.pos)
    if e is None:
        return Resolved(name, PERSON, role, gender=title_gender([m.head.lower_])), None
    return as_resolved(e, role), e


def _untagged_name(r: SpeakerResolver, head: Token) -> Span | None:
    """'the mayor, Ana Ruiz' with 'Ana Ruiz' untagged: the capitalised compound words ending at
    ``head`` as a span, when the cast knows them as a person."""
    start = head.i
    while start > 0 and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].text[:1].isupper():
        start -= 1
    words = head.doc[start:head.i + 1]
    if not head.text[:1].isupper() or r.cast.person_for([w.text for w in words], head.idx) is None:
        return None
    return Span(head.doc, start, head.i + 1, label="PERSON")


def _a_person(r: SpeakerResolver, ent: Span) -> bool:
    """Tagged a person, or a name the cast found to be one ('Rain Newton-Smith' tagged ORG)."""
    return ent.label_ == "PERSON" or r.cast.person_for(clean_name(ent.text).split(), ent.start_char) is not None


def _objects_of(head: Token) -> list[Token]:
    """The objects of the head's prepositions: 'SemiCore' in 'a spokesman for SemiCore'."""
    return [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def title_alone(r: SpeakerResolver, m: MentionView) -> Result:
    """'Minister: ‘We will act’', 'PM: ...' in a headline: a title on its own is the one
    person of the article who holds it (nobody, when several could)."""
    if len(m.span) != 1 or m.ent is not None or not m.head.text[:1].isupper():
        return None
    word = m.head.lower_
    if word not in TITLES and word not in ROLE_NOUNS:
        return None
    e = r.cast.by_noun(word, m.pos, unique=True)
    return (as_resolved(e, None), e) if e is not None and e.kind == PERSON else None


def answer_label(r: SpeakerResolver, m: MentionView) -> Result:
    """'Q: Did you sign it? / A: “I never saw it.”': the answers of a question-and-answer
    transcript are the person in focus (the one questioned); 'Q' stays unnamed."""
    if len(m.span) != 1 or m.head.text != "A" or not r.article.text.startswith(":", m.span.end_char):
        return None
    e = r.cast.in_focus(PERSON, None, m.pos, r.cast.history)
    return (as_resolved(e, None), e) if e is not None and e is not UNNAMED else None


def name_the_tagger_missed(r: SpeakerResolver, m: MentionView) -> Result:
    """'Guterres: ‘...’' in a headline, not tagged as a name: a person or organisation only
    if the article knows it."""
    toks = m.name_toks if m.proper else _capitalised_label(m)
    if not toks or m.head.pos_ == "PROPN" or m.ent is not None or not m.head.text[:1].isupper():
        return None
    known = r.cast.person_for([clean_name(t.text) for t in toks], m.pos) or r.cast.org_for(
        slice_text(r.article.text, toks), m.pos) or r.cast.org_for(r.article.span_text(list(m.span)), m.pos)
    return (as_resolved(known, None), known) if known is not None else None


def _name_below_headline(r: SpeakerResolver, toks: list[Token]) -> bool:
    """A title-case line's words the body never writes as a name still make a new name when
    they open with a given name or stand below the headline ('-Ana Marks, Philadelphia.');
    not 'Woman Steps Forward With Claim' in the headline."""
    return r.article.paragraph_of(toks[0].idx) > 0 or bool(world_given_name(toks[0].text))


def _capitalised_label(m: MentionView) -> list[Token]:
    """'Brankovic: ...' with the surname tagged an adjective: a mention's words when every one
    is capitalised and none is a title or a role word; else none."""
    toks = list(m.span)
    if any(not t.text[:1].isupper() or t.lower_ in TITLES or t.lower_ in ROLE_NOUNS or t.lower_ in PERSON_NOUNS
           for t in toks):
        return []
    return toks


def name(r: SpeakerResolver, m: MentionView) -> Result:
    """A name: the known person or organisation it is a form of, else a new one (a bare
    surname expanded to the fullest form the article writes)."""
    head, ent, pos = m.head, m.ent, m.pos
    if ent is not None and ent.label_ in NUMBER_LABELS or _people_by_role(r, m):
        return None  # 'Hundreds of demonstrators', 'Dozens'; 'Aides said', 'Attorneys for Clinton'
    if not m.proper or not (head.pos_ == "PROPN" or ent is not None or (not head.pos_ and head.text[:1].isupper())):
        return None
    name_toks, unknown_headline_words = m.name_toks, False
    if name_toks and r.article.in_title_case_line(pos):  # 'Trump Makes Campaign Announcement ...'
        body_names = headline_name_words(r.article, name_toks)
        unknown_headline_words = not body_names and not _name_below_headline(r, name_toks)
        name_toks = body_names or name_toks
    text = clean_name(slice_text(r.article.text, name_toks))
    tokens = text.split()
    if text.isupper() and all(t.lower() in _LABEL_ROLES or t.lower() in TITLES or t.lower() in ROLE_NOUNS
                              for t in tokens):
        return Resolved(None, None, text.capitalize()), None  # a transcript's 'HOST:', 'MODERATOR:'
    if ent is not None and ent.label_ == "NORP" and not r.cast.person_for(tokens, pos):
        # "one senior Democrat", "Republicans": a group or an unnamed member, not a speaker to query.
        return Resolved(None, None, clean_name(r.article.span_text(list(m.span))) or text), None
    if ent is not None and ent.label_ == "GPE" and not r.cast.person_for(tokens, pos):
        return Resolved(text, ORGANISATION, m.role), None
    country = country_of_body(r.article, m.name_toks) if m.name_toks else None
    org = r.cast.org_for(f"{country} {text}" if country else text, pos)
    person = r.cast.person_for([clean_name(t) for t in tokens if clean_name(t)], pos,
                               gender=title_gender([t.lower_ for t in m.role_toks]))
    if org is not None and (person is None or text.isupper()):
        return as_resolved(org, m.role), org
    if person is None and org is None and len(tokens) > 1 and (ent is None or ent.label_ == "PERSON"):
        person = person_within(r.cast, tokens)
    if person is not None:
        person = _generation_meant(r, person, m)
        return as_resolved(person, m.role), person
    holder = _holder_of_named_title(r, tokens, pos) if org is None else None
    if holder is not None:  # 'CNN President: “...”' in a headline, 'CNN President Jeff Zucker' below
        return as_resolved(holder, None), holder
    if unknown_headline_words:
        return None  # 'Woman Steps Forward With ...': no name the body writes, no given name
    kind = ORGANISATION if ent is not None and ent.label_ in ORG_LABELS else PERSON
    if ent is None and (len(tokens) == 1 and text.isupper() or any(t.tag_ == "NNS" for t in m.name_toks)):
        kind = ORGANISATION  # 'NAACP'; 'Black Lives Matter' (no person's name has a plural noun)
    if kind == PERSON and (len(tokens) == 1 or len(tokens) == 2 and tokens[0].lower() in NAME_PARTICLES):
        text = (fullest_form(r.cast, tokens[-1], r.article.lower_words())  # 'al Ashry' too
                or quoted_full_name(r.cast, tokens[-1]) or text)
        tokens = text.split()
    entity = r.cast.register(text, tokens, kind, pos)
    if kind == PERSON and entity.gender is None:
        entity.gender = gender_of_tokens([t.text for t in m.role_toks], entity.tokens)
    return as_resolved(entity, m.role), entity


def _holder_of_named_title(r: SpeakerResolver, tokens: list[str], pos: int) -> Entity | None:
    """'CNN President', 'Acme Chief Executive': a name that is a body and a title held by one
    person the article names with that title; None when no one or several hold it."""
    if len(tokens) < 2 or tokens[-1].lower() not in TITLES or any(t.lower() in FIRST_NAMES for t in tokens):
        return None
    e = r.cast.by_noun(tokens[-1], pos, tokens[:-1], unique=True)
    return e if e is not None and e.kind == PERSON and all(
        stem_in(fold(t), {fold(w) for role in e.roles for w in role.split()}) for t in tokens[:-1]) else None


def _people_by_role(r: SpeakerResolver, m: MentionView) -> bool:
    """'Aides', 'Attorneys for Clinton': one plural role word, no one's surname ('Kirk Cousins
    ... Cousins said' is a name)."""
    return len(m.name_toks) == 1 and plural_person_word(m.head.text) is not None and not any(
        len(p.tokens) > 1 and p.surname == fold(m.head.text) for p in r.cast.persons)


_ELDER_WORDS = frozenset({"elder", "older", "senior"})
_YOUNGER_WORDS = frozenset({"younger", "junior"})
_ELDER_SUFFIXES, _YOUNGER_SUFFIXES = frozenset({"sr", "senior", "i"}), frozenset({"jr", "junior", "ii", "iii", "iv"})


def _generation_meant(r: SpeakerResolver, person: Entity, m: MentionView) -> Entity:
    """'James Holt Jr. and his father, James Holt Sr. ... The elder Holt said': 'elder' or
    'younger' before a surname two relatives share picks the one whose suffix ('Sr.',
    'Jr.') or kinship role ('father', 'son') says so; else ``person`` as found."""
    words = {t.lower_ for t in m.span if t.i < m.head.i}
    elder = bool(words & _ELDER_WORDS)
    if not elder and not words & _YOUNGER_WORDS:
        return person
    namesakes = [p for p in r.cast.persons if p.surname == person.surname and len(p.tokens) > 1]

    def says_elder(p: Entity) -> bool | None:
        suffix = name_suffix(p.tokens)
        if suffix in _ELDER_SUFFIXES or any(role_head(x.lower().split()) in _PARENT_NOUNS for x in p.roles):
            return True
        if suffix in _YOUNGER_SUFFIXES or any(role_head(x.lower().split()) in _CHILD_NOUNS for x in p.roles):
            return False
        return None
    fitting = [p for p in namesakes if says_elder(p) is elder]
    return fitting[0] if len(fitting) == 1 else person


_PARENT_NOUNS = frozenset({"father", "mother", "dad", "mom", "mum", "parent"})
_CHILD_NOUNS = frozenset({"son", "daughter", "child"})


# Transcript labels that name a part, not a person ('HOST: ...', 'Q: ...').
_LABEL_ROLES = frozenset({"host", "moderator", "anchor", "reporter", "interviewer", "question", "answer",
                          "audience", "caller", "unidentified", "male", "female", "q", "a", "panelist"})


def media_outlet(r: SpeakerResolver, m: MentionView) -> Result:
    """'the newspaper', 'the broadcaster', 'the conservative publication': the news outlet
    written into the description ('the nationalist Global Times tabloid'), else the most
    salient organisation the article names like an outlet ('The Harbour Gazette', 'CNN')."""
    head = m.head
    editorial = _editorial_writers(head)
    if head.lemma_.lower() not in MEDIA_NOUNS and head.lower_ not in MEDIA_NOUNS and not editorial:
        return None
    owner_phrase = _owner_phrase(r.article, head) if editorial else None
    if owner_phrase is not None:  # "the Journal's editorial board"
        return r.resolve(owner_phrase, r.cast.history)
    if not any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in head.children):
        return None  # 'a Baton Rouge newspaper' introduces an outlet, it does not name one
    inner = [e for e in r.article.ents if m.span.start <= e.start and e.end <= head.i and e.label_ == "ORG"]
    if inner:
        return r.resolve(inner[-1], r.cast.history)
    e = r.cast.most_salient(lambda e: e.kind == ORGANISATION and is_outlet(e), m.pos, r.cast.history)
    return (as_resolved(e, None), e) if e is not None else None


def _editorial_writers(head: Token) -> bool:
    """'the editorial board', 'the editors', 'the editorial writers': who writes for an outlet
    as the outlet."""
    word = head.lemma_.lower() or head.lower_
    return word == "editor" and head.tag_ == "NNS" or word in ("board", "writer", "page") and any(
        c.lower_ == "editorial" for c in head.children)


def is_outlet(entity: Entity) -> bool:
    """True when the organisation's name or description says it is a news outlet."""
    words = {fold(w) for w in entity.tokens} | {entity.key}
    heads = {fold(r.split()[-1]) for r in entity.roles if r.split()}
    return bool(words & MEDIA_NAMES or heads & MEDIA_NOUNS)


def owner(r: SpeakerResolver, m: MentionView) -> Result:
    """Documents and campaigns speak for their owner: 'the Heritage Foundation website' ->
    Heritage Foundation, 'Mrs. Clinton’s campaign' -> Hillary Clinton campaign, 'the
    statement' -> whoever issued the statement a few sentences before; a person's office
    or face, or their comment or claim, for the person ('Netanyahu's office said', 'his eyes
    gleaming, as if to say', 'His comments came after ...')."""
    head = m.head
    lemma = head.lemma_.lower()
    # 'Netanyahu's office', 'his eyes', 'his comments came after ...'
    personal = lemma == "office" or lemma in _BODY_NOUNS or lemma in CLAIM_NOUNS and lemma not in DOCUMENT_NOUNS
    if lemma not in DOCUMENT_NOUNS and lemma != "campaign" and not personal:
        return None
    phrase = _owner_phrase(r.article, head)
    if personal and (phrase is None or not any(c.dep_ == "poss" for c in head.children)):
        return None  # 'Netanyahu's office said' speaks for him; 'the office said' is no document
    if phrase is not None:
        resolved, entity = r.resolve(phrase, r.cast.history)
        if resolved.name is None or personal and resolved.kind != PERSON:
            return None
        if lemma == "campaign":
            org_name = f"{resolved.name} campaign"
            org = r.cast.register(org_name, org_name.split(), ORGANISATION, m.pos)
            return Resolved(org_name, ORGANISATION, None), org
        return Resolved(resolved.name, resolved.kind, resolved.role, gender=resolved.gender), entity
    issuer = _subject_of(head.head) if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None
    if issuer is not None and not r.article.quoted[issuer.i]:  # 'Ruiz issued a statement saying, “...”'
        found = r.resolve(r.article.doc[issuer.left_edge.i:issuer.i + 1], r.cast.history)
        if found is not None and found[0].name is not None:
            return found
    before = r.article.doc[head.i - 1] if head.i else None  # 'the post read' parsed as a compound
    definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in head.children) or (
        before is not None and before.lower_ in ("the", "this", "that"))
    if lemma == "campaign":
        return None
    if not definite:  # '... Redbridge said it “disputes” the claims. “...,” a statement said'
        return _reported_just_before(r, head) if lemma in _STATEMENT_NOUNS else None
    return _issued_by(r, head) or _reported_just_before(r, head)


# what an organisation issues when it speaks: 'a statement said' goes on from whoever spoke just before
_STATEMENT_NOUNS = frozenset({"statement", "release", "announcement"})


def _reported_just_before(r: SpeakerResolver, head: Token) -> Result:
    """'The company confirmed he was on the plane. ... “...,” the statement added': with no
    document named before, the subject of a speech verb in the two sentences before it."""
    article = r.article
    statement = head.lemma_.lower() in _STATEMENT_NOUNS  # what a body issues: the quote's own sentences do not count
    for t in article.tokens_back(head.i, 2, narrative=statement):
        if article.quoted[t.i] or not is_speech_verb_form(t.lower_) or t.dep_ and t.pos_ != "VERB":
            continue
        if not t.dep_:  # unparsed: 'on Thursday, the Republican Party of Wyoming announced she ...'
            reports = t.i + 1 < len(article.doc) and article.doc[t.i + 1].lower_ in _REPORTED_CLAUSE_OPENERS
            start = article.sentence_starts[article.sentence_of(t.idx)]
            e = _named_right_before(r, start, t, _NAME_WORDS_RE) if statement and reports else None
            return (as_resolved(e, None), e) if e is not None else None
        subject = _subject_of(t)
        if subject is not None and not article.quoted[subject.i] and subject.pos_ in ("NOUN", "PROPN") \
                and subject.lemma_.lower() not in DOCUMENT_NOUNS:  # not 'it said' (the document), nor a document
            found = r.resolve(article.doc[subject.left_edge.i:subject.i + 1], r.cast.history)
            return found if found is not None and found[0].name is not None else None
    return None


# a speech verb followed by one of these reports a clause ('announced she was not coming'),
# unlike 'recalled 4,000 jars'
_REPORTED_CLAUSE_OPENERS = frozenset({"that", "he", "she", "it", "they", "we", "there"})
_BODY_NOUNS = frozenset({"face", "eye", "eyes", "voice", "expression", "look", "tone", "smile", "lips", "mouth"})


def _named_right_before(r: SpeakerResolver, sentence_start: int, word: Token, between: re.Pattern) -> Entity | None:
    """In a sentence the parser skipped, the person or organisation named last before ``word``
    such that the text from the name to ``word`` is all ``between`` (read from the words):
    'the Harbour Party of Kent announced' (:data:`_NAME_WORDS_RE`), 'Cook provided a written
    statement' (:data:`_NAME_ISSUED_RE`); None when nobody is."""
    text = r.article.text
    for p, e, _ in reversed(occurrences_between(r.cast, sentence_start, word.idx)):
        if e is not UNNAMED and between.fullmatch(text, p, word.idx):
            return e
    return None


# a name and nothing else up to the verb: 'the Republican Party of Wyoming announced'
_NAME_WORDS_RE = re.compile(r"(?:(?:[A-Z][\w.'’&-]*|of|the|for|and)\s+)+")


def _issued_by(r: SpeakerResolver, head: Token, itself: bool = False) -> Result:
    """'Vanguard issued a statement ... “...,” the statement said', 'Orbis released its
    annual report', 'Falk posted on Sunday ... the post read': who issued the same document
    (or did the verb it is named after) a few sentences before; with ``itself``, who issued
    ``head`` ('Bujnowski wrote in the affidavit')."""
    article = r.article
    starts = article.sentence_starts
    for t in itertools.chain([head] if itself else [], article.tokens_back(head.i, ISSUER_SENTENCES)):
        if article.quoted[t.i] or not _same_word(t, head):
            continue
        while t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.i > t.i:
            t = t.head  # 'sent out an email fundraising appeal': the appeal is the email
        owned = _owner_phrase(article, t) if t.pos_ in ("NOUN", "PROPN") else None
        if owned is not None:  # 'A survey by the Resolution Foundation found ...'
            resolved, entity = r.resolve(owned, r.cast.history)
            if resolved.name is not None:
                return resolved, entity
        if t.pos_ == "VERB":
            issuer = _subject_of(t)
        elif t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
            issuer = _subject_of(t.head.head)  # 'In a letter to the council, Paul Hughes wrote'
        elif t.dep_ and t.dep_ not in ("dobj", "attr", "nsubjpass"):
            continue
        else:
            issuer = next((c for c in t.children if c.dep_ == "poss"), None) or _subject_of(t.head)
        if issuer is not None and not article.quoted[issuer.i]:
            resolved, entity = r.resolve(article.doc[issuer.left_edge.i:issuer.i + 1], r.cast.history)
            if resolved.name is not None:
                return resolved, entity
        sentence_start = starts[sentence_index(starts, t.idx)]
        named = [(not is_subject, e) for p, e, is_subject in r.cast.occurrences
                 if sentence_start <= p < t.idx and e is not UNNAMED]
        issuer = _named_right_before(r, sentence_start, t, _NAME_ISSUED_RE) if not t.dep_ else None
        if issuer is not None:  # unparsed: 'The Times said Cook provided a written statement'
            return as_resolved(issuer, None), issuer
        if named and (not t.dep_ or any(not other for other, _ in named)):  # unparsed: any name
            first = min(named, key=lambda n: n[0])[1]  # the first subject, else the first name
            return as_resolved(first, None), first
        return _pronoun_writing_in(r, t) if not t.dep_ else None
    return None


# a name, then 'issued/provided/sent ... a (written) statement' up to the document's noun
_NAME_ISSUED_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}" + ISSUED_WORDS +
                             r"\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}")


def _pronoun_writing_in(r: SpeakerResolver, document: Token) -> Result:
    """'Dean wrote to parents. In the letter, he said ...': in a sentence the parser skipped
    (fast path), the he/she just after 'In the letter,' wrote it: whom that pronoun means."""
    doc, article = document.doc, r.article
    if document.i < 2 or doc[document.i - 2].lower_ != "in" or doc[document.i - 1].lower_ not in DETERMINERS \
            or document.i + 2 >= len(doc) or doc[document.i + 1].text != ",":
        return None
    word = doc[document.i + 2]
    if word.lower_ not in ("he", "she") or article.quoted[word.i]:
        return None
    e = r.cast.pronoun(word.lower_, word.idx, r.cast.history)
    return (as_resolved(e, None), e) if e is not None and e is not UNNAMED else None


def _same_word(t: Token, document: Token) -> bool:
    """'report' and 'reports', or the verb the document is named after ('posted', 'tweeted',
    'ruled' for 'the ruling')."""
    lemma = document.lemma_.lower()
    if t.lemma_.lower() == lemma or t.lower_ == document.lower_:
        return True
    verb = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma.endswith("ing") and lemma in (verb + "ing", verb[:-1] + "ing"):
        return True
    return not t.lemma_ and lemma in base_forms(t.lower_)


def _subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` (of the verb it is coordinated with or hangs on: 'met and
    posted', 'showed no sign of backing down, releasing a statement')."""
    for v in (verb, verb.head if verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" else None):
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None) if v is not None else None
        if subject is not None:
            return subject
    return None


# what others do to a document: 'a copy of the letter reviewed by The Post' was not written by it
_READER_VERBS = frozenset({"review", "obtain", "see", "read", "examine", "receive", "acquire", "view", "leak",
                           "cite", "quote", "describe", "analyze", "analyse", "criticize", "criticise", "reject",
                           "dispute"})


def _owner_phrase(article: ArticleModel, head: Token) -> Span | None:
    """The possessor ('Clinton’s' campaign), the names before the noun ('Heritage
    Foundation' website) or after 'from'/'by' ('a letter from the Legion', 'a statement
    signed by Maya Roth') of ``head``."""
    for child in head.children:
        if child.dep_ == "poss" and not article.quoted[child.i]:
            toks = [t for t in child.subtree if t.tag_ != "POS" and t.text not in POSSESSIVE]
            if toks:
                return article.doc[toks[0].i:toks[-1].i + 1]
    names = [t for t in head.lefts if t.dep_ in ("compound", "nmod") and (t.pos_ == "PROPN" or t.ent_type_)
             and t.ent_type_ not in NUMBER_LABELS and not article.quoted[t.i]]  # not 'a Feb. 1 letter'
    if names:  # 'a Club for Growth ad', 'the Heritage Foundation website', 'an FEC advisory opinion'
        return article.doc[min(t.left_edge.i for t in names):max(t.right_edge.i for t in names) + 1]
    # "a letter from the American Legion"; "The report, by the IFS, found" (hung on the verb);
    # "The statement, signed by CEO Maya Roth, read"
    between = [c for c in head.head.children if head.i < c.i < head.head.i] if head.dep_ == "nsubj" else []
    if head.dep_ == "nsubjpass":  # 'an email was sent from its director, Jo Hale'
        between = [c for c in head.head.children if c.i > head.head.i]
    agents = [a for c in head.rights if c.dep_ == "acl" and c.lemma_.lower() not in _READER_VERBS
              for a in c.children if a.dep_ == "agent"]  # 'signed by Maya Roth', not 'reviewed by The Post'
    for prep in list(head.rights) + between + agents:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
            for obj in prep.children:
                if obj.dep_ != "pobj" or article.quoted[obj.i]:
                    continue
                if obj.pos_ == "NOUN" and not obj.ent_type_:  # 'by the consulting firm Oxford Economics'
                    obj = next((a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN"), obj)
                if obj.pos_ == "PROPN" or obj.ent_type_ or obj.lemma_.lower() == "campaign" and any(
                        c.dep_ in ("compound", "poss") for c in obj.children):  # 'issued by the Hale campaign'
                    return article.doc[obj.left_edge.i:obj.i + 1]
    return None


def named_relative(r: SpeakerResolver, m: MentionView) -> Result:
    """'his wife said', 'her sister laughed': the one person the story names with that kinship
    role ('His wife, Betsy Ebeling, ...'), who is not the owner; else None (an unnamed relative
    is left to the later sieves)."""
    head = m.head
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.lower_ not in KINSHIP_NOUNS or owner is None or len(m.span) > 3:
        return None
    # the owner looked up in the cast, not resolved as a mention (that would reset the resolver's state)
    owned = r.cast.pronoun(owner.lower_, owner.idx, r.cast.history) if owner.pos_ == "PRON" else (
        r.cast.person_for([clean_name(owner.text)], owner.idx) if owner.pos_ == "PROPN" else None)
    kin = [e for e in r.cast.persons if e is not owned and (any(
        head.lower_ in fold(role).split() for role in e.roles) or _written_as_kin(r.article.text, e, head.lower_))]
    if len(kin) != 1:
        return None
    return as_resolved(kin[0], None), kin[0]


def _written_as_kin(text: str, e: Entity, kin: str) -> bool:
    """Whether the story names ``e`` right after a possessive and the kinship word ``kin``."""
    for p in e.positions:
        m = KIN_DESCRIBED_BEFORE_RE.search(text, max(0, p - 40), p)
        if m and m.group("kin") == kin:
            return True
    return False


def definite_nominal(r: SpeakerResolver, m: MentionView) -> Result:
    """'the institute', 'the former president': whoever's name or role has the noun; a bare
    'the agency' the organisation in focus; 'the activist' the person in focus."""
    head, mention, pos = m.head, m.span, m.pos
    definite = any(t.lower_ in ("the", "this", "that") or t.dep_ == "poss" and t.ent_type_ == "GPE"
                   for t in mention if t.dep_ in ("det", "poss"))  # "China's foreign ministry" as well
    if is_age(head) and mention.start > 0:  # 'the 30-year-old said': 'the' may hang on the verb
        definite = definite or mention.doc[mention.start - 1].lower_ in ("the", "this", "that")
    if head.tag_ not in ("NN", "NNP") and not is_age(head):
        return None
    named = _org_named_before(r, m) if definite or head.tag_ == "NN" else None
    if named is not None:  # 'the Likud party', "Odinga's ODM party"
        return as_resolved(named, None), named
    if not definite:
        return None
    if any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in head.children):
        return None  # 'the mayor's office': the mayor's, not whichever office is named ('Home Office')
    if personish(head) and _introduced_unnamed(r.article, head):  # people, not 'a union' (named nearly always)
        spoke = _same_noun_spoke_for(r, head)
        return (as_resolved(spoke, m.role), spoke) if spoke is not None else (Resolved(None, None, m.role), None)
    modifiers = [t.text for t in mention if t.i != head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")]
    e = r.cast.by_noun(head.lemma_, pos, modifiers) or r.cast.by_noun(head.text, pos, modifiers)
    if e is not None and not _first_named_well_after(r.article, e, pos, head.lower_):
        e = _subject_just_before(r, m, e) or e
        return as_resolved(e, None), e
    if head.lemma_.lower() in GENERIC_HEADS or _ranked(mention, head):
        e = _described_just_named(r, m) if head.lemma_.lower() in GENERIC_HEADS else None
        return (as_resolved(e, None), e) if e else None  # 'the official' named nowhere: not whoever is in focus
    bare = all(t.i == head.i or t.dep_ == "det" or t.ent_type_ == "NORP" for t in mention)  # 'the Irish carrier'
    if bare and head.lemma_.lower() == "campaign":
        return _campaign_named_before(r, m)
    if bare and head.lower_ in LOCAL_BODY_NOUNS:
        place = _place_named_before(r, m)
        if place is not None:
            return Resolved(place, ORGANISATION, None), r.cast.register(place, place.split(), ORGANISATION, m.pos)
    outlet = head.lemma_.lower() in MEDIA_NOUNS or head.lower_ in MEDIA_NOUNS  # only an outlet (media_outlet)
    if bare and not outlet and (head.lemma_.lower() in ORG_NOUNS or head.lower_ in ORG_NOUNS):
        if _described_unnamed_before(r.article, head):
            return Resolved(None, None, m.role), None
        e = r.cast.in_focus(ORGANISATION, None, pos, r.cast.history)
        if e is not None and not _another_kind(e, head.lemma_.lower()):
            return as_resolved(e, None), e
    if personish(head) and not (head.text[:1].isupper() and head.lower_ in TITLES):  # 'The King', 'the Pope'
        e = described_in_focus(r, pos)
        if e is not None and e is not UNNAMED and not _holds_another_office(e, mention, head):
            return as_resolved(e, None), e
    return None


def _subject_just_before(r: SpeakerResolver, m: MentionView, holder: Entity) -> Entity | None:
    """'Sen. Ann Pike spoke first. ... Hale toured the plant. Walking in, the senator said':
    a bare 'the <job>' whose holder was last mentioned (or so called) sentences ago means the
    person who is the subject just before it (in its own sentence or the one before), when
    the article gives that person no job of their own and they did not just speak (after
    'Ruiz asked', 'the senator said' is someone new); None when it does not apply."""
    if holder.kind != PERSON or not personish(m.head) or any(t.i != m.head.i and t.dep_ != "det" for t in m.span):
        return None
    article, pos = r.article, m.pos
    here = article.sentence_of(pos)
    while here > 0 and article.in_quote_char(article.sentence_starts[here]):
        here -= 1  # 'Walking in to chants of “Go! Go!,” the senator said' is one sentence
    since = article.sentence_starts[max(0, here - DISTANT_HOLDER_SENTENCES + 1)]
    if any(e is holder for _, e, _ in occurrences_between(r.cast, since, pos)) \
            or any(e is holder and since <= p < pos for p, e in r.cast.history) or re.search(
            rf"\b[Tt]he {re.escape(m.head.lower_)}\b(?! (?:from|of|for|at|in)\b)", article.text[since:m.span.start_char]):
        return None  # the holder is still in the story ('the judge' all along; not 'the senator from Utah')
    lo = article.sentence_starts[max(0, here - 1)]
    subjects = [(p, e) for p, e, is_subject in occurrences_between(r.cast, lo, pos)
                if is_subject and e.kind == PERSON and not article.in_quote_char(p)]
    if not subjects:
        return None
    p, e = subjects[-1]
    if e is holder or e is UNNAMED or has_job_role(e) or any(p == q for q, _ in r.cast.history):
        return None  # after 'Borger asked', 'the senator said' is someone new
    return e


DISTANT_HOLDER_SENTENCES = 3


def _holds_another_office(e: Entity, mention: Span, head: Token) -> bool:
    """'The mayor emailed staff' when the person in focus is Senator Ann Pike: an office
    (data/offices.txt) that the person's roles name another office instead of, and that
    the description does not call a past one ('the former mayor')."""
    if head.lower_ not in OFFICES or any(t.lower_ in PAST_ROLE_WORDS for t in mention):
        return False
    held = {w for role in e.roles for w in fold(role).replace("-", " ").split() if w in OFFICES}
    return bool(held) and head.lower_ not in held


UNNAMED_BODY_SENTENCES = 3  # 'The state's pharmacy board said ... In a statement, the board said'
# 'the county's housing authority': a body a place owns is one of its own, not a company in focus
_JURISDICTIONS = frozenset({"state", "county", "city", "town", "village", "province", "region", "district",
                            "country", "nation", "borough", "parish", "municipality", "territory", "island"})


def _described_unnamed_before(article: ArticleModel, head: Token) -> bool:
    """'The state's pharmacy board said it was studying the problem. ... the board said': a bare
    organisation noun whose last use in the sentences just before was a place's body in common
    nouns ('the county's housing authority'; not 'the aerospace company', which describes one in
    focus) means that unnamed body. Read from the words: the fast path leaves paragraphs without
    quotes unparsed."""
    texts, word = article.texts, head.lower_
    lo = article.sentence_starts[max(0, article.sentence_of(head.idx) - UNNAMED_BODY_SENTENCES)]
    for i in range(head.i - 1, -1, -1):
        if article.token_starts[i] < lo:
            return False
        if texts[i].lower() == word and not article.quoted[i]:
            k = i - 1
            while k > 0 and texts[k].islower() and texts[k].isalpha() and texts[k] not in POSSESSIVE:
                k -= 1  # 'pharmacy' of "the state's pharmacy board"
            return k >= 2 and texts[k] in POSSESSIVE and texts[k - 1].lower() in _JURISDICTIONS \
                and texts[k - 2].lower() == "the"
    return False


_CAMPAIGN_REACH = 3000  # characters back that a bare 'the campaign' looks for whose campaign it is
_NAME_RE = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
_OWNED_CAMPAIGN_RE = re.compile(rf"\b(?:(his|her)|[Tt]he ({_NAME_RE})|({_NAME_RE})['’]s) (?:presidential |re-?election )?campaign\b")


def _campaign_named_before(r: SpeakerResolver, m: MentionView) -> Result:
    """'The Clinton campaign suggested ... “...,” the campaign said': a bare 'the campaign' is
    the candidate's whose campaign the article named last ('the Clinton campaign', 'her
    campaign', 'Cruz's campaign'), else nobody's - never whichever organisation is in focus
    (a party, a department, a PAC). Read from the text: the paragraphs between may be unparsed."""
    article = r.article
    found = list(_OWNED_CAMPAIGN_RE.finditer(article.text, max(0, m.pos - _CAMPAIGN_REACH), m.pos))
    for match in reversed(found):
        if article.quoted[article.token_index(match.start())]:
            continue
        person = _campaign_owner(r, match)
        owner = person.name if person is not None else match.group(2) or match.group(3)
        if owner and fold(owner.split()[-1]) not in ORG_WORDS:  # not 'the Labour Party campaign'
            name = f"{owner} campaign"
            return Resolved(name, ORGANISATION, None), r.cast.register(name, name.split(), ORGANISATION, m.pos)
    return Resolved(None, None, m.role), None


def _place_named_before(r: SpeakerResolver, m: MentionView) -> str | None:
    """'A main burst in Fairview. ¶ ... “...,” the city said': the one town, city or county
    named in the mention's paragraph or the one before (outside quotes; not a country, nor
    the state after a comma that qualifies a town, 'Dayton, Ohio'); None when there is none
    or more than one."""
    article, county = r.article, m.head.lower_ == "county"
    here = article.paragraph_of(m.pos)
    places = {e.text for e in article.ents if _place_ent(e)}
    named = set()
    for ent in (e for e in article.ents if e.end_char <= m.pos and e.text in places and not article.quoted[e.start]):
        before = article.doc[ent.start - 2:ent.start] if ent.start > 1 else []
        qualifier = len(before) == 2 and before[1].text == "," and before[0].text[:1].isupper()  # 'SPRINGS, Ore.'
        name = clean_name(ent.text)
        if article.paragraph_of(ent.start_char) >= here - 1 and not qualifier and fold(name) not in COUNTRIES:
            named.add(name)
    named = {n for n in named if (n.split()[-1].lower() == "county") == county}
    return named.pop() if len(named) == 1 else None


def _place_ent(ent: Span) -> bool:
    """A place the tagger saw, or a name it called a firm where a place stands ('in Fairview')."""
    return ent.label_ == "GPE" or ent.label_ in ("ORG", "LOC") and ent.start > 0 \
        and ent.doc[ent.start - 1].lower_ in ("in", "near", "outside")


def _campaign_owner(r: SpeakerResolver, match: re.Match) -> Entity | None:
    """The person a campaign's owner ('her', 'the Clinton', "Cruz's") names, or None."""
    pronoun, name = match.group(1), match.group(2) or match.group(3)
    if pronoun:
        gender = "m" if pronoun == "his" else "f"
        return r.cast.in_focus(PERSON, gender, match.start(), r.cast.history, learn=False)
    return r.cast.person_for(name.split(), match.start())


def _org_named_before(r: SpeakerResolver, m: MentionView) -> Entity | None:
    """'the IG Metall union', 'the Likud party': the organisation the article knows by the
    proper nouns before a kind noun (nameforms.TRAILING_ORG_NOUNS; not 'the Trump campaign')."""
    head = m.head
    if head.lemma_.lower() not in TRAILING_ORG_NOUNS:
        return None
    names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or any(t.ent_type_ in ("NORP", "GPE") or r.article.is_demonym(t.text) for t in names):
        return None
    name = r.article.span_text(list(r.article.doc[names[0].left_edge.i:names[-1].i + 1]))
    org = r.cast.org_for(name, m.pos)
    if org is None and all(t.is_upper and t.is_alpha and len(t) > 1 for t in names):  # 'the ODM party': an acronym
        return r.cast.register(name, name.split(), ORGANISATION, m.pos)
    return org if org is not None and org.kind == ORGANISATION else None


def _another_kind(org: Entity, noun: str) -> bool:
    """'the school' and the 'Teaching Regulation Agency': an institution noun
    (data/institution_nouns.txt) and an organisation whose name ends in another kind's word
    (data/org_words.txt); 'the company' and the 'Republican National Convention' (data/
    company_nouns.txt, data/public_body_words.txt)."""
    if noun in COMPANY_NOUNS:
        return fold(org.tokens[-1]) in PUBLIC_BODY_WORDS
    if noun not in INSTITUTION_NOUNS:
        return False
    words = {fold(w) for w in org.tokens}
    return noun not in words and bool(words & ORG_WORDS)


def _described_just_named(r: SpeakerResolver, m: MentionView) -> Entity | None:
    """'Ari Webb, one of the report's authors, said it would be tested. “...,” said the former
    top aide to the governor': a described 'the aide' is the person named in the sentence
    before (a bare 'the aide' or 'the official' may be anyone; None then)."""
    described = any(t.pos_ == "ADJ" and t.i < m.head.i for t in m.span) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "of", "for") or c.dep_ == "relcl" for c in m.head.children)
    if not described:
        return None
    e = r.cast.in_focus(PERSON, None, m.pos, r.cast.history, learn=False)
    if e is None or e is UNNAMED:
        return None
    article = r.article
    here, paragraph = article.sentence_of(m.pos), article.paragraph_of(m.pos)
    spoke = [p for p, said in r.cast.history if said is e]  # '“...,” he said. ¶ “...,” said the man who'
    near = [p for p in e.positions if p < m.pos and 0 <= here - article.sentence_of(p) <= 1] + [
        p for p in spoke if p < m.pos and 0 <= paragraph - article.paragraph_of(p) <= 1]
    # not after someone unnamed brought in between: 'Lages said ... ¶ A cashier was shaken. “...,” said the woman'
    return e if near and not any(o is UNNAMED for _, o, _ in occurrences_between(r.cast, max(near), m.pos)) else None




LATER_NAME_SENTENCES = 2  # '“...,” said the aide. Tom Reyes, a top aide, ...': a name may follow closely


def _first_named_well_after(article: ArticleModel, e: Entity, pos: int, noun: str) -> bool:
    """Whether ``e`` is first named more than a couple of sentences after ``pos`` and 'the
    ``noun``' is new here: 'said the former top aide' is someone already in the story, not an
    aide the article meets later - unless the story has long called someone 'the judge'."""
    first = min(e.positions, default=pos)
    if first <= pos or article.sentence_of(first) - article.sentence_of(pos) <= LATER_NAME_SENTENCES:
        return False
    return re.search(rf"\bthe {re.escape(noun)}\b", article.text[:pos], re.IGNORECASE) is None


def _ranked(mention: Span, head: Token) -> bool:
    """'the prime minister', 'the deputy mayor': a rank word makes an office of its own."""
    return any(t.i < head.i and t.lower_ in RANK_PREFIXES for t in mention)


INTRODUCED_SENTENCES = 4  # how far back 'an organizer' may be for 'the organizer said'


def _same_noun_spoke_for(r: SpeakerResolver, head: Token) -> Entity | None:
    """'“...,” a spokesperson said. The spokesperson added that ...': the organisation an earlier
    quote's 'a spokesperson' (the same noun, brought in unnamed) was found to speak for."""
    for p, e in reversed(r.cast.history):
        if p >= head.idx or e is UNNAMED or e.kind != ORGANISATION:
            continue
        if re.match(rf"(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head.lower_)}\b", r.article.text[p:p + 80], re.I):
            return e
    return None


def _introduced_unnamed(article: ArticleModel, head: Token) -> bool:
    """'... greeted by an organizer ... “...,” the organizer told them': the same noun with 'a'
    or 'an' a few sentences before, not describing a name ('Ari Fleischer, a former aide'),
    brought in someone unnamed, whom 'the' now refers back to."""
    lemma = head.lemma_.lower() or head.lower_
    for t in article.tokens_back(head.i, INTRODUCED_SENTENCES):
        if article.quoted[t.i] or (t.lemma_.lower() or t.lower_) != lemma:
            continue
        if not t.dep_ and _after_indefinite_article(article.texts, t.i):
            return True
        det = next((c for c in t.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in _INDEFINITE and not _describes_someone(t):
            return True
    return False


def _describes_someone(noun: Token) -> bool:
    """'Ari Fleischer, a former aide', 'he is a lawyer': the noun describes a name or person
    ('a fashion designer' the parser hangs on 'her speech' brings in someone new)."""
    head = noun.head
    return noun.dep_ == "attr" or noun.dep_ == "appos" and (
        head.pos_ in ("PROPN", "PRON") or bool(head.ent_type_) or personish(head))


def _after_indefinite_article(texts: list[str], i: int) -> bool:
    """Unparsed text: 'a', 'an' or 'another' right before token ``i`` or up to three words before, with no
    comma after a name or person before it ('Ari Fleischer, a former aide' and 'the mayor, a
    lawyer' describe someone; 'her speech, a designer' does not)."""
    k = next((k for k in range(i - 1, max(-1, i - 5), -1) if not texts[k].isalpha() or texts[k].lower() in _INDEFINITE),
             -1)  # 'another unnamed GOP official': one lower-case word and capitalised ones between
    between = texts[k + 1:i] if k >= 0 else []
    return (k >= 0 and texts[k].lower() in _INDEFINITE and sum(w.islower() for w in between) <= 1
            and all(w[:1].isupper() for w in between[1:])
            and (k < 2 or texts[k - 1] != "," or texts[k - 2].islower() and not person_word(texts[k - 2])))


_INDEFINITE = frozenset({"a", "an", "another"})


NAMED_NEXT_SENTENCES = 2  # how far after the quote 'Ed Brookover spoke' may name 'a top adviser'
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its"})


def named_next(r: SpeakerResolver, m: MentionView) -> Result:
    """'A top Trump adviser says ... ¶ Ed Brookover spoke to reporters': a speaker brought in
    by an indefinite or possessive job description ('a retired general', 'Trump's campaign
    manager') is the person the next sentences first name, when that name is their subject."""
    if m.head.pos_ != "NOUN" or not _job_noun(m.head) or not _indefinite_or_possessive(m.span):
        return None
    article, starts = r.article, r.article.sentence_starts
    after = article.sentence_of(max(m.span.end_char, r.quote[1] if r.quote else 0)) + 1
    if after >= len(starts):
        return None
    end = starts[after + NAMED_NEXT_SENTENCES] if after + NAMED_NEXT_SENTENCES < len(starts) else len(article.text)
    person = next(((p, e, subject) for p, e, subject in occurrences_between(r.cast, starts[after], end)
                   if e.kind == PERSON and e is not UNNAMED), None)
    if person is None or person[1].introduced != person[0] or not person[2] or not _may_hold(person[1], m.head):
        return None  # the first person named next is not new, not what the sentence is about, or has another job
    return as_resolved(person[1], article.span_text(list(m.span)) or None), person[1]


_RESEARCH_NOUNS = frozenset({"analyst", "analysts", "economist", "economists", "strategist", "strategists"})
_SPEAKS_FOR_NOUNS = _RESEARCH_NOUNS | {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
                                       "spokeswomen", "representative", "representatives", "official", "officials"}


def speaks_for(r: SpeakerResolver, m: MentionView) -> Result:
    """'a spokesman for the agency', 'Analysts at Jefferies', 'Grayson's spokeswoman', 'a
    Northgate spokesman', 'Goldman analysts' (a firm's research): an unnamed voice of a named
    organisation or person is queried by that name (the description kept as the role); 'one
    Clinton aide' (no 'for', possessive or spokes- noun) and 'a spokesperson for the agency'
    (no name) stay unnamed."""
    head = m.head
    if head.lower_ not in _SPEAKS_FOR_NOUNS or r.article.quoted[head.i] or head.dep_ == "appos":
        return None  # 'Doug Andres, a spokesman for ...' describes a name
    # 'Grayson's spokeswoman' speaks for Grayson; 'Obama's former strategist' is a person of his own
    spokes = head.lower_.startswith("spokes")
    owners = [c for c in head.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and spokes] + [
        o for p in head.rights if p.dep_ == "prep" and p.lower_ in ("for", "at", "of", "from", "with")
        for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]  # named, not 'the agency'
    firms = [c for c in head.children if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
             ] if head.lower_ in _RESEARCH_NOUNS else []  # 'Goldman analysts wrote in a note': the firm's research
    for o in owners + firms:
        phrase = r.article.doc[o.left_edge.i:o.i + 1] if o.dep_ == "pobj" else _owner_phrase(r.article, head)
        found = r.resolve(phrase, r.cast.history) if phrase is not None and len(phrase) else None
        if found is not None and found[0].name is not None and (o not in firms or found[0].kind == ORGANISATION):
            role = r.article.span_text(list(m.span)) or None
            return Resolved(found[0].name, found[0].kind, role, gender=found[0].gender), found[1]
    return (_speaks_for_org_noun(r, m) or _spokesperson_after_org(r, m)) if spokes else None


def _spokesperson_after_org(r: SpeakerResolver, m: MentionView) -> Result:
    """'Devon County Council said engineers were at work. A spokesman said: “...”': a bare 'a
    spokesman' speaks for the organisation that is the last subject of the sentence before
    (not after a person: 'Pike spoke. A spokesman said' stays unnamed)."""
    if any(t.i != m.head.i and t.dep_ != "det" for t in m.span) or any(c.dep_ == "prep" for c in m.head.children):
        return None
    article = r.article
    here = article.sentence_of(m.pos)
    start = article.sentence_starts[max(0, here - 1)]
    subjects = [e for p, e, is_subject in occurrences_between(r.cast, start, m.pos) if is_subject and e is not UNNAMED]
    if not subjects or subjects[-1].kind != ORGANISATION:
        return None
    return as_resolved(subjects[-1], article.span_text(list(m.span)) or None), subjects[-1]


def _speaks_for_org_noun(r: SpeakerResolver, m: MentionView) -> Result:
    """'a ministry spokesman' after "Germany's Economy Ministry": the organisation whose name
    has the noun (none for 'a company spokeswoman' when no name says 'company')."""
    for noun in (c for c in m.head.children if c.dep_ == "compound" and c.pos_ == "NOUN"):
        word = noun.lemma_.lower()
        if word not in ORG_NOUNS:
            continue
        e = r.cast.by_noun(word, m.pos)
        if e is not None and e.kind == ORGANISATION and word in {fold(w) for w in e.tokens}:
            return as_resolved(e, r.article.span_text(list(m.span)) or None), e
    return None


def _may_hold(person: Entity, job: Token) -> bool:
    """``person`` has no known role, or one with the ``job`` noun ('a retired general' ->
    'Gen. Wesley Clark'; 'a spokesperson' is not 'Transport Secretary Mark Harper')."""
    word = job.lemma_.lower() or job.lower_
    roles = [r for r in person.roles if useful_role(r)]  # 'Dame', 'Mr': no job
    return not roles or any(word in {TITLE_ABBREVIATIONS.get(w, w) for w in fold(r).replace(".", "").split()}
                            for r in roles)



def _job_noun(head: Token) -> bool:
    word = head.lemma_.lower() or head.lower_
    return word in ROLE_NOUNS or word in PERSON_NOUNS or word in TITLES


def _indefinite_or_possessive(span: Span) -> bool:
    """'a retired general', 'an aide', 'Trump's campaign manager', 'his chief aide'."""
    first = span[0].lower_
    return first in ("a", "an") or first in _POSSESSIVE_DETERMINERS or any(
        t.text in POSSESSIVE or t.tag_ == "POS" for t in span)


def unnamed(r: SpeakerResolver, m: MentionView) -> tuple[Resolved, None]:
    """No sieve decided: an unnamed speaker, the description kept as the role ("senior
    European Union official")."""
    described = r.article.span_text(list(m.span)) or m.role
    return Resolved(None, None, described if described and useful_role(described) else m.role), None


RESOLUTION_SIEVES: dict[str, Callable[[SpeakerResolver, MentionView], Result]] = {
    "narrator": narrator,
    "document_read_out": document_read_out,
    "group_pronoun": group_pronoun,
    "document_pronoun": document_pronoun,
    "pronoun": pronoun,
    "named_in_apposition": named_in_apposition,
    "known_as": known_as,
    "title_alone": title_alone,
    "answer_label": answer_label,
    "description_of_focus": description_of_focus,
    "name_the_tagger_missed": name_the_tagger_missed,
    "name": name,
    "media_outlet": media_outlet,
    "owner": owner,
    "named_relative": named_relative,
    "definite_nominal": definite_nominal,
    "named_next": named_next,
    "speaks_for": speaks_for,
}
DEFAULT_RESOLUTION_SIEVES: tuple[str, ...] = tuple(RESOLUTION_SIEVES)
