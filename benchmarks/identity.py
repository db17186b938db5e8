"""What joining speakers across articles costs, in one run.

    python benchmarks/identity.py                 # 1,000 PolNeAR articles (seeds when ../shared is absent)
    python benchmarks/identity.py --limit 200 --jobs 1

Builds a database from the articles (extraction and storage, the speaker join
and quotation passes switched off), then runs the join pass
(quotes.store.join_speakers) and the quotation pass (link_quotations) over it
and prints their times as a share of the build.  The goal is under 10%.  It then
prints what the join did: quotes joined as a variant of a name and by surname, and names
left ambiguous with candidates.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, polnear_texts  # noqa: E402

import quotes.build as build  # noqa: E402
from quotes import load_model  # noqa: E402
from quotes.store import join_speakers, link_quotations, open_db  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for extraction (default 2)")
    args = parser.parse_args()
    texts = polnear_texts("train", args.limit)
    nlp = load_model()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        db = open_db(str(Path(tmp) / "quotes.db"))
        real_join, build.join_speakers = build.join_speakers, lambda db: 0
        real_link, build.link_quotations = build.link_quotations, lambda db: 0
        start = time.perf_counter()
        summary = build.build_database(db, [str(folder)], nlp, n_process=args.jobs)
        build_seconds = time.perf_counter() - start
        build.join_speakers, build.link_quotations = real_join, real_link
        start = time.perf_counter()
        joined = join_speakers(db)
        join_seconds = time.perf_counter() - start
        start = time.perf_counter()
        link_quotations(db)
        link_seconds = time.perf_counter() - start
        (quotations, reported) = db.execute("SELECT count(*), sum(article_count > 1) FROM quotations").fetchone()
        hows = dict(db.execute("SELECT speaker_join, count(*) FROM quotes GROUP BY 1").fetchall())
        (ambiguous,) = db.execute("SELECT count(DISTINCT speaker_id) FROM speaker_candidates").fetchone()
    print(f"{len(texts)} articles, {summary.quotes} quotes, {machine()}, {args.jobs} process(es)")
    print(f"build without the join {build_seconds:8.1f} s")
    print(f"join pass              {join_seconds:8.2f} s   ratio {join_seconds / build_seconds:.3f} (goal < 0.10)")
    print(f"quotations pass        {link_seconds:8.2f} s   ratio {link_seconds / build_seconds:.3f}; "
          f"{quotations} quotations, {reported} reported by more than one article")
    print(f"quotes joined to a speaker of another name: {joined} "
          f"(as a variant {hows.get('variant', 0)}, by surname {hows.get('surname', 0)}); "
          f"ambiguous names with candidates: {ambiguous}")


if __name__ == "__main__":
    main()
