"""Name keys and name forms shared by the speaker resolver and the store (no spaCy here)."""
from __future__ import annotations

import sqlite3
import unicodedata
from functools import lru_cache

# Generational suffixes: "Joseph R. Biden Jr." has the surname Biden.
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "2nd", "3rd"})


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case- and accent-insensitive key for a name: 'Nausėda' and 'nauseda' match."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.replace("’", "'").split()).casefold()


def name_key(value: str | None) -> str | None:
    """The lookup key of a speaker name or alias, ``fold(value)`` (None stays None): what
    ``speakers.name_key`` and ``speaker_aliases.alias_key`` hold and what every lookup
    (site, export) compares them with."""
    return fold(value) if isinstance(value, str) else None


def register_functions(conn: sqlite3.Connection) -> None:
    """Give a SQLite connection the SQL function ``name_key(text)``."""
    conn.create_function("name_key", 1, name_key, deterministic=True)


def name_core(words: list[str]) -> list[str]:
    """The words of a name without generational suffixes or a comma before them."""
    core = list(words)
    while len(core) > 1 and (core[-1].lower().strip(",") in NAME_SUFFIXES or core[-1] in (",", ".")):
        core.pop()
    if core and len(core) < len(words):
        core[-1] = core[-1].rstrip(",")
    return core


def name_suffix(words: list[str]) -> str:
    """The generational suffix ending a name, folded and without its dot ('jr'), or ''."""
    core = name_core(words)
    tail = [w.lower().strip(",.") for w in words[len(core):] if w.strip(",.")]
    return tail[-1] if tail else ""


def surname_key(words: list[str]) -> str:
    """Folded surname of a name: its last word before any suffix, without a joined Arabic
    article ('sisi' for 'Abdel Fattah al-Sisi', as the article later writes 'Sisi'; '' for no words)."""
    core = name_core(words)
    if not core:
        return ""
    surname = fold(core[-1])
    return surname[3:] if surname[:3] in ("al-", "el-") and len(surname) > 5 else surname


def first_name_key(words: list[str]) -> str:
    """Folded first word of a name ('' for no words)."""
    return fold(words[0]) if words else ""
