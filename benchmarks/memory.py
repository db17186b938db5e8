"""Peak memory of `quotes build` at 1,000 and 10,000 articles: it should not grow with the input.

    python benchmarks/memory.py                  # 1,000 vs 10,000 articles
    python benchmarks/memory.py --small 200 --large 2000 --chars 600

Articles are PolNeAR train texts (from ../shared when present, else the seeds),
cut to --chars characters and made distinct, written as one JSONL file; each
build runs in its own process and its peak RSS is read from the kernel.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, peak_build, polnear_texts  # noqa: E402


def write_articles(path: Path, count: int, chars: int) -> None:
    texts = polnear_texts("train")
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            text = texts[i % len(texts)][:chars]
            fh.write(json.dumps({"id": f"a{i}", "text": f"{text}\n\nEdition {i}."}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--chars", type=int, default=600, help="characters kept of each article (default 600)")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (args.small, args.large):
            source = Path(tmp) / f"articles-{n}.jsonl"
            write_articles(source, n, args.chars)
            results[n] = peak_build(Path(tmp) / f"quotes-{n}.db", source, "--jobs", str(args.jobs))
    print(f"{machine()}, --jobs {args.jobs}, articles cut to {args.chars} characters")
    for n, (rss, seconds) in results.items():
        print(f"{n:>7} articles: peak RSS {rss:7.1f} MiB, {seconds:6.1f} s ({n / seconds:.1f} articles/s)")
    small, large = results[args.small][0], results[args.large][0]
    print(f"peak RSS ratio {args.large} / {args.small} articles: {large / small:.2f} (goal <= 1.3)")


if __name__ == "__main__":
    main()
