"""Speaker curation that survives rebuilds: a registry of known speakers, merges, splits.

The registry (``speaker_registry`` and its aliases) and the decisions
(``speaker_decisions``) are tables no build writes; every build's speaker join
(:func:`quotes.store.join_speakers`) applies them.  A registry file is CSV
(columns ``name``, ``aliases`` separated by ``;``, ``kind``, ``description``,
``wikidata_id``) or JSON (a list of such objects with ``aliases`` a list, or
what :func:`export_curation` writes: ``{"speakers": [...], "decisions": [...]}``),
so a rebuild from scratch with the exported file gives the same speakers.
"""
from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from .names import fold
from .store import _transaction, join_speakers, link_quotations, speaker_id, stable_id

KINDS = ("person", "organisation")
ACTIONS = ("merge", "split")


class RegistryError(ValueError):
    """A registry file that cannot be read; the message names the file and the problem."""


def read_registry_file(path: str) -> tuple[list[dict], list[dict]]:
    """(speakers, decisions) of a CSV or JSON registry file, checked."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: cannot read: {exc}") from exc
    if file.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RegistryError(f"{path}: not JSON: {exc}") from exc
        speakers, decisions = (data.get("speakers", []), data.get("decisions", [])) if isinstance(data, dict) \
            else (data, [])
    else:
        speakers, decisions = list(csv.DictReader(text.splitlines())), []
    return [_checked_speaker(path, i, row) for i, row in enumerate(speakers, 1)], \
        [_checked_decision(path, i, d) for i, d in enumerate(decisions, 1)]


def _checked_speaker(path: str, number: int, row) -> dict:
    if not isinstance(row, dict) or not str(row.get("name") or "").strip():
        raise RegistryError(f"{path}: entry {number} has no name")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = aliases.split(";")
    kind = (row.get("kind") or "").strip().lower() or None
    if kind not in (None,) + KINDS:
        raise RegistryError(f"{path}: entry {number} ({row['name']}): kind must be one of {', '.join(KINDS)}")
    return {"name": " ".join(str(row["name"]).split()), "kind": kind,
            "aliases": sorted({" ".join(a.split()) for a in aliases if a and a.strip()}),
            "description": (row.get("description") or "").strip() or None,
            "wikidata_id": (row.get("wikidata_id") or row.get("wikidata") or "").strip() or None}


def _checked_decision(path: str, number: int, d) -> dict:
    if not isinstance(d, dict) or d.get("action") not in ACTIONS or not d.get("name") or not d.get("other"):
        raise RegistryError(f"{path}: decision {number} needs action (merge or split), name and other")
    return {"action": d["action"], "name": d["name"], "other": d["other"]}


def import_registry(db: sqlite_utils.Database, path: str) -> tuple[int, int]:
    """Add or update the speakers and decisions of a registry file; re-join the speakers.
    Returns (speakers, decisions) read.  Nothing is written when the file is bad."""
    speakers, decisions = read_registry_file(path)
    with _transaction(db):
        for s in speakers:
            rid = speaker_id(s["name"])
            db.conn.execute("INSERT OR REPLACE INTO speaker_registry (id, name, kind, description, wikidata_id)"
                            " VALUES (?,?,?,?,?)", [rid, s["name"], s["kind"], s["description"], s["wikidata_id"]])
            db.conn.executemany("INSERT OR IGNORE INTO speaker_registry_aliases (registry_id, alias, alias_key)"
                                " VALUES (?,?,?)", [(rid, a, fold(a)) for a in s["aliases"]])
        for d in decisions:
            _record(db, d["action"], d["name"], d["other"])
        join_speakers(db)
        link_quotations(db)
    return len(speakers), len(decisions)


def decide(db: sqlite_utils.Database, action: str, name: str, other: str) -> int:
    """Record that ``other`` is ``name`` (merge) or never is (split); re-join the speakers
    and return how many quotes changed speaker."""
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {ACTIONS}")
    with _transaction(db):
        _record(db, action, " ".join(name.split()), " ".join(other.split()))
        moved = join_speakers(db)
        link_quotations(db)
        return moved


def _record(db: sqlite_utils.Database, action: str, name: str, other: str) -> None:
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    opposite = "split" if action == "merge" else "merge"
    db.conn.execute("DELETE FROM speaker_decisions WHERE id IN (?, ?)",  # the latest word on a pair stands
                    [stable_id(opposite, fold(name), fold(other)), stable_id(opposite, fold(other), fold(name))])
    db.conn.execute("INSERT OR REPLACE INTO speaker_decisions (id, action, name, other, decided_at)"
                    " VALUES (?,?,?,?,?)", [stable_id(action, fold(name), fold(other)), action, name, other, now])


def export_curation(db: sqlite_utils.Database) -> dict:
    """The registry and decisions as one JSON-ready dict that :func:`import_registry` reads back."""
    aliases: dict[str, list[str]] = {}
    for rid, alias in db.execute("SELECT registry_id, alias FROM speaker_registry_aliases ORDER BY 1, 2"):
        aliases.setdefault(rid, []).append(alias)
    speakers = [{"name": n, "kind": k, "aliases": aliases.get(i, []), "description": d, "wikidata_id": w}
                for i, n, k, d, w in db.execute("SELECT id, name, kind, description, wikidata_id"
                                                " FROM speaker_registry ORDER BY name")]
    decisions = [{"action": a, "name": n, "other": o} for a, n, o in db.execute(
        "SELECT action, name, other FROM speaker_decisions ORDER BY decided_at, id")]
    return {"speakers": speakers, "decisions": decisions}
