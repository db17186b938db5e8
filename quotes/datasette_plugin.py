"""The Datasette plugin that ships with quotes (registered by the package's entry point).

- ``name_key(text)``, a SQL function on every connection: the same
  normalisation the store uses for ``speakers.name_key`` and
  ``speaker_aliases.alias_key`` and ``quotes export --speaker`` uses for its
  argument (case, accents, curly or straight apostrophes, spacing), so that a
  canned query finds "Nauseda", "Nausėda" and "NATO's Stoltenberg " alike;
- a cap on the size of any one SQL value (:data:`MAX_VALUE_BYTES`);
- the site configuration shipped in ``quotes/data/metadata.yml`` (titles,
  descriptions, facets, canned queries), for every served database that holds
  a quotes database's tables, whatever its file is called.
"""
from __future__ import annotations

import sqlite3

from datasette import hookimpl

from .names import register_functions
from .site import holds_quotes, metadata_for


# The longest string or blob one SQL value may be on the site: a request cannot build a
# gigabyte value ('select randomblob(900000000)') and hold it in the server's memory.
MAX_VALUE_BYTES = 10 * 1024 * 1024


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    register_functions(conn)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


@hookimpl
def get_metadata(datasette, key, database, table):
    served = [name for name, db in datasette.databases.items() if db.path and holds_quotes(db.path)]
    return metadata_for(served) if served else {}
