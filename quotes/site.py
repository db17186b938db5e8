"""Datasette settings for publishing a quotes database safely."""
from __future__ import annotations

import json
import sys
import tempfile
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
BUNDLED_METADATA = Path(__file__).resolve().parent.parent / "db" / "metadata.yml"


def find_metadata(db_path: str, explicit: str | None = None) -> Path | None:
    """Return the metadata file to use: explicit, beside the DB, or the project's db/metadata.yml."""
    for candidate in (explicit, Path(db_path).resolve().parent / "metadata.yml", BUNDLED_METADATA,
                      Path("db/metadata.yml")):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def load_metadata(db_path: str, explicit: str | None = None) -> dict:
    """Return the metadata as a dict, with the database entry renamed to match ``db_path``."""
    path = find_metadata(db_path, explicit)
    return _for_database(_read(path), db_path)[0] if path is not None else {}


def _read(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _for_database(metadata: dict, db_path: str) -> tuple[dict, bool]:
    """(metadata, renamed): the single database entry renamed to the file's name if it differs."""
    databases = metadata.get("databases") or {}
    name = Path(db_path).stem
    if name not in databases and len(databases) == 1:
        return dict(metadata, databases={name: next(iter(databases.values()))}), True
    return metadata, False


def datasette_command(db_path: str, host: str = "127.0.0.1", port: int = 8001, metadata: str | None = None,
                      immutable: bool = True, open_browser: bool = False) -> list[str]:
    """Return the argv that serves ``db_path`` read-only with our metadata and limits."""
    # This environment's Datasette, which has this package's plugin (name_key()), not
    # whichever `datasette` comes first on PATH.
    args = [sys.executable, "-m", "datasette", "serve", "--host", host, "--port", str(port)]
    args += ["--immutable", db_path] if immutable else [db_path]
    found = find_metadata(db_path, metadata)
    if found is not None:
        meta, renamed = _for_database(_read(found), db_path)
        if renamed:
            # The database has another name than the one the file describes: serve a renamed copy.
            with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="quotes-metadata-", delete=False,
                                             encoding="utf-8") as fh:
                json.dump(meta, fh)
            found = Path(fh.name)
        args += ["--metadata", str(found)]
    for key, value in SETTINGS.items():
        args += ["--setting", key, str(value).lower() if isinstance(value, bool) else str(value)]
    if open_browser:
        args.append("--open")
    return args


def make_datasette(db_path: str, metadata: str | None = None):
    """Return an in-process Datasette for ``db_path`` (tests, benchmarks)."""
    from datasette.app import Datasette

    return Datasette(immutables=[db_path], metadata=load_metadata(db_path, metadata), settings=dict(SETTINGS))
