"""quotes: find direct quotes in news articles and attribute them to canonical speakers."""
from .extract import EXTRACTOR_VERSION, Mention, Quote, extract_many, extract_quotes, quotes_from_doc
from .model import load_model
from . import component  # noqa: F401  registers the "quote_attribution" factory

__version__ = EXTRACTOR_VERSION
__all__ = ["Mention", "Quote", "extract_quotes", "extract_many", "quotes_from_doc", "load_model"]
