"""Name keys shared by the speaker resolver and the store (no spaCy here)."""
from __future__ import annotations

import unicodedata


def fold(name: str) -> str:
    """Case- and accent-insensitive key for a name: 'Nausėda' and 'nauseda' match."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.replace("’", "'").split()).casefold()
