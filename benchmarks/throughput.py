"""Throughput of `quotes` against a bare spaCy `nlp.pipe` over the same texts, in one run.

    python benchmarks/throughput.py --limit 300

Prints tokens/s for each, their ratio, and quotes/s and articles/s.  The bare runs use
the model as spaCy loads it; `quotes` runs use `quotes.load_model`, whose attribute
ruler and lemmatizer run faster with the same annotations (quotes/fastpipes.py).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, polnear_texts  # noqa: E402

import spacy  # noqa: E402

from quotes import load_model  # noqa: E402
from quotes.model import default_model_name  # noqa: E402
from quotes.extract import Extractor  # noqa: E402


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=300, help="articles (default 300)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel rows (default 2)")
    args = parser.parse_args()
    texts = polnear_texts("train", args.limit)
    nlp = load_model()
    spacy_nlp = spacy.load(default_model_name())  # spaCy as shipped, for the bare runs
    tokens = sum(len(nlp.tokenizer(t)) for t in texts)
    list(nlp.pipe(texts[:5]))  # warm up
    list(spacy_nlp.pipe(texts[:5]))
    rows = []

    def bare(n_process: int):
        return lambda: sum(1 for _ in spacy_nlp.pipe(texts, batch_size=16, n_process=n_process))

    def ours(n_process: int, fast: bool):
        def run():
            with Extractor(nlp, n_process=n_process, fast=fast) as ex:
                return sum(len(q) for q in ex.map(texts))
        return run

    for label, fn in (("spaCy nlp.pipe, 1 process", bare(1)),
                      ("quotes (full parse), 1 process", ours(1, False)),
                      ("quotes (fast path), 1 process", ours(1, True)),
                      (f"spaCy nlp.pipe, {args.jobs} processes", bare(args.jobs)),
                      (f"quotes (fast path), {args.jobs} processes", ours(args.jobs, True))):
        seconds, result = timed(fn)
        rows.append((label, seconds, result))
    base1, base_n = rows[0][1], rows[3][1]
    print(f"{len(texts)} articles, {tokens} tokens, {machine()}, model {nlp.meta.get('name')}")
    print(f"{'run':42} {'seconds':>8} {'tokens/s':>9} {'articles/s':>10} {'quotes/s':>9} {'ratio':>6}")
    for i, (label, seconds, result) in enumerate(rows):
        base = base1 if i < 3 else base_n
        quotes_per_s = f"{result / seconds:9.1f}" if label.startswith("quotes") else f"{'':9}"
        print(f"{label:42} {seconds:8.1f} {tokens / seconds:9.0f} {len(texts) / seconds:10.2f} {quotes_per_s}"
              f" {base / seconds:6.2f}")
    print("ratio = bare nlp.pipe time / this run's time, same process count (>1 means faster than spaCy alone)")
    print(f"quotes 2-process fast path vs bare 1-process nlp.pipe: {base1 / rows[4][1]:.2f}")


if __name__ == "__main__":
    main()
