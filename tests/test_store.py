"""The SQLite store: schema, stable ids, re-runs, replacement and speaker identity."""
import sqlite_utils

from quotes.build import build_database
from quotes.store import ensure_db_shape, open_db, save_article, table_counts

from conftest import SEEDS


def q(text, start, speaker, kind="person", mention=None, role=None):
    return {"text": text, "start": start, "end": start + len(text), "speaker": speaker, "speaker_kind": kind,
            "speaker_mention": {"start": 0, "end": len(mention or ""), "text": mention} if mention else None,
            "role": role, "cue": "said", "method": "cue_after", "confidence": 0.9, "paragraph": 1}


def test_schema_is_idempotent(tmp_path):
    db = open_db(str(tmp_path / "q.db"))
    ensure_db_shape(db)
    ensure_db_shape(db)
    assert {"articles", "quotes", "speakers", "speaker_aliases", "speaker_roles", "quotes_fts",
            "articles_fts"} <= set(db.table_names())
    assert "quotes_view" in db.view_names()
    fks = {(fk.column, fk.other_table) for fk in db["quotes"].foreign_keys}
    assert fks == {("article_id", "articles"), ("speaker_id", "speakers")}
    indexed = {tuple(i.columns) for i in db["quotes"].indexes}
    assert ("article_id",) in indexed and ("speaker_id", "article_id") in indexed


def test_build_twice_changes_nothing(tmp_path, nlp):
    db = open_db(str(tmp_path / "q.db"))
    first = build_database(db, [str(SEEDS)], nlp)
    counts = table_counts(db)
    ids = [r["id"] for r in db["quotes"].rows]
    second = build_database(db, [str(SEEDS)], nlp)
    assert (first.new, second.new, second.unchanged) == (1, 0, 1)
    assert table_counts(db) == counts and counts["quotes"] == 16 and counts["speakers"] == 6
    assert [r["id"] for r in db["quotes"].rows] == ids


def test_changed_rules_reach_existing_databases(tmp_path, nlp, monkeypatch):
    """An article stored by another extractor (version, rules, word lists, model) is extracted again."""
    import quotes.build
    import quotes.extract

    db = open_db(str(tmp_path / "q.db"))
    build_database(db, [str(SEEDS)], nlp)
    stored = db.execute("SELECT extractor_version FROM articles").fetchone()[0]
    assert stored == quotes.extract.extractor_identity(nlp) and "+" in stored and "en_core_web_sm" in stored
    monkeypatch.setattr(quotes.build, "extractor_identity", lambda nlp=None: "0.2.0+otherrules")
    again = build_database(db, [str(SEEDS)], nlp)
    assert (again.new, again.updated, again.unchanged) == (0, 1, 0)
    assert db.execute("SELECT extractor_version FROM articles").fetchone()[0] == "0.2.0+otherrules"
    assert table_counts(db)["quotes"] == 16


def test_rules_fingerprint_follows_word_lists(monkeypatch):
    import quotes.extract

    first = quotes.extract.rules_fingerprint()
    assert len(first) == 12 and quotes.extract.rules_fingerprint() == first
    quotes.extract.rules_fingerprint.cache_clear()
    monkeypatch.setattr(quotes.extract, "_RULE_FILES", quotes.extract._RULE_FILES[:-1])
    assert quotes.extract.rules_fingerprint() != first
    quotes.extract.rules_fingerprint.cache_clear()


def test_older_databases_gain_new_columns_and_views(tmp_path, nlp):
    """A database of 0.1's schema is upgraded in place: new columns, tables and view, dead
    indexes dropped, and a build works on it."""
    import sqlite3

    path = str(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE quotes (id TEXT PRIMARY KEY, article_id TEXT, speaker_id TEXT, speaker_name TEXT,"
                 " text TEXT, start INTEGER, \"end\" INTEGER, paragraph INTEGER, speaker_mention TEXT,"
                 " mention_start INTEGER, mention_end INTEGER, role TEXT, cue TEXT, method TEXT, confidence FLOAT)")
    conn.execute("CREATE VIEW quotes_view AS SELECT id, text FROM quotes")
    conn.execute("CREATE TABLE speakers (id TEXT PRIMARY KEY, name TEXT, name_key TEXT, kind TEXT,"
                 " quote_count INTEGER, article_count INTEGER, first_seen TEXT, last_seen TEXT)")
    conn.execute("CREATE INDEX idx_speakers_name_nocase ON speakers (name COLLATE NOCASE)")
    conn.commit()
    conn.close()
    db = open_db(path)
    assert {"resolution", "speaker_join", "speaker_gender", "quotation_id"} <= set(db["quotes"].columns_dict)
    assert {"description", "wikidata_id"} <= set(db["speakers"].columns_dict)
    assert {"quotations", "speaker_candidates", "speaker_registry", "speaker_decisions"} <= set(db.table_names())
    assert "idx_speakers_name_nocase" not in {i.name for i in db["speakers"].indexes}
    build_database(db, [str(SEEDS)], nlp)
    rows = list(db.query("SELECT speaker, method, resolution, speaker_join FROM quotes_view"
                         " WHERE speaker = 'Jens Stoltenberg'"))
    assert len(rows) == 4 and {r["resolution"] for r in rows} <= {"name", "pronoun"}
    assert {r["speaker_join"] for r in rows} == {"exact"}


def test_rules_fingerprint_covers_every_module_extraction_imports():
    """A rule edited in any module extraction reads must change the fingerprint."""
    import ast
    from pathlib import Path

    import quotes.extract

    package = Path(quotes.extract.__file__).parent
    seen, todo = set(), ["extract.py"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for node in ast.walk(ast.parse((package / name).read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                todo.append(node.module.split(".")[0] + ".py")
    assert seen <= set(quotes.extract._RULE_FILES), seen - set(quotes.extract._RULE_FILES)


def test_changed_article_replaces_its_quotes(tmp_path):
    db = open_db(str(tmp_path / "q.db"))
    art = {"text": "v1", "path": "a.txt", "url": "http://example.com/a"}
    save_article(db, art, [q("One", 0, "Ann Lee"), q("Two", 5, "Bob Ray")], "1")
    stored = save_article(db, dict(art, text="v2"), [q("Three", 0, "Ann Lee")], "1")
    assert stored.status == "updated"
    assert [r["text"] for r in db["quotes"].rows] == ["Three"]
    assert [(r["name"], r["quote_count"]) for r in db["speakers"].rows] == [("Ann Lee", 1)]
    assert db["articles"].count == 1


def test_same_speaker_across_articles_is_one_row(tmp_path):
    db = open_db(str(tmp_path / "q.db"))
    save_article(db, {"text": "a", "path": "a"}, [q("x", 0, "Gitanas Nausėda", mention="Nausėda")], "1")
    save_article(db, {"text": "b", "path": "b"}, [q("y", 0, "gitanas nauseda", mention="Nauseda")], "1")
    rows = list(db["speakers"].rows)
    assert len(rows) == 1 and rows[0]["quote_count"] == 2 and rows[0]["article_count"] == 2
    aliases = {r["alias"] for r in db["speaker_aliases"].rows}
    assert {"Nausėda", "Gitanas Nausėda"} <= aliases


def test_unnamed_speaker_has_null_id(tmp_path):
    db = open_db(str(tmp_path / "q.db"))
    save_article(db, {"text": "a", "path": "a"}, [q("x", 0, None, kind=None, mention="one resident")], "1")
    (row,) = db["quotes"].rows
    assert row["speaker_id"] is None and row["speaker_mention"] == "one resident"
    assert db["speakers"].count == 0


def test_fts_in_sync(tmp_path):
    db = open_db(str(tmp_path / "q.db"))
    save_article(db, {"text": "a", "path": "a"}, [q("Troops moved to Minsk", 0, "Ann Lee")], "1")
    assert [r["text"] for r in db["quotes"].search("Minsk")] == ["Troops moved to Minsk"]
    save_article(db, {"text": "a2", "path": "a", "id": "x"}, [], "1")
    save_article(db, {"text": "a", "path": "a"}, [q("Nothing here", 0, "Ann Lee")], "1", force=True)
    assert list(db["quotes"].search("Minsk")) == []
    assert sqlite_utils.Database(db.conn).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_bare_surname_elsewhere_is_its_own_speaker(tmp_path, nlp):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Talks\n\nSecretary-General Jens Stoltenberg spoke.\n\n"
                               "“We are ready,” Stoltenberg said.", encoding="utf-8")
    (src / "b.txt").write_text("More talks\n\n“We are still ready,” Stoltenberg said.", encoding="utf-8")
    db = open_db(str(tmp_path / "q.db"))
    build_database(db, [str(src)], nlp)
    names = sorted(r["name"] for r in db["speakers"].rows)
    assert names == ["Jens Stoltenberg", "Stoltenberg"]
