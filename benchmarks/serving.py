"""Query speed at scale: 1,000,000 synthetic quotes and 20,000 speakers, through Datasette's own client.

    python benchmarks/serving.py                 # builds /tmp/quotes-bench/quotes.db once, then times
    python benchmarks/serving.py --quotes 100000 # a smaller run

Times the canned quotes_by_speaker, the speakers leaderboard, the ranked
full-text search and the site's own speaker, quote and feed pages (p50 / p95
over repeated requests) and prints the query plans.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.site import make_datasette  # noqa: E402
from quotes.store import ensure_db_shape, fold, open_db, speaker_id, stable_id  # noqa: E402

FIRST = ["Anna", "Jens", "Maria", "Tom", "Olga", "Lars", "Petra", "Ivan", "Sara", "Omar", "Li", "Ken", "Ada", "Raj"]
LAST = ["Lee", "Ortiz", "Berg", "Novak", "Khan", "Smith", "Ivanova", "Sato", "Dunn", "Moreau", "Costa", "Ng"]
SYLLABLES = "ba ko ri mu te sa lo ne vi da pe zu gri stan mol ver kin dor bel tas".split()
# A Zipf-shaped vocabulary of 20,000 made-up words, as in real text: a few words are
# everywhere, most are rare; searches use words of middling frequency.
WORDS = sorted({a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES})[:20000]
WORD_CUMULATIVE = list(itertools.accumulate(1 / (r + 1) for r in range(len(WORDS))))
SEARCH_WORDS = WORDS[200:5000]


def build(path: Path, n_quotes: int, n_speakers: int) -> None:
    rng = random.Random(7)
    db = open_db(str(path))
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    # Bulk load without the FTS triggers, then index once (what a re-index would do).
    db["quotes"].disable_fts()
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}" for i in range(n_speakers)]
    n_articles = max(1, n_quotes // 20)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO articles (id, title, url, source, published, path, text, sha256, quote_count,"
                     " extracted_at, extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     ((stable_id("a", i), f"Article {i}", f"https://example.com/{i}", rng.choice(["AP", "AFP", "BBC"]),
                       f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", None, "", "", 20, "2024-12-31", "bench")
                      for i in range(n_articles)))
    conn.executemany("INSERT INTO speakers (id, name, name_key, kind, quote_count, article_count, first_seen,"
                     " last_seen) VALUES (?,?,?,?,?,?,?,?)",
                     ((speaker_id(n), n, fold(n), "person", 0, 0, "2024-01-01", "2024-12-31") for n in names))
    conn.executemany("INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?,?,?)",
                     ((speaker_id(n), n.split()[1] + " " + n.split()[2], fold(n.split()[1] + " " + n.split()[2]))
                      for n in names))
    # Zipf-like: a few speakers are quoted a lot, most rarely.
    cumulative = list(itertools.accumulate(1 / (r + 1) ** 0.8 for r in range(n_speakers)))
    picks = rng.choices(range(n_speakers), cum_weights=cumulative, k=n_quotes)

    def rows():
        for q, s in enumerate(picks):
            text = " ".join(rng.choices(WORDS, cum_weights=WORD_CUMULATIVE, k=rng.randint(8, 30)))
            yield (stable_id("q", q), stable_id("a", q // 20), speaker_id(names[s]), names[s], text,
                   q % 5000, q % 5000 + len(text), 1, "he", 0, 2, "minister", "said", "cue_after", 0.9)
    conn.executemany("INSERT INTO quotes (id, article_id, speaker_id, speaker_name, text, start, \"end\", paragraph,"
                     " speaker_mention, mention_start, mention_end, role, cue, method, confidence)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    conn.execute("UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = speakers.id)")
    conn.execute("COMMIT")
    db["quotes"].enable_fts(["text", "speaker_name"], create_triggers=True, tokenize="porter", replace=True)
    ensure_db_shape(db)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--speakers", type=int, default=20_000)
    parser.add_argument("--db", default="/tmp/quotes-bench/quotes.db")
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    path = Path(args.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        t = time.perf_counter()
        build(path, args.quotes, args.speakers)
        print(f"built {path} in {time.perf_counter() - t:.0f} s")
    else:
        ensure_db_shape(open_db(str(path)))
    ds = make_datasette(str(path))
    name = path.stem
    rng = random.Random(1)
    conn = open_db(str(path)).conn
    speakers = [r[0] for r in conn.execute("SELECT name FROM speakers ORDER BY random() LIMIT 200")]
    speaker_ids = [r[0] for r in conn.execute("SELECT id FROM speakers ORDER BY random() LIMIT 200")]
    top_speaker = conn.execute("SELECT id FROM speakers ORDER BY quote_count DESC LIMIT 1").fetchone()[0]
    quote_ids = [r[0] for r in conn.execute("SELECT id FROM quotes ORDER BY random() LIMIT 200")]
    counts = conn.execute("SELECT (SELECT count(*) FROM quotes), (SELECT count(*) FROM speakers)").fetchone()
    print(f"{counts[0]} quotes, {counts[1]} speakers")

    async def fetch(url: str) -> float:
        start = time.perf_counter()
        response = await ds.client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.text[:300])
        return (time.perf_counter() - start) * 1000

    async def run() -> dict[str, list[float]]:
        await fetch(f"/{name}/speakers_leaderboard.json")  # warm up
        out: dict[str, list[float]] = {"quotes_by_speaker": [], "speakers_leaderboard": [], "search_quotes": [],
                                       "table _search": [], "speaker page": [], "speaker page (most quoted)": [],
                                       "speaker feed": [], "quote page": []}
        for _ in range(args.repeat):
            s = rng.choice(speakers)
            out["quotes_by_speaker"].append(await fetch(f"/{name}/quotes_by_speaker.json?speaker={quote(s)}&_shape=array"))
            out["speakers_leaderboard"].append(await fetch(f"/{name}/speakers_leaderboard.json?_shape=array"))
            words = " ".join(rng.sample(SEARCH_WORDS, 1))
            out["search_quotes"].append(await fetch(f"/{name}/search_quotes.json?q={quote(words)}&_shape=array"))
            out["table _search"].append(await fetch(f"/{name}/quotes.json?_search={quote(words)}&_size=50"))
            out["speaker page"].append(await fetch(f"/{name}/speaker/{rng.choice(speaker_ids)}"))
            out["speaker page (most quoted)"].append(await fetch(f"/{name}/speaker/{top_speaker}"))
            out["speaker feed"].append(await fetch(f"/{name}/speaker/{rng.choice(speaker_ids)}.atom"))
            out["quote page"].append(await fetch(f"/{name}/quote/{rng.choice(quote_ids)}"))
        return out

    results = asyncio.run(run())
    goals = {"quotes_by_speaker": 20, "search_quotes": 50, "speakers_leaderboard": 100, "table _search": None,
             "speaker page": 50, "speaker page (most quoted)": 50, "speaker feed": None, "quote page": 50}
    print(f"{'query':28} {'p50 ms':>8} {'p95 ms':>8} {'goal p50':>9}")
    for key, values in results.items():
        goal = goals[key]
        print(f"{key:28} {statistics.median(values):8.1f} {percentile(values, 0.95):8.1f} "
              f"{('< ' + str(goal)) if goal else '-':>9}")
    print("\nquery plans:")
    for label, sql, params in (
            ("quotes_by_speaker", "select quotes.id from quotes join speakers on speakers.id = quotes.speaker_id "
             "join articles on articles.id = quotes.article_id where quotes.speaker_id in (select id from speakers "
             "where name_key = name_key(:s) union select speaker_id from speaker_aliases where alias_key = "
             "name_key(:s)) order by articles.published desc", {"s": speakers[0]}),
            ("leaderboard", "select name from speakers order by quote_count desc, name limit 100", {})):
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
        print(f"  {label}: " + " | ".join(plan))


if __name__ == "__main__":
    main()
