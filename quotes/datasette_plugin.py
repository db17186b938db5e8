"""The Datasette plugin that ships with quotes (registered by the package's entry point).

- ``name_key(text)``, a SQL function on every connection: the same
  normalisation the store uses for ``speakers.name_key`` and
  ``speaker_aliases.alias_key`` and ``quotes export --speaker`` uses for its
  argument (case, accents, curly or straight apostrophes, spacing), so that a
  canned query finds "Nauseda", "Nausėda" and "NATO's Stoltenberg " alike;
- a cap on the size of any one SQL value (:data:`MAX_VALUE_BYTES`);
- read-only HTTP: methods other than GET, HEAD and OPTIONS answer 405;
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
    served = tuple(name for name, db in datasette.databases.items() if db.path and holds_quotes(db.path))
    return metadata_for(served) if served else {}


_READ_METHODS = ("GET", "HEAD", "OPTIONS")


@hookimpl
def asgi_wrapper(datasette):
    """A site serving a quotes database is read-only: any other method is a 405, never a 500."""
    def wrap(app):
        async def read_only(scope, receive, send):
            if scope.get("type") == "http" and scope.get("method") not in _READ_METHODS and any(
                    db.path and holds_quotes(db.path) for db in datasette.databases.values()):
                await send({"type": "http.response.start", "status": 405,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD")]})
                await send({"type": "http.response.body", "body": b"This site is read-only.\n"})
                return
            await app(scope, receive, send)
        return read_only
    return wrap
