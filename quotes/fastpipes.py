"""Run a model's attribute ruler and lemmatizer in less time, with the same annotations.

The English models' attribute ruler maps each tag to a part of speech and
morphology with ~180 one- or two-token patterns, and spaCy's Matcher tries every
pattern at every token: about a tenth of the whole pipeline's time.  Every such
pattern tests only a few token attributes, so here each distinct token (its tag,
lowercase form, dependency label and whether it is space) is checked against the
patterns once, and the ruler sets its annotations from the matches exactly as it
would from the Matcher's.  A ruler with a pattern this cannot read (an operator,
another attribute) keeps its Matcher.

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


def _first_tags(spec: dict, strings) -> frozenset[int] | None:
    """The tags a pattern's first token may have, or None if any tag will do."""
    tag = spec.get("TAG")
    if isinstance(tag, str):
        return frozenset([strings.add(tag)])
    if isinstance(tag, dict) and list(tag) == ["IN"]:
        return frozenset(strings.add(t) for t in tag["IN"])
    return None


class CompiledMatches:
    """``ruler.match`` without the Matcher: the (rule id, match id, start, end) tuples,
    sorted, that the Matcher would give."""

    def __init__(self, patterns: list[tuple[int, int, list[Check]]], by_tag: dict[int, list[int]],
                 any_tag: list[int]):
        self.patterns = patterns  # (rule id, match id, one check per token)
        self.by_tag, self.any_tag = by_tag, any_tag  # patterns to try, by the first token's tag
        self._firsts: dict[TokenKey, tuple[int, ...]] = {}  # key -> patterns whose first token fits

    def _starting_with(self, key: TokenKey) -> tuple[int, ...]:
        found = self._firsts.get(key)
        if found is None:
            tried = sorted(self.by_tag.get(key[0], []) + self.any_tag)
            found = tuple(n for n in tried if self.patterns[n][2][0](key))
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
    patterns, by_tag, any_tag = [], {}, []
    for rule in range(len(ruler.attrs)):
        match_id = strings.add(str(rule))
        for token_specs in ruler.matcher.get(str(rule))[1]:
            checks = [_token_check(spec, strings) for spec in token_specs]
            if not checks or any(check is None for check in checks):
                return None
            tags = _first_tags(token_specs[0], strings)
            for tag in tags or ():
                by_tag.setdefault(tag, []).append(len(patterns))
            if tags is None:
                any_tag.append(len(patterns))
            patterns.append((rule, match_id, checks))
    return CompiledMatches(patterns, by_tag, any_tag)


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
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode in ("rule", "lookup"):
            _index_as_sets(lemmatizer)
            lemmatizer.pipe = TableLemmatizer(lemmatizer).pipe  # what nlp.pipe calls
            done.append("lemmatizer")
    return done
