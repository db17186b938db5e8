"""Datasette settings and site configuration for publishing a quotes database.

The site configuration (titles, column descriptions, facets, canned queries)
ships as package data, ``quotes/data/metadata.yml``, and reaches Datasette
through the package's plugin (:mod:`quotes.datasette_plugin`): it is applied
to every database Datasette serves that holds a quotes database's tables,
whatever its file is called.  A ``--metadata`` file given to ``quotes serve``
is merged over it.  Nothing is written anywhere.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

# Publishing defaults: queries are cut off and result sets capped.
SETTINGS = {
    "sql_time_limit_ms": 1000,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "facet_time_limit_ms": 500,
    "allow_download": True,
    "default_cache_ttl": 60,
}
QUOTES_TABLES = frozenset({"quotes", "speakers", "articles"})


@lru_cache(maxsize=1)
def packaged_metadata() -> dict:
    """The site configuration shipped with the package, for a database named ``quotes``."""
    text = resources.files("quotes").joinpath("data", "metadata.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


@lru_cache(maxsize=64)
def metadata_for(databases: tuple[tuple[str, str | None], ...]) -> dict:
    """The shipped configuration with its database entry given to each of ``databases``
    ((name, source) pairs: the source line describes what that database holds), cached:
    Datasette asks for it many times a request; treat it as read-only."""
    shipped = packaged_metadata()
    entry = next(iter((shipped.get("databases") or {}).values()), {})
    return dict(shipped, databases={name: dict(entry, source=source) if source else entry
                                    for name, source in databases})


def database_source(path: str) -> str | None:
    """What the database at ``path`` holds, for its "Data source" line ("16 quotes from 1
    article, 2023-06-27: Al Jazeera"), read again only when the file changes."""
    return _describe(path, file_stamps(path))


def file_stamps(path: str) -> tuple:
    """(modified, size) of a database file and its write-ahead log: changes whenever a
    build writes (what cached answers about the database are keyed on)."""
    stamps = []
    for f in (path, path + "-wal"):
        try:
            st = os.stat(f)
            stamps.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append(None)
    return tuple(stamps)


@lru_cache(maxsize=64)
def _describe(path: str, stamps: tuple) -> str | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            quotes, = conn.execute("SELECT count(*) FROM quotes").fetchone()
            articles, first, last = conn.execute("SELECT count(*), min(published), max(published) FROM articles").fetchone()
            outlets = [r[0] for r in conn.execute("SELECT source FROM articles WHERE source IS NOT NULL "
                                                   "GROUP BY source ORDER BY count(*) DESC, source LIMIT 4")]
    except sqlite3.Error:
        return None
    dates = "" if not first else f", {first}" if first == last else f", {first} to {last}"
    more = ", ..." if len(outlets) > 3 else ""
    return (f"{quotes:,} quote{'s' * (quotes != 1)} from {articles:,} article{'s' * (articles != 1)}{dates}"
            + (f": {', '.join(outlets[:3])}{more}" if outlets else ""))


@lru_cache(maxsize=256)
def holds_quotes(path: str) -> bool:
    """True when the SQLite file at ``path`` has a quotes database's tables."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return False
    return QUOTES_TABLES <= names


def datasette_command(db_path: str, host: str = "127.0.0.1", port: int = 8001, metadata: str | None = None,
                      immutable: bool = False, open_browser: bool = False) -> list[str]:
    """Return the argv that serves ``db_path`` read-only with our limits, current while a
    build writes (``immutable`` only when asked for: an immutable file is read as it was,
    without what is still in its write-ahead log); the site configuration comes from the
    package's plugin, ``metadata`` is merged over it."""
    # This environment's Datasette, which has this package's plugin (name_key(), the site
    # configuration), not whichever `datasette` comes first on PATH.
    args = [sys.executable, "-m", "datasette", "serve", "--host", host, "--port", str(port)]
    args += ["--immutable", db_path] if immutable else [db_path]
    if metadata:
        args += ["--metadata", str(Path(metadata))]
    for key, value in SETTINGS.items():
        args += ["--setting", key, str(value).lower() if isinstance(value, bool) else str(value)]
    if open_browser:
        args.append("--open")
    return args


SERVE_ENV = "QUOTES_SERVE_CONFIG"  # how `quotes serve --workers N` tells each worker what to serve


def workers_command(db_path: str, workers: int, host: str = "127.0.0.1", port: int = 8001,
                    metadata: str | None = None, immutable: bool = False) -> tuple[list[str], dict]:
    """Return the argv and environment that serve ``db_path`` from ``workers`` processes
    (uvicorn's workers, each its own Datasette over the same read-only file: a single
    Python process answers ~200 requests/s, one per core does more)."""
    config = {"db": str(Path(db_path).resolve()), "metadata": str(Path(metadata).resolve()) if metadata else None,
              "immutable": immutable}
    args = [sys.executable, "-m", "uvicorn", "quotes.site:worker_app", "--factory", "--host", host,
            "--port", str(port), "--workers", str(workers), "--no-access-log"]
    return args, {SERVE_ENV: json.dumps(config)}


def worker_app():
    """The ASGI app of one `quotes serve --workers N` process (a uvicorn factory)."""
    from datasette.app import Datasette
    from datasette.utils import parse_metadata

    config = json.loads(os.environ[SERVE_ENV])
    metadata = parse_metadata(Path(config["metadata"]).read_text(encoding="utf-8")) if config["metadata"] else None
    db = config["db"]
    files, immutables = ([], [db]) if config["immutable"] else ([db], [])
    return Datasette(files=files, immutables=immutables, metadata=metadata, settings=dict(SETTINGS)).app()


def make_datasette(db_path: str, metadata: dict | None = None):
    """Return an in-process Datasette for ``db_path`` (tests, benchmarks)."""
    from datasette.app import Datasette

    return Datasette(immutables=[db_path], metadata=metadata, settings=dict(SETTINGS))
