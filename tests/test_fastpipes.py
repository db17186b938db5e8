"""The sped-up attribute ruler and lemmatizer annotate exactly as spaCy's own."""
import pickle

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from quotes.fastpipes import (ArrayAnnotations, CompiledMatches, TableLemmatizer, _IndexList, array_annotations,
                              compile_ruler, speed_up)
from quotes.model import default_model_name

TEXTS = [
    "The minister said on Tuesday that the cuts would hurt families.",
    "“We ain't gonna stop,” she told reporters. “Y'all know it. C'mon, let's go.”",
    "There is no plan, and there were never any talks, he said, adding: “Nothing has changed.”",
    "Everyone gets a vote; nobody got one in 2019. Something is wrong, somebody said.",
    "But the firm's shares fell 4.5% -- the biggest drop since March -- to $12.30 (about €11).",
    "Mrs. O'Neill, 54, whose cousins were running, wrote:\n\n“I've been better.”  \n",
]


@pytest.fixture(scope="module")
def spacy_nlp():
    return spacy.load(default_model_name())  # as spaCy ships it: Matcher and per-token lemmas


def test_the_model_quotes_loads_is_sped_up(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").match, CompiledMatches)
    assert isinstance(nlp.get_pipe("attribute_ruler").set_annotations, ArrayAnnotations)
    assert isinstance(nlp.get_pipe("lemmatizer").pipe.__self__, TableLemmatizer)
    assert speed_up(spacy.blank("en")) == []


@pytest.mark.parametrize("text", TEXTS)
def test_compiled_ruler_finds_what_the_matcher_finds(spacy_nlp, text):
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    with spacy_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = spacy_nlp(text)
    assert compile_ruler(ruler)(doc) == ruler.match(doc)


def test_two_token_patterns_are_matched(spacy_nlp):
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    with spacy_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = spacy_nlp("We're gonna win, y'all.")
    pairs = {doc[start:end].text.lower() for _, _, start, end in compile_ruler(ruler)(doc) if end - start == 2}
    assert "gonna" in pairs and "y'all" in pairs


@pytest.mark.parametrize("text", TEXTS)
def test_annotations_equal_spacys(nlp, spacy_nlp, text):
    attrs = list(Doc._get_array_attrs())
    with nlp.select_pipes(disable=["quotes_paragraph_breaks"]):  # not a speed-up: it changes the parse on purpose
        ours = list(nlp.pipe([text]))[0]
    theirs = list(spacy_nlp.pipe([text]))[0]
    assert numpy.array_equal(ours.to_array(attrs), theirs.to_array(attrs))
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in ours] == [(t.pos_, t.lemma_, str(t.morph)) for t in theirs]


def test_a_pattern_it_cannot_read_keeps_the_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "big"}, {"LOWER": "deal", "OP": "?"}]], {"LEMMA": "big"})
    assert compile_ruler(ruler) is None
    assert speed_up(nlp) == []


def test_blank_ruler_patterns_compile_and_match():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["colour", "color"]}}]], {"NORM": "color"})
    ruler.add([[{"LOWER": {"REGEX": "^gr[ae]y$"}}]], {"NORM": "gray"})
    assert speed_up(nlp) == ["attribute_ruler"]
    assert array_annotations(ruler) is None  # NORM is set token by token, as spaCy does
    assert [t.norm_ for t in nlp("Grey colour")] == ["gray", "color"]


def test_a_later_rule_wins_when_annotations_are_set_as_arrays():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "lead"}]], {"POS": "NOUN", "LEMMA": "lead"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": "lead"}]], {"POS": "VERB"}, index=1)
    speed_up(nlp)
    assert isinstance(ruler.set_annotations, ArrayAnnotations)
    assert [(t.pos_, t.lemma_) for t in nlp("lead the lead")] == [("NOUN", "lead"), ("", ""), ("VERB", "lead")]


def test_lemma_index_still_a_list_that_saves():
    index = _IndexList(["run", "walk"])
    assert "run" in index and "ran" not in index and index == ["run", "walk"]
    assert pickle.loads(pickle.dumps(list(index))) == ["run", "walk"]


def test_sped_up_lemmatizer_still_serialises(nlp):
    assert nlp.get_pipe("lemmatizer").to_bytes()
