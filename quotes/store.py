"""Store articles, quotes and speakers in SQLite with sqlite-utils.

Knows nothing of spaCy: it takes quotes as plain dicts (``Quote.to_dict()``).
Each article is written in one ``BEGIN IMMEDIATE`` transaction, so a crash
leaves whole articles only and two writers take turns.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

import sqlite_utils

from .identity import Curation, NameSeen, curate, join_names
from .names import fold, name_core, register_functions
from .quotations import Occurrence, group_quotations, words_key

BUSY_TIMEOUT_SECONDS = 60
QUOTES_VIEW = "quotes_view"
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "i", "you"}


def stable_id(*parts: object) -> str:
    """A short hash of ``parts``: the same input always gives the same key."""
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def article_id(text: str, url: str | None = None, given: str | None = None) -> str:
    """Article key: hash of the given id, else of the url, else of the text."""
    if given:
        return stable_id("id", given)
    if url:
        return stable_id("url", url)
    return stable_id("text", text)


def speaker_id(name: str) -> str:
    return stable_id("speaker", fold(name))


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path`` in WAL mode, shaped."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    register_functions(conn)
    db = sqlite_utils.Database(conn)
    _retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
    conn.execute("PRAGMA foreign_keys = ON")
    _retry(lambda: ensure_db_shape(db))
    return db


def _retry(action, attempts: int = 20):
    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


_INDEXES = (("quotes", ["article_id"]), ("quotes", ["speaker_id", "article_id"]), ("speakers", ["name_key"]),
            ("speakers", ["quote_count"]), ("speaker_aliases", ["alias_key"]), ("speaker_roles", ["article_id"]),
            ("quotes", ["quotation_id"]), ("quotations", ["speaker_id", "article_count"]),
            ("articles", ["published"]), ("articles", ["source"]), ("quotes", ["speaker_id", "published"]),
            ("articles", ["path"]))


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create tables, foreign keys, indexes, full-text search and views; idempotent."""
    with _transaction(db):
        db["articles"].create({
            "id": str, "title": str, "url": str, "source": str, "published": str, "path": str,
            "text": str, "sha256": str, "quote_count": int, "extracted_at": str, "extractor_version": str,
            "author": str, "language": str, "key_kind": str,
        }, pk="id", if_not_exists=True)
        for column in ("author", "language", "key_kind"):  # databases from before web pages were read
            if column not in db["articles"].columns_dict:
                db["articles"].add_column(column, str)
        db["speakers"].create({
            "id": str, "name": str, "name_key": str, "kind": str, "quote_count": int,
            "article_count": int, "first_seen": str, "last_seen": str,
        }, pk="id", if_not_exists=True)
        db["speaker_aliases"].create({"speaker_id": str, "alias": str, "alias_key": str},
                                     pk=("speaker_id", "alias_key"), if_not_exists=True,
                                     foreign_keys=[("speaker_id", "speakers", "id")])
        db["speaker_roles"].create({"speaker_id": str, "article_id": str, "role": str},
                                   pk=("speaker_id", "article_id", "role"), if_not_exists=True,
                                   foreign_keys=[("speaker_id", "speakers", "id"), ("article_id", "articles", "id")])
        db["quotes"].create({
            "id": str, "article_id": str, "speaker_id": str, "speaker_name": str, "text": str,
            "start": int, "end": int, "paragraph": int, "speaker_mention": str, "mention_start": int,
            "mention_end": int, "role": str, "cue": str, "method": str, "confidence": float, "resolution": str,
            "speaker_kind": str, "speaker_gender": str, "speaker_join": str, "quotation_id": str, "published": str,
        }, pk="id", if_not_exists=True,
            foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")])
        db["quotations"].create({"id": str, "speaker_id": str, "text": str, "quote_count": int, "article_count": int,
                                 "first_reported": str, "last_reported": str}, pk="id", if_not_exists=True)
        db["quotation_state"].create({"speaker_id": str, "fingerprint": str}, pk="speaker_id", if_not_exists=True)
        _add_new_columns(db)
        _create_curation_tables(db)
        db["speaker_candidates"].create({"speaker_id": str, "candidate_id": str},
                                        pk=("speaker_id", "candidate_id"), if_not_exists=True,
                                        foreign_keys=[("speaker_id", "speakers", "id"),
                                                      ("candidate_id", "speakers", "id")])
        for table, columns in _INDEXES:
            db[table].create_index(columns, if_not_exists=True)
        # Lookups go through name_key()/alias_key now; the case-insensitive indexes of 0.1 are dead weight.
        db.execute("DROP INDEX IF EXISTS idx_speakers_name_nocase")
        db.execute("DROP INDEX IF EXISTS idx_speaker_aliases_alias_nocase")
        if not db["quotes_fts"].exists():
            db["quotes"].enable_fts(["text", "speaker_name"], create_triggers=True, tokenize="porter")
        if not db["articles_fts"].exists():
            db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
        _replace_view(db, QUOTES_VIEW, QUOTES_VIEW_SQL)


def _add_new_columns(db: sqlite_utils.Database) -> None:
    """Columns added since 0.1, for databases built before them."""
    for column in ("resolution", "speaker_kind", "speaker_gender", "speaker_join", "quotation_id"):
        if column not in db["quotes"].columns_dict:
            db["quotes"].add_column(column, str)
    if "published" not in db["quotes"].columns_dict:  # the article's date, so a speaker's quotes sort by index
        db["quotes"].add_column("published", str)
        db.execute("UPDATE quotes SET published = (SELECT published FROM articles WHERE articles.id = quotes.article_id)")
    for column in ("description", "wikidata_id"):  # filled from the speaker registry
        if column not in db["speakers"].columns_dict:
            db["speakers"].add_column(column, str)


def _create_curation_tables(db: sqlite_utils.Database) -> None:
    """What people decided about speakers; kept across builds, never derived from articles."""
    db["speaker_registry"].create({"id": str, "name": str, "kind": str, "description": str, "wikidata_id": str},
                                  pk="id", if_not_exists=True)
    db["speaker_registry_aliases"].create({"registry_id": str, "alias": str, "alias_key": str},
                                          pk=("registry_id", "alias_key"), if_not_exists=True,
                                          foreign_keys=[("registry_id", "speaker_registry", "id")])
    db["speaker_decisions"].create({"id": str, "action": str, "name": str, "other": str, "decided_at": str},
                                   pk="id", if_not_exists=True)


# quotes + speaker + article, for browsing and export.
QUOTES_VIEW_SQL = """SELECT quotes.id AS id, quotes.text AS text, speakers.name AS speaker,
       speakers.kind AS speaker_kind, quotes.role AS role, quotes.speaker_mention AS speaker_mention,
       quotes.cue AS cue, quotes.method AS method, quotes.resolution AS resolution, quotes.speaker_join AS speaker_join,
       quotes.confidence AS confidence, articles.title AS article_title, articles.url AS url,
       articles.source AS source, articles.published AS published, quotes.article_id AS article_id,
       quotes.speaker_id AS speaker_id, quotes.start AS start, quotes."end" AS "end"
FROM quotes
JOIN articles ON articles.id = quotes.article_id
LEFT JOIN speakers ON speakers.id = quotes.speaker_id"""


def _replace_view(db: sqlite_utils.Database, name: str, select: str) -> None:
    """Create view ``name`` as ``select``, replacing an older definition (so a changed view
    reaches existing databases)."""
    wanted = f"CREATE VIEW {name} AS {select}"
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]).fetchone()
    if row is not None and row[0] == wanted:
        return
    if row is not None:
        db.execute(f"DROP VIEW {name}")
    db.execute(wanted)


class _transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error."""

    def __init__(self, db: sqlite_utils.Database):
        self.conn = db.conn

    def __enter__(self):
        if self.conn.in_transaction:
            self.nested = True
            return self
        self.nested = False
        self.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, exc_type, exc, tb):
        if self.nested or not self.conn.in_transaction:
            return False
        self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")
        return False


@dataclass
class StoredArticle:
    id: str
    status: str  # "new", "updated" or "unchanged"
    quotes: int


def article_status(db: sqlite_utils.Database, art_id: str, sha256: str, version: str) -> str:
    """Return 'new', 'changed' or 'unchanged' for an article about to be stored."""
    row = db.execute("SELECT sha256, extractor_version FROM articles WHERE id = ?", [art_id]).fetchone()
    if row is None:
        return "new"
    return "unchanged" if row[0] == sha256 and row[1] == version else "changed"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save_article(db: sqlite_utils.Database, article: dict, quotes: Iterable[dict], version: str,
                 force: bool = False) -> StoredArticle:
    """Store one article and its quotes in a single transaction; return what happened.

    ``article`` has text, path and optional title, url, source, published, id.
    A changed article has its old quotes replaced; an unchanged one is left alone.
    """
    text = article["text"]
    art_id = article_id(text, article.get("url"), article.get("id"))
    sha = text_sha256(text)
    quotes = list(quotes)
    return _retry(lambda: _save(db, art_id, sha, article, quotes, version, force))


def _save(db, art_id, sha, article, quotes, version, force) -> StoredArticle:
    """Store one article and its quotes in one transaction, replacing what it replaces."""
    conn = db.conn
    with _transaction(db):
        status = article_status(db, art_id, sha, version)
        if status == "unchanged" and not force:
            return StoredArticle(art_id, "unchanged", len(quotes))
        # An edited file (no id or url of its own) has a new id: the article stored from the same
        # file before is the one it replaces.
        text_keyed = not article.get("id") and not article.get("url")
        replaced = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE path = ? AND id != ? AND ? NOT IN ('-', '')"
            " AND (key_kind = 'text' OR key_kind IS NULL AND url IS NULL AND path NOT LIKE '%:%'"
            " AND path NOT LIKE '%]')",
            [article.get("path"), art_id, article.get("path") or ""])] if text_keyed else []
        old_speakers = _remove_articles(conn, replaced) | _clear_article(conn, art_id)
        now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        conn.execute(
            "INSERT OR REPLACE INTO articles (id, title, url, source, published, path, text, sha256, quote_count,"
            " extracted_at, extractor_version, author, language, key_kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [art_id, article.get("title"), article.get("url"), article.get("source"), article.get("published"),
             article.get("path"), article["text"], sha, len(quotes), now, version, article.get("author"),
             article.get("language"), "id" if article.get("id") else "url" if article.get("url") else "text"])
        touched = set(old_speakers)
        quote_rows, alias_rows, role_rows = _quote_rows(conn, art_id, article, quotes, touched)
        conn.executemany(
            "INSERT OR REPLACE INTO quotes (id, article_id, speaker_id, speaker_name, text, start, \"end\","
            " paragraph, speaker_mention, mention_start, mention_end, role, cue, method, confidence, resolution,"
            " speaker_kind, speaker_gender, speaker_join, published) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            quote_rows)
        conn.executemany("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?,?,?)",
                         sorted(alias_rows))
        conn.executemany("INSERT OR IGNORE INTO speaker_roles (speaker_id, article_id, role) VALUES (?,?,?)",
                         sorted(role_rows))
        _refresh_speakers(conn, touched)
        return StoredArticle(art_id, "new" if status == "new" else "updated", len(quotes))


def _quote_rows(conn: sqlite3.Connection, art_id: str, article: dict, quotes: list[dict],
                touched: set[str]) -> tuple[list[list], set[tuple], set[tuple]]:
    """(quote rows, alias rows, role rows) of an article's quotes; each speaker is added to the
    speakers table if new and to ``touched``, whose counts are refreshed after."""
    quote_rows, alias_rows, role_rows = [], set(), set()
    for q in quotes:
        spk = None
        if q.get("speaker"):
            spk = speaker_id(q["speaker"])
            touched.add(spk)
            conn.execute(
                "INSERT OR IGNORE INTO speakers (id, name, name_key, kind, quote_count, article_count)"
                " VALUES (?,?,?,?,0,0)", [spk, q["speaker"], fold(q["speaker"]), q.get("speaker_kind")])
            alias_rows.add((spk, q["speaker"], fold(q["speaker"])))
            mention = (q.get("speaker_mention") or {}).get("text")
            if mention and mention.lower().startswith("the "):
                mention = mention[4:]
            if mention and _is_name(mention):
                alias_rows.add((spk, mention, fold(mention)))
            if q.get("role"):
                role_rows.add((spk, art_id, q["role"]))
        m = q.get("speaker_mention") or {}
        quote_rows.append([
            stable_id(art_id, q["start"], q["end"]), art_id, spk, q.get("speaker"), q["text"], q["start"],
            q["end"], q.get("paragraph"), m.get("text"), m.get("start"), m.get("end"), q.get("role"),
            q.get("cue"), q.get("method"), q.get("confidence"), q.get("resolution"),
            q.get("speaker_kind") if spk else None, q.get("speaker_gender") if spk else None,
            "exact" if spk else None, article.get("published"),
        ])
    return quote_rows, alias_rows, role_rows


def _clear_article(conn: sqlite3.Connection, art_id: str) -> set[str]:
    """Delete an article's quotes and roles; return the speakers they belonged to."""
    speakers = {r[0] for r in conn.execute(
        "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL", [art_id])}
    speakers |= {r[0] for r in conn.execute("SELECT DISTINCT speaker_id FROM speaker_roles WHERE article_id = ?",
                                            [art_id])}
    conn.execute("DELETE FROM quotes WHERE article_id = ?", [art_id])
    conn.execute("DELETE FROM speaker_roles WHERE article_id = ?", [art_id])
    return speakers


def _remove_articles(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Delete articles with their quotes and roles; return the speakers to recount."""
    speakers: set[str] = set()
    for art_id in ids:
        speakers |= _clear_article(conn, art_id)
        conn.execute("DELETE FROM articles WHERE id = ?", [art_id])
    return speakers


def prune_missing(db: sqlite_utils.Database, roots: list[str]) -> list[str]:
    """Remove the articles read from files under ``roots`` that no longer exist (with their
    quotes; speakers recounted); return their paths."""
    conn = db.conn
    prefixes = [os.path.abspath(r) for r in roots if r != "-" and "://" not in r]  # URLs: not files to check
    with _transaction(db):
        gone = []
        for art_id, path in conn.execute("SELECT id, path FROM articles WHERE path IS NOT NULL").fetchall():
            file = re.sub(r"(:\d+|\[\d+\])$", "", path)  # 'export.csv:12', 'many.json[3]'
            absolute = os.path.abspath(file)
            if any(absolute == p or absolute.startswith(p.rstrip(os.sep) + os.sep) for p in prefixes) \
                    and not os.path.exists(file):
                gone.append((art_id, path))
        _refresh_speakers(conn, _remove_articles(conn, [a for a, _ in gone]))
    return [p for _, p in gone]


def _is_name(mention: str) -> bool:
    words = mention.split()
    return bool(words) and words[0].lower() not in _PRONOUNS and any(c.isupper() for c in mention)


def _refresh_speakers(conn: sqlite3.Connection, ids: set[str]) -> None:
    """Recount quotes and first/last seen for ``ids``; drop speakers left with none."""
    for spk in ids:
        conn.execute("""
            UPDATE speakers SET
              quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = :id),
              article_count = (SELECT count(DISTINCT article_id) FROM quotes WHERE speaker_id = :id),
              first_seen = (SELECT min(a.published) FROM quotes q
                            JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = :id),
              last_seen = (SELECT max(a.published) FROM quotes q
                           JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = :id)
            WHERE id = :id""", {"id": spk})
        if conn.execute("SELECT quote_count FROM speakers WHERE id = ?", [spk]).fetchone() == (0,):
            conn.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", [spk])
            conn.execute("DELETE FROM speaker_roles WHERE speaker_id = ?", [spk])
            conn.execute("DELETE FROM speaker_candidates WHERE ? IN (speaker_id, candidate_id)", [spk])
            conn.execute("DELETE FROM speakers WHERE id = ?", [spk])


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of the main tables."""
    return {t: db[t].count for t in ("articles", "quotes", "speakers", "speaker_aliases", "speaker_roles")}


def join_speakers(db: sqlite_utils.Database) -> int:
    """Give every quote the speaker its article-level name joins across the whole database
    (:func:`quotes.identity.join_names`: variants of a name, bare surnames), record how in
    ``quotes.speaker_join`` and the people an ambiguous name may be in
    ``speaker_candidates``; return how many quotes changed speaker.  Depends only on
    what the database holds, so any build order gives the same speakers."""
    conn = db.conn
    with _transaction(db):
        seen = conn.execute("SELECT speaker_name, speaker_kind, speaker_gender, count(*) FROM quotes"
                            " WHERE speaker_name IS NOT NULL GROUP BY 1, 2, 3").fetchall()
        curation, registered = read_curation(conn)
        joined = join_names([NameSeen(n, k, g, c) for n, k, g, c in seen] + registered)
        joined = curate(joined, {(fold(n), g): n for n, _, g, _ in seen}, curation) if seen else joined
        plan = {}
        for name, kind, gender, _ in seen:
            j = joined[(fold(name), gender)]
            plan[(name, gender)] = (speaker_id(j.canonical), j, kind)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS speaker_joins (speaker_name TEXT, speaker_gender TEXT,"
                     " speaker_id TEXT, how TEXT)")
        conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS temp.speaker_joins_name"
                     " ON speaker_joins (speaker_name, speaker_gender)")
        conn.execute("DELETE FROM speaker_joins")
        conn.executemany("INSERT INTO speaker_joins VALUES (?,?,?,?)",
                         [(n, g, spk, j.how) for (n, g), (spk, j, _) in plan.items()])
        conn.executemany("INSERT OR IGNORE INTO speakers (id, name, name_key, kind, quote_count, article_count)"
                         " VALUES (?,?,?,?,0,0)",
                         sorted({(spk, j.canonical, fold(j.canonical), kind) for spk, j, kind in plan.values()}))
        moving = " FROM quotes JOIN speaker_joins j ON quotes.speaker_name = j.speaker_name" \
                 " AND quotes.speaker_gender IS j.speaker_gender WHERE quotes.speaker_id IS NOT j.speaker_id"
        touched = {r[0] for r in conn.execute("SELECT DISTINCT quotes.speaker_id" + moving)}
        touched |= {r[0] for r in conn.execute("SELECT DISTINCT j.speaker_id" + moving)}
        changed = conn.execute(
            "UPDATE quotes SET speaker_id = j.speaker_id, speaker_join = j.how FROM speaker_joins j"
            " WHERE quotes.speaker_name = j.speaker_name AND quotes.speaker_gender IS j.speaker_gender"
            " AND (quotes.speaker_id IS NOT j.speaker_id OR quotes.speaker_join IS NOT j.how)").rowcount
        _move_aliases_and_roles(conn, plan)
        conn.execute("DELETE FROM speaker_candidates")
        conn.executemany("INSERT OR IGNORE INTO speaker_candidates (speaker_id, candidate_id) VALUES (?,?)",
                         sorted({(spk, speaker_id(c)) for spk, j, _ in plan.values() for c in j.candidates}))
        touched |= {speaker_id(n) for (n, _), (spk, _, _) in plan.items() if speaker_id(n) != spk}
        _refresh_speakers(conn, touched - {None})
        conn.execute("UPDATE speakers SET name = r.name, description = r.description, wikidata_id = r.wikidata_id,"
                     " kind = coalesce(r.kind, speakers.kind) FROM speaker_registry r WHERE r.id = speakers.id")
        return changed


def link_quotations(db: sqlite_utils.Database) -> int:
    """Group each speaker's quotes into quotations (:func:`quotes.quotations.group_quotations`:
    one utterance reported by several articles), keep the ``quotations`` table with
    occurrences and first/last publication dates, and return how many quotes changed
    quotation.  Only speakers whose quotes changed since the last run are regrouped; ids
    are hashes of speaker and wording, so the same data gives the same ids."""
    conn = db.conn
    with _transaction(db):
        now = dict(conn.execute("SELECT speaker_id, count(*) || ':' || sum(rowid) || ':' || max(rowid) FROM quotes"
                                " WHERE speaker_id IS NOT NULL GROUP BY speaker_id"))
        before = dict(conn.execute("SELECT speaker_id, fingerprint FROM quotation_state"))
        dirty = sorted(s for s, f in now.items() if before.get(s) != f)
        gone = sorted(set(before) - set(now))
        moved = 0
        for chunk in (dirty[i:i + 500] for i in range(0, len(dirty), 500)):
            moved += _regroup(conn, chunk)
        for spk in gone:
            conn.execute("DELETE FROM quotations WHERE speaker_id = ?", [spk])
        conn.executemany("DELETE FROM quotation_state WHERE speaker_id = ?", [(s,) for s in gone])
        conn.executemany("INSERT OR REPLACE INTO quotation_state (speaker_id, fingerprint) VALUES (?,?)",
                         [(s, now[s]) for s in dirty])
        conn.execute("UPDATE quotes SET quotation_id = NULL WHERE speaker_id IS NULL AND quotation_id IS NOT NULL")
        return moved


def _regroup(conn: sqlite3.Connection, speakers: list[str]) -> int:
    """Rebuild the quotations of ``speakers``; return how many quotes changed quotation."""
    marks = ",".join("?" * len(speakers))
    rows = conn.execute(f"SELECT id, speaker_id, text, quotation_id FROM quotes WHERE speaker_id IN ({marks})"
                        " ORDER BY speaker_id, id", speakers).fetchall()
    by_speaker: dict[str, list[Occurrence]] = {}
    for quote_id, spk, text, _ in rows:
        by_speaker.setdefault(spk, []).append(Occurrence(quote_id, text))
    quotations, assigned = [], {}
    for spk, quotes in by_speaker.items():
        for group in group_quotations(quotes):
            qid = stable_id("quotation", spk, words_key(group[0].text))
            quotations.append((qid, spk, group[0].text))
            assigned.update({q.quote_id: qid for q in group})
    conn.execute(f"DELETE FROM quotations WHERE speaker_id IN ({marks})", speakers)
    conn.executemany("INSERT OR REPLACE INTO quotations (id, speaker_id, text) VALUES (?,?,?)", quotations)
    moved = [(assigned[r[0]], r[0]) for r in rows if r[3] != assigned[r[0]]]
    conn.executemany("UPDATE quotes SET quotation_id = ? WHERE id = ?", moved)
    conn.execute(f"""
        UPDATE quotations SET
          quote_count = (SELECT count(*) FROM quotes WHERE quotation_id = quotations.id),
          article_count = (SELECT count(DISTINCT article_id) FROM quotes WHERE quotation_id = quotations.id),
          first_reported = (SELECT min(a.published) FROM quotes q JOIN articles a ON a.id = q.article_id
                            WHERE q.quotation_id = quotations.id),
          last_reported = (SELECT max(a.published) FROM quotes q JOIN articles a ON a.id = q.article_id
                           WHERE q.quotation_id = quotations.id)
        WHERE speaker_id IN ({marks})""", speakers)
    return len(moved)


# A registry name counts as this many quotes, so that it heads (and names) whatever it joins.
REGISTRY_WEIGHT = 10 ** 9


def read_curation(conn: sqlite3.Connection) -> tuple[Curation, list[NameSeen]]:
    """The registry and decisions the database holds, and the registry's people and
    organisations as names a bare surname can join even before any article names them."""
    registry: dict[str, str] = {}
    seeds = []
    for name, kind in conn.execute("SELECT name, kind FROM speaker_registry ORDER BY name"):
        registry[fold(name)] = name
        seeds.append(NameSeen(name, kind, None, REGISTRY_WEIGHT))
    for name, alias in conn.execute("SELECT r.name, a.alias FROM speaker_registry_aliases a"
                                    " JOIN speaker_registry r ON r.id = a.registry_id ORDER BY 1, 2"):
        registry.setdefault(fold(alias), name)
    decisions = conn.execute("SELECT action, name, other FROM speaker_decisions ORDER BY decided_at, id").fetchall()
    return Curation(registry, tuple((n, o) for a, n, o in decisions if a == "merge"),
                    tuple((n, o) for a, n, o in decisions if a == "split")), seeds


def _move_aliases_and_roles(conn: sqlite3.Connection, plan: dict) -> None:
    """Aliases and roles recorded under an article-level name go to the speaker it joined;
    the article-level name itself becomes an alias, and so does a person's surname (what a
    user types: "Nauseda" finds Gitanas Nausėda; "Trump" finds every Trump)."""
    for (name, _), (spk, j, kind) in plan.items():
        raw = speaker_id(name)
        aliases = [(spk, name, fold(name))]
        words = name_core(j.canonical.split())
        if kind == "person" and len(words) > 1:
            aliases.append((spk, words[-1], fold(words[-1])))
        conn.executemany("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?,?,?)",
                         aliases)
        if raw == spk:
            continue
        for table in ("speaker_aliases", "speaker_roles"):
            conn.execute(f"UPDATE OR IGNORE {table} SET speaker_id = ? WHERE speaker_id = ?", [spk, raw])
            conn.execute(f"DELETE FROM {table} WHERE speaker_id = ?", [raw])


def export_rows(db: sqlite_utils.Database, speaker: str | None = None) -> Iterable[dict]:
    """Yield rows of the quotes view, optionally for one speaker (name or alias)."""
    register_functions(db.conn)  # a database not opened by open_db has no name_key() yet
    sql = f"SELECT * FROM {QUOTES_VIEW}"
    params: dict = {}
    if speaker:
        # The same lookup as the site's quotes_by_speaker query (quotes/data/metadata.yml).
        sql += (" WHERE speaker_id IN (SELECT id FROM speakers WHERE name_key = name_key(:speaker)"
                " UNION SELECT speaker_id FROM speaker_aliases WHERE alias_key = name_key(:speaker))")
        params = {"speaker": speaker}
    sql += " ORDER BY published, article_id, start"
    cursor = db.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row))
