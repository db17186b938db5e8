"""Builds on Dask against local builds, on the same articles, in one run.

    python benchmarks/dask_scale.py                  # 300 PolNeAR train articles
    python benchmarks/dask_scale.py --limit 100 --small 500 --large 2000

Prints articles/s of `quotes build --jobs 1/2` and `--dask local:1/2` (ratios to --jobs 1),
the client's peak RSS for --small and --large short articles with --dask local:2 (it
should not grow with the input), and how many articles/s and quote rows/s the single
SQLite writer stores when extraction costs nothing (the ceiling of any cluster).
Each build runs as its own `quotes build` process; peak RSS is the client's, from the kernel.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, peak_build, polnear_texts  # noqa: E402


def write_jsonl(path: Path, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")


def writer_rate(texts: list[str]) -> tuple[float, float]:
    """(articles/s, quote rows/s) that save_article stores for already-extracted articles."""
    from quotes.extract import extract_many
    from quotes.store import open_db, save_article

    sample = texts[:50]
    quotes = [[q.to_dict() for q in qs] for qs in extract_many(sample)]
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(os.path.join(tmp, "w.db"))
        start, rows, n = time.perf_counter(), 0, 0
        for rep in range(10):
            for i, (text, qs) in enumerate(zip(sample, quotes)):
                save_article(db, {"text": text + f"\n\n{rep}", "path": f"x{rep}-{i}", "id": f"{rep}-{i}"}, qs, "bench")
                rows += len(qs)
                n += 1
        seconds = time.perf_counter() - start
    return n / seconds, rows / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=300, help="articles for the speed runs (default 300)")
    parser.add_argument("--small", type=int, default=1000, help="short articles, first memory run")
    parser.add_argument("--large", type=int, default=4000, help="short articles, second memory run")
    args = parser.parse_args()
    texts = polnear_texts("train", args.limit)
    print(f"{machine()}; {len(texts)} articles, {sum(map(len, texts)):,} characters")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "articles.jsonl"
        write_jsonl(source, texts)
        runs = [("quotes build --jobs 1", ["--jobs", "1"]), ("quotes build --jobs 2", ["--jobs", "2"]),
                ("--dask local:1", ["--dask", "local:1"]), ("--dask local:2", ["--dask", "local:2"])]
        base = None
        print(f"{'run':24}{'seconds':>9}{'articles/s':>12}{'ratio':>8}")
        for i, (label, options) in enumerate(runs):
            _, seconds = peak_build(folder / f"r{i}.db", source, *options)
            base = base or seconds
            print(f"{label:24}{seconds:9.1f}{len(texts) / seconds:12.2f}{base / seconds:8.2f}")
        short = [t[:600] + f"\n\nEdition {i}." for i, t in enumerate(polnear_texts("train") * 10)]
        for n in (args.small, args.large):
            write_jsonl(folder / f"m{n}.jsonl", short[:n])
            rss, seconds = peak_build(folder / f"m{n}.db", folder / f"m{n}.jsonl", "--dask", "local:2")
            print(f"--dask local:2, {n:>6} short articles: {seconds:6.1f} s, client peak RSS {rss:6.0f} MiB")
    articles, rows = writer_rate(texts)
    print(f"single SQLite writer: {articles:,.0f} articles/s, {rows:,.0f} quote rows/s (extraction excluded)")


if __name__ == "__main__":
    main()
