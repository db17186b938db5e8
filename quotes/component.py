"""A spaCy pipeline component: ``nlp.add_pipe("quote_attribution")`` sets ``doc._.quotes``."""
from __future__ import annotations

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from .attribution import DEFAULT_SIEVES, SIEVES
from .extract import Mention, Quote, quotes_from_doc
from .speakers import DEFAULT_RESOLUTION_SIEVES, RESOLUTION_SIEVES

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

_QUOTE_KEY = "__quotes.Quote__"


def _encode_quote(obj, chain=None):
    """``doc._.quotes`` crosses process boundaries (``nlp.pipe(n_process=2)`` serialises the
    Doc with msgpack): a :class:`Quote` travels as its plain dict."""
    if isinstance(obj, Quote):
        return {_QUOTE_KEY: obj.to_dict()}
    return obj if chain is None else chain(obj)


def _decode_quote(obj, chain=None):
    """The :class:`Quote` back from :func:`_encode_quote`'s dict."""
    if isinstance(obj, dict) and _QUOTE_KEY in obj:
        fields = dict(obj[_QUOTE_KEY])
        mention = fields.get("speaker_mention")
        fields["speaker_mention"] = Mention(**mention) if mention else None
        return Quote(**fields)
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("quotes.quote", func=_encode_quote)
srsly.msgpack_decoders.register("quotes.quote", func=_decode_quote)


class QuoteAttribution:
    """Sets ``doc._.quotes`` to the list of :class:`quotes.Quote` found in the doc."""

    def __init__(self, include_non_speech: bool = False, sieves: list[str] | tuple[str, ...] = DEFAULT_SIEVES,
                 resolution_sieves: list[str] | tuple[str, ...] = DEFAULT_RESOLUTION_SIEVES):
        for names, known in ((sieves, SIEVES), (resolution_sieves, RESOLUTION_SIEVES)):
            unknown = [name for name in names if name not in known]
            if unknown:
                raise ValueError(f"quote_attribution: unknown sieves {unknown}; known: {sorted(known)}")
        self.include_non_speech = include_non_speech
        self.sieves = tuple(sieves)
        self.resolution_sieves = tuple(resolution_sieves)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = quotes_from_doc(doc, self.include_non_speech, self.sieves,
                                       resolution_sieves=self.resolution_sieves)
        return doc


@Language.factory("quote_attribution",
                  default_config={"include_non_speech": False, "sieves": list(DEFAULT_SIEVES),
                                  "resolution_sieves": list(DEFAULT_RESOLUTION_SIEVES)})
def make_quote_attribution(nlp: Language, name: str, include_non_speech: bool, sieves: list[str],
                           resolution_sieves: list[str]) -> QuoteAttribution:
    """Return the component; it needs the parser and NER earlier in the pipeline.

    ``sieves``: the attribution rules to run, in order (``quotes.attribution.SIEVES``);
    ``resolution_sieves``: the rules that turn a mention into a speaker, in order
    (``quotes.speakers.RESOLUTION_SIEVES``).
    """
    return QuoteAttribution(include_non_speech, sieves, resolution_sieves)
