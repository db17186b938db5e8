"""Helpers shared by the benchmark scripts."""
from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"


def polnear_texts(split: str = "train", limit: int | None = None) -> list[str]:
    """PolNeAR article texts from ../shared when present, else the seeds repeated."""
    path = SHARED / "polnear" / f"{split}.jsonl"
    if path.exists():
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    else:
        seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        texts = seeds * 200
    return texts[:limit] if limit else texts


def machine() -> str:
    return f"{os.cpu_count()} cores"
