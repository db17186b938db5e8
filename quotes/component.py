"""A spaCy pipeline component: ``nlp.add_pipe("quote_attribution")`` sets ``doc._.quotes``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extract import quotes_from_doc

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuoteAttribution:
    """Sets ``doc._.quotes`` to the list of :class:`quotes.Quote` found in the doc."""

    def __init__(self, include_non_speech: bool = False):
        self.include_non_speech = include_non_speech

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = quotes_from_doc(doc, self.include_non_speech)
        return doc


@Language.factory("quote_attribution", default_config={"include_non_speech": False})
def make_quote_attribution(nlp: Language, name: str, include_non_speech: bool) -> QuoteAttribution:
    """Return the component; it needs the parser and NER earlier in the pipeline."""
    return QuoteAttribution(include_non_speech)
