"""A spaCy pipeline component: ``nlp.add_pipe("quote_attribution")`` sets ``doc._.quotes``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .attribution import DEFAULT_SIEVES, SIEVES
from .extract import quotes_from_doc

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuoteAttribution:
    """Sets ``doc._.quotes`` to the list of :class:`quotes.Quote` found in the doc."""

    def __init__(self, include_non_speech: bool = False, sieves: list[str] | tuple[str, ...] = DEFAULT_SIEVES):
        unknown = [name for name in sieves if name not in SIEVES]
        if unknown:
            raise ValueError(f"quote_attribution: unknown sieves {unknown}; known: {sorted(SIEVES)}")
        self.include_non_speech = include_non_speech
        self.sieves = tuple(sieves)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = quotes_from_doc(doc, self.include_non_speech, self.sieves)
        return doc


@Language.factory("quote_attribution",
                  default_config={"include_non_speech": False, "sieves": list(DEFAULT_SIEVES)})
def make_quote_attribution(nlp: Language, name: str, include_non_speech: bool,
                           sieves: list[str]) -> QuoteAttribution:
    """Return the component; it needs the parser and NER earlier in the pipeline.

    ``sieves``: the attribution rules to run, in order (see ``quotes.attribution.SIEVES``).
    """
    return QuoteAttribution(include_non_speech, sieves)
