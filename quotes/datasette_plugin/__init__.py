"""The Datasette plugin that ships with quotes (registered by the package's entry point).

- ``name_key(text)``, a SQL function on every connection: the same
  normalisation the store uses for ``speakers.name_key`` and
  ``speaker_aliases.alias_key`` and ``quotes export --speaker`` uses for its
  argument (case, accents, curly or straight apostrophes, spacing), so that a
  canned query finds "Nauseda", "Nausėda" and "NATO's Stoltenberg " alike;
- bounded memory for any SQL a visitor sends: one value at most
  :data:`MAX_VALUE_BYTES`, one result at most :data:`MAX_RESULT_BYTES` (rows
  are what a response holds), SQLite's own heap at most :data:`MAX_SQLITE_HEAP`;
- read-only HTTP: methods other than GET, HEAD and OPTIONS answer 405;
- a visitor's own SQL (``?sql=``, ``?_where=``) runs one query at a time
  (:data:`SQL_AT_ONCE`), so expensive queries cannot take every SQL thread from
  the pages and canned queries everyone else is reading; past
  :data:`SQL_QUEUE` waiting, 503 with Retry-After;
- a visitor's mistake (a bad ``_sort``, invalid SQL) is a 400 with a one-line log,
  not a 500 with a page of traceback in the server's log;
- ``/-/databases.json`` names each database's file, not its absolute path;
- repeated JSON answers served from a cache while the database files are unchanged;
- the site's own pages for a speaker (with a chart and an Atom feed), a quote in
  its context and an article with its quotes (:mod:`.pages`), templates and CSS
  shipped beside this module;
- the site configuration shipped in ``quotes/data/metadata.yml`` (titles,
  descriptions, facets, canned queries), for every served database that holds
  a quotes database's tables, whatever its file is called.
"""
from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
import time
import weakref
from contextlib import contextmanager

from datasette import hookimpl

from ..names import register_functions
from ..site import database_source, holds_quotes, metadata_for
from .cache import ResponseCache


# The longest string or blob one SQL value may be on the site: a request cannot build a
# gigabyte value ('select randomblob(900000000)') and hold it in the server's memory.
MAX_VALUE_BYTES = 10 * 1024 * 1024
# The most text one query's rows may hold: a thousand rows of 10 MB values would be 10 GB.
MAX_RESULT_BYTES = 16 * 1024 * 1024
# SQLite's own memory, for the whole process: a row of many large values, a huge sort or
# group_concat fails with "out of memory" instead of growing the server without bound.
MAX_SQLITE_HEAP = 256 * 1024 * 1024
# More columns than any page of the site selects; bounds how many values one row can hold.
MAX_COLUMNS = 100


class ResultTooLarge(sqlite3.OperationalError):
    """A query's rows would hold more than MAX_RESULT_BYTES."""


_result_bytes: "weakref.WeakKeyDictionary[sqlite3.Cursor, int]" = weakref.WeakKeyDictionary()


def budgeted_row(cursor: sqlite3.Cursor, row: tuple) -> sqlite3.Row:
    """A ``sqlite3.Row`` (what Datasette expects), counting the bytes each cursor has
    returned: past MAX_RESULT_BYTES the query fails with a clear message."""
    size = _result_bytes.get(cursor, 0) + sum(len(v) for v in row if isinstance(v, (str, bytes)))
    if size > MAX_RESULT_BYTES:
        raise ResultTooLarge(f"result too large: this site returns at most {MAX_RESULT_BYTES // 2 ** 20} MB "
                             "per query; select fewer or shorter values")
    _result_bytes[cursor] = size
    return sqlite3.Row(cursor, row)


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    register_functions(conn)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, MAX_COLUMNS)
    conn.execute(f"PRAGMA hard_heap_limit = {MAX_SQLITE_HEAP}")
    conn.row_factory = budgeted_row


@hookimpl
def get_metadata(datasette, key, database, table):
    served = tuple((name, database_source(db.path)) for name, db in datasette.databases.items()
                   if db.path and holds_quotes(db.path))
    return metadata_for(served) if served else {}


_READ_METHODS = ("GET", "HEAD", "OPTIONS")
SQL_AT_ONCE = 1
SQL_QUEUE = 32
_OWN_SQL_PARAMS = (b"sql=", b"_where=")


def _own_sql(scope: dict) -> bool:
    """True for a request that runs SQL the visitor wrote."""
    query = scope.get("query_string") or b""
    return any(query.startswith(p) or b"&" + p in query for p in _OWN_SQL_PARAMS)


class SqlRation:
    """At most SQL_AT_ONCE visitor-written queries run at a time; SQL_QUEUE more may wait."""

    def __init__(self) -> None:
        self._turn: asyncio.Semaphore | None = None
        self.waiting = 0

    async def __call__(self, app, scope, receive, send) -> None:
        if self.waiting >= SQL_QUEUE:
            await _plain(send, 503, b"Too many SQL queries are waiting; try again shortly.\n", [(b"retry-after", b"5")])
            return
        self._turn = self._turn or asyncio.Semaphore(SQL_AT_ONCE)
        self.waiting += 1
        try:
            await self._turn.acquire()
        finally:
            self.waiting -= 1
        try:
            await app(scope, receive, send)
        finally:
            self._turn.release()


async def _plain(send, status: int, body: bytes, headers: list | None = None) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")] + (headers or [])})
    await send({"type": "http.response.body", "body": body})


@hookimpl
def asgi_wrapper(datasette):
    """A site serving a quotes database is read-only (any other method is a 405, never a 500),
    runs visitors' own SQL one query at a time and answers repeated JSON requests from a
    cache while the files are unchanged (:mod:`.cache`)."""
    def wrap(app):
        ration = SqlRation()
        cache = ResponseCache([db.path for db in datasette.databases.values() if db.path])

        async def guarded(scope, receive, send):
            if scope.get("type") != "http" or not any(
                    db.path and holds_quotes(db.path) for db in datasette.databases.values()):
                await app(scope, receive, send)
            elif scope.get("method") not in _READ_METHODS:
                await _plain(send, 405, b"This site is read-only.\n", [(b"allow", b"GET, HEAD")])
            elif _own_sql(scope):
                await ration(app, scope, receive, send)
            else:
                await cache(app, scope, receive, send)
        return guarded
    return wrap


@hookimpl
def register_routes(datasette):
    from datasette.views.special import JsonDataView

    def databases() -> list[dict]:
        return [dict(d, path=os.path.basename(d["path"]) if d["path"] else None)
                for d in datasette._connected_databases()]
    from .pages import ROUTES

    return [(r"/-/databases(\.(?P<format>json))?$", JsonDataView.as_view(datasette, "databases.json", databases)),
            *ROUTES]


_CLIENT_MISTAKES = ("Cannot sort", "Cannot use _sort")


@hookimpl(tryfirst=True)
def handle_exception(datasette, request, exception):
    """A bad ``_sort`` (Datasette answers 500) is the visitor's mistake: a 400 with one log line."""
    from datasette.views.base import DatasetteError

    if not (isinstance(exception, DatasetteError) and str(exception.message).startswith(_CLIENT_MISTAKES)):
        return None
    sys.stderr.write(f"400 {request.path}: {exception.message}\n")
    return _error_response(datasette, request, 400, str(exception.message), exception.title, exception.error_dict)


def _quiet_datasette_errors() -> None:
    """Datasette's default error handler prints a traceback with every local variable (~37 KB)
    for each error when `rich` is installed - one per mistyped query, a log an attacker can
    fill.  Without it Datasette prints plain tracebacks, and only for real faults (500s)."""
    import datasette.handle_exception as default_handler

    default_handler.rich = None

# SQLite virtual-machine steps between two checks of a query's time limit.  Datasette checks
# every 1,000 (~0.1 ms): each check takes the GIL back from the thread serving pages, so one
# runaway query slowed every other request ~20-fold under load.  Every 20,000 (~2 ms) keeps the
# limit to the millisecond and leaves the GIL to the pages.
STEPS_PER_TIME_CHECK = 20_000


@contextmanager
def _time_limit(conn: sqlite3.Connection, ms: int):
    deadline = time.perf_counter() + ms / 1000
    conn.set_progress_handler(lambda: 1 if time.perf_counter() >= deadline else 0,
                              1 if ms <= 20 else STEPS_PER_TIME_CHECK)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def _check_time_less_often() -> None:
    import datasette.database

    datasette.database.sqlite_timelimit = _time_limit


@hookimpl
def startup(datasette):
    # Patched at startup, not on import: importing Datasette's modules while this plugin is being
    # imported (by Datasette's own plugin loading) registers both half-imported, without hooks.
    _quiet_datasette_errors()
    _check_time_less_often()


async def _error_response(datasette, request, status: int, message: str, title, info: dict):
    from datasette import Response

    info = dict(info or {}, ok=False, error=message, status=status, title=title)
    if request.path.endswith(".json"):
        return Response.json(info, status=status)
    template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
    html = await template.render_async(dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
                                            menu_links=lambda: []))
    return Response.html(html, status=status)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Links from tables and canned queries to the site's pages, and search matches highlighted."""
    from .pages import cell_html

    db = datasette.databases.get(database)
    if db is None or not (db.path and holds_quotes(db.path)):
        return None
    return cell_html(row, value, column, table, database, datasette.urls.path)


@hookimpl
def extra_template_vars(view_name, datasette):
    """The home page's search box, most quoted speakers and latest quotes, per quotes database."""
    if view_name != "index":
        return {}
    from .pages import home_data

    async def variables():
        return {"quotes_home": [await home_data(name, db) for name, db in datasette.databases.items()
                                if db.path and holds_quotes(db.path)]}
    return variables
