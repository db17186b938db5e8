"""Helpers shared by the benchmark scripts."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
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


def peak_build(db: Path, source: Path, *options: str, allow_skips: bool = False) -> tuple[float, float]:
    """Run one `quotes build DB SOURCE --silent OPTIONS` process; return (peak RSS in MiB of
    it and its workers, seconds). A failed build stops the benchmark; a build that skipped
    inputs (exit 1) is allowed when ``allow_skips``, and its last lines are printed."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "quotes", "build", str(db), str(source), "--silent", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read().decode(errors="replace").strip().splitlines()
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0 and not (code == 1 and allow_skips):
        raise SystemExit(f"build failed ({code}): " + "\n".join(out[-20:]))
    if code == 1:
        print("    ", *(line[:160] for line in out[-2:]), sep="\n     ")
    return usage.ru_maxrss / 1024, time.perf_counter() - start
