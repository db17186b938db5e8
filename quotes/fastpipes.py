"""Run a model's attribute ruler and lemmatizer in less time, with the same annotations.

The English models' attribute ruler maps each tag to a part of speech and
morphology with ~180 one- or two-token patterns, and spaCy's Matcher tries every
pattern at every token: about a tenth of the whole pipeline's time.  Every such
pattern tests only a few token attributes, so here each distinct token (its tag,
lowercase form, dependency label and whether it is space) is checked against the
patterns once (a word never seen before only against the few patterns that name
word forms), and the ruler sets its annotations from the matches exactly as it
would from the Matcher's, written as arrays rather than token by token.  A ruler
with a pattern this cannot read (an operator, another attribute) keeps its
Matcher; one setting attributes an array does not hold keeps spaCy's setter.

The rule lemmatizer gives one lemma per (word, part of speech, morphology), but
spaCy asks it token by token from Python, and each new word is looked up in
lists of up to 57,000 known lemmas; here the lists answer membership from a set,
and the lemmas are looked up by that key in a table and written at once.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
TokenKey = tuple  # (tag, lowercase form, dependency label, is space): string ids, 0 or 1
Check = Callable[[TokenKey], bool]


def _value_check(column: int, value, strings) -> Check | None:
    """A test of one attribute against a pattern value (string, bool, IN / NOT_IN / REGEX)."""
    def as_id(v):
        return int(v) if isinstance(v, bool) else strings.add(v)
    if isinstance(value, (str, bool)):
        wanted = as_id(value)
        return lambda key: key[column] == wanted
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple, set)):
        ids = frozenset(as_id(v) for v in arg)
        return (lambda key: key[column] in ids) if op == "IN" else (lambda key: key[column] not in ids)
    if op == "REGEX" and column != _ATTRS["IS_SPACE"]:
        regex = re.compile(arg)
        return lambda key: regex.search(strings[key[column]]) is not None
    return None


def _token_check(spec: dict, strings) -> Check | None:
    """A test of one token against one token pattern, or None if it tests anything else."""
    checks = []
    for name, value in spec.items():
        check = _value_check(_ATTRS[name], value, strings) if name in _ATTRS else None
        if check is None:
            return None
        checks.append(check)
    return lambda key: all(check(key) for check in checks)


def _named_values(spec: dict, name: str, strings) -> frozenset[int] | None:
    """The values a token pattern names for attribute ``name`` (a string, or IN), as string
    ids; None when it does not test ``name`` or tests it otherwise (a regex, NOT_IN)."""
    value = spec.get(name)
    if isinstance(value, str):
        return frozenset([strings.add(value)])
    if isinstance(value, dict) and list(value) == ["IN"]:
        return frozenset(strings.add(v) for v in value["IN"])
    return None


class CompiledMatches:
    """``ruler.match`` without the Matcher: the (rule id, match id, start, end) tuples,
    sorted, that the Matcher would give.  Which patterns a token may start is found once per
    (tag, dependency, space) for patterns that test no word form, and by a table of the
    named forms for those that do, so a word never seen before costs a dictionary lookup."""

    def __init__(self, patterns: list[tuple[int, int, list[Check]]], by_tag: dict[int, list[int]],
                 any_tag: list[int], by_word: dict[int, list[int]], other_words: list[int]):
        self.patterns = patterns  # (rule id, match id, one check per token)
        self.by_tag, self.any_tag = by_tag, any_tag  # patterns testing no word form, by the first tag
        self.by_word, self.other_words = by_word, other_words  # those naming forms; those testing them otherwise
        self._shapes: dict[tuple[int, int, int], tuple[int, ...]] = {}
        self._firsts: dict[TokenKey, tuple[int, ...]] = {}  # key -> patterns whose first token fits

    def _starting_with(self, key: TokenKey) -> tuple[int, ...]:
        found = self._firsts.get(key)
        if found is None:
            shape = (key[0], key[2], key[3])
            free = self._shapes.get(shape)
            if free is None:
                tried = self.by_tag.get(key[0], []) + self.any_tag
                free = self._shapes[shape] = tuple(n for n in tried if self.patterns[n][2][0](key))
            worded = [n for n in self.by_word.get(key[1], []) + self.other_words if self.patterns[n][2][0](key)]
            found = tuple(sorted(free + tuple(worded))) if worded else free
            if len(self._firsts) < 200_000:
                self._firsts[key] = found
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        keys = list(map(tuple, doc.to_array(_COLUMNS).tolist()))
        matches = []
        for start, key in enumerate(keys):
            for n in self._starting_with(key):
                rule, match_id, checks = self.patterns[n]
                end = start + len(checks)
                if end <= len(keys) and all(check(keys[start + k]) for k, check in enumerate(checks[1:], 1)):
                    matches.append((rule, match_id, start, end))
        matches.sort()
        return matches


def compile_ruler(ruler) -> CompiledMatches | None:
    """The ruler's matching without the Matcher, or None if a pattern needs the Matcher."""
    strings = ruler.vocab.strings
    patterns, by_tag, any_tag, by_word, other_words = [], {}, [], {}, []
    for rule in range(len(ruler.attrs)):
        match_id = strings.add(str(rule))
        for token_specs in ruler.matcher.get(str(rule))[1]:
            checks = [_token_check(spec, strings) for spec in token_specs]
            if not checks or any(check is None for check in checks):
                return None
            first, n = token_specs[0], len(patterns)
            words = _named_values(first, "LOWER", strings)
            if words is not None:
                for word in words:
                    by_word.setdefault(word, []).append(n)
            elif "LOWER" in first:
                other_words.append(n)
            else:
                tags = _named_values(first, "TAG", strings)
                for tag in tags or ():
                    by_tag.setdefault(tag, []).append(n)
                if tags is None:
                    any_tag.append(n)
            patterns.append((rule, match_id, checks))
    return CompiledMatches(patterns, by_tag, any_tag, by_word, other_words)


class ArrayAnnotations:
    """``ruler.set_annotations`` written as arrays: each match's attributes go into a copy of
    the doc's columns, in the ruler's order (a later match wins), and are set at once, not
    token by token through a ``Span``."""

    def __init__(self, ruler, columns: list[int]):
        self.ruler, self.columns = ruler, columns
        where = {attr: k for k, attr in enumerate(columns)}
        self.rules = [(ruler.indices[r], [(where[attr], value) for attr, value in attrs.items()])
                      for r, attrs in enumerate(ruler.attrs)]

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        if not matches:
            return
        rows = doc.to_array(self.columns)
        for rule, _, start, end in matches:
            index, values = self.rules[rule]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                return type(self.ruler).set_annotations(self.ruler, doc, matches)  # spaCy raises its error
            for column, value in values:
                rows[i, column] = value
        doc.from_array(self.columns, rows)


def array_annotations(ruler) -> ArrayAnnotations | None:
    """The ruler's annotations as arrays, or None if a rule sets anything but token
    attributes an array holds (an extension attribute, a lexeme's)."""
    columns = sorted({attr for attrs in ruler.attrs for attr in attrs})
    if not columns or not all(isinstance(a, int) and a in _ARRAY_ATTRS for a in columns):
        return None
    return ArrayAnnotations(ruler, columns)


_ARRAY_ATTRS = frozenset({POS, TAG, MORPH, LEMMA, DEP})


class _IndexList(list):
    """A list of known lemmas that answers ``in`` from a set (still a list when saved)."""

    def __init__(self, items):
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item) -> bool:
        return item in self._members


def _index_as_sets(lemmatizer) -> None:
    """The lemmatizer's lists of known lemmas, each made an :class:`_IndexList`."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _IndexList):
            table[key] = _IndexList(words)


class TableLemmatizer:
    """Calls a spaCy ``Lemmatizer`` (rule or lookup mode) once per distinct (word, part of
    speech, morphology) and sets every token's lemma from that table in one write."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Doc) -> Doc:
        if not getattr(self.lemmatizer, "_validated", True):
            return self.lemmatizer(doc)  # spaCy checks its tables on the first call
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            found = self._lemmas.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if len(self._lemmas) < 500_000:
                    self._lemmas[key] = found
            rows[i, 3] = found
        doc.from_array([LEMMA], rows[:, 3:4])
        return doc


def speed_up(nlp: Language) -> list[str]:
    """Give ``nlp``'s attribute ruler the compiled matching and its lemmatizer the lemma
    table where they can take them; return the names of the components sped up."""
    done = []
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        compiled = compile_ruler(ruler)
        if compiled is not None:
            ruler.match = compiled
            done.append("attribute_ruler")
        setter = array_annotations(ruler)
        if setter is not None:
            ruler.set_annotations = setter
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode in ("rule", "lookup"):
            _index_as_sets(lemmatizer)
            lemmatizer.pipe = TableLemmatizer(lemmatizer).pipe  # what nlp.pipe calls
            done.append("lemmatizer")
    return done
