"""Format extracted quotes for people (table) and programs (json, jsonl, csv)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from typing import Iterable


def as_jsonl(rows: Iterable[dict]) -> Iterable[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def as_json(rows: Iterable[dict]) -> Iterable[str]:
    yield json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"


def flatten(row: dict) -> dict:
    """One level of columns for spreadsheets: ``speaker_mention.text`` becomes
    ``speaker_mention_text``; booleans become ``true``/``false``, as in the JSON."""
    flat: dict = {}
    for key, value in row.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items()})
        elif key == "speaker_mention" and value is None:
            flat.update({f"{key}_{k}": None for k in ("start", "end", "text")})
        elif isinstance(value, bool):
            flat[key] = "true" if value else "false"
        elif isinstance(value, list):
            flat[key] = json.dumps(value, ensure_ascii=False)
        else:
            flat[key] = value
    return flat


def as_csv(rows: Iterable[dict]) -> Iterable[str]:
    buf = io.StringIO()
    writer = None
    for row in rows:
        flat = flatten(row)
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def as_table(rows: Iterable[dict]) -> Iterable[str]:
    """A readable listing: speaker (role) on one line, the quote wrapped below."""
    width = min(100, shutil.get_terminal_size((100, 20)).columns)
    current_article = None
    n = 0
    for row in rows:
        n += 1
        if row.get("article") != current_article:
            current_article = row.get("article")
            yield f"\n== {current_article} ==\n\n"
        speaker = row.get("speaker") or "(unnamed speaker)"
        if row.get("role"):
            speaker += f", {row['role']}"
        mention = (row.get("speaker_mention") or {}).get("text")
        how = f"{row.get('method')}"
        if row.get("cue"):
            how += f" via “{row['cue']}”"
        if mention and mention != row.get("speaker"):
            how += f", mention “{mention}”"
        yield f"{speaker}  [{how}; {row.get('confidence', 0):.2f}]\n"
        body = textwrap.fill(f"“{row['text']}”", width=width - 4, initial_indent="    ", subsequent_indent="    ")
        yield body + "\n\n"
    if n == 0:
        yield "No quotes found.\n"


FORMATTERS = {"jsonl": as_jsonl, "json": as_json, "csv": as_csv, "table": as_table}
