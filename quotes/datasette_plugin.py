"""The Datasette plugin that ships with quotes (registered by the package's entry point).

It gives every connection the SQL function ``name_key(text)``: the same
normalisation the store uses for ``speakers.name_key`` and
``speaker_aliases.alias_key`` and ``quotes export --speaker`` uses for its
argument (case, accents, curly or straight apostrophes, spacing), so that a
canned query finds "Nauseda", "Nausėda" and "NATO's Stoltenberg " alike.
"""
from __future__ import annotations

import sqlite3

from datasette import hookimpl

from .names import register_functions


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    register_functions(conn)
